import type { Element } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { contentFolder } from '../consts';
import { ContentError } from '../lib/content-error';
import { CLASS, DATA, hastProperty } from '../lib/markup';
import { citingAnchor, href as link, sourceAnchor } from '../lib/urls';
import { frontmatterOf, schemeValue } from './hast-utils';

const CITE_SCHEME = 'cite:';

export interface CitationsOptions {
  /** Ids of the outlets in the outlets collection. */
  outletIds: ReadonlySet<string>;
}

interface RawCitation {
  id?: unknown;
  outlet?: unknown;
}

/**
 * Turns `[wording](cite:<id>)` into a link to the citation's Sources entry, with an anchor of its
 * own for the entry's back-links (both shapes in `lib/urls`). Checks the citations against the
 * frontmatter both ways and against the outlets.
 */
export function citations({ outletIds }: CitationsOptions): HastPluginEntry {
  return () => {
    const uses = new Map<string, number>();
    let declared: RawCitation[] = [];
    return {
      name: 'citations',
      // Positions, so that a mistake in the text is reported at its line and column.
      options: { position: true },
      before(_root, ctx) {
        const list = frontmatterOf(ctx).citations;
        declared = Array.isArray(list) ? (list as RawCitation[]) : [];
        const seen = new Set<unknown>();
        declared.forEach((citation, i) => {
          if (seen.has(citation.id)) {
            throw new ContentError(ctx.fileURL, `citations[${i}].id`, `"${String(citation.id)}" is used by two citations: give each its own id`);
          }
          seen.add(citation.id);
          if (!outletIds.has(String(citation.outlet))) {
            throw new ContentError(
              ctx.fileURL,
              `citations[${i}].outlet`,
              `citation "${String(citation.id)}" names outlet "${String(citation.outlet)}", which is not in ${contentFolder('outlets')}: add ${contentFolder('outlets')}${String(citation.outlet)}.yaml, or correct the id`,
            );
          }
        });
      },
      element: {
        filter: ['a'],
        visit(node: Element, ctx) {
          const id = schemeValue(node, CITE_SCHEME);
          if (id === undefined) return;
          const href = `${CITE_SCHEME}${id}`;
          if (!declared.some((c) => c.id === id)) {
            throw new ContentError(
              ctx.fileURL,
              `(${href})`,
              `the text cites "${id}", which is not in the frontmatter's citations: add it there, or correct the id`,
              node.position?.start,
            );
          }
          const n = (uses.get(id) ?? 0) + 1;
          uses.set(id, n);
          ctx.setProperty(node, 'href', link(undefined, sourceAnchor(id)));
          ctx.setProperty(node, 'id', citingAnchor(id, n));
          ctx.setProperty(node, 'className', [CLASS.citation]);
          ctx.setProperty(node, hastProperty(DATA.cite), id);
        },
      },
      after(_root, ctx) {
        declared.forEach((citation, i) => {
          if (!uses.has(String(citation.id))) {
            throw new ContentError(ctx.fileURL, `citations[${i}].id`, `citation "${String(citation.id)}" is never cited in the text: cite it as [words](cite:${String(citation.id)}), or remove it`);
          }
        });
      },
    };
  };
}
