import type { Element } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { HEADING_LINK_CLASS, headingLinkLabel, headingTextId } from '../lib/markup';
import { href } from '../lib/urls';
import { element } from './hast-utils';

/**
 * Gives each section heading (h2, the notes' included) a "#" link to itself, to copy or share. Runs
 * after the heading ids are set; see `HEADING_LINK_CLASS` for the markup's shape.
 */
export function headingLinks(): HastPluginEntry {
  return {
    name: 'heading-links',
    element: {
      filter: ['h2'],
      visit(node: Element, ctx) {
        const id = node.properties?.id;
        if (typeof id !== 'string' || !id) return;
        const label = ctx.textContent(node);
        return element('h2', { ...node.properties, ariaLabelledBy: [headingTextId(id)] }, [
          element('span', { id: headingTextId(id) }, node.children),
          element('a', { className: [HEADING_LINK_CLASS], href: href(undefined, id), ariaLabel: headingLinkLabel(label) }, []),
        ]);
      },
    },
  };
}
