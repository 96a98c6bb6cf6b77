import { contentFolder } from '../consts';
import { ContentError } from '../lib/content-error';
import { CLASS, DATA, hastProperty } from '../lib/markup';
import { citingAnchor, href as link, sourceAnchor } from '../lib/urls';
import { schemeValue, walk, type TreeTransform } from './hast-utils';

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
export function citations({ outletIds }: CitationsOptions): TreeTransform {
  return (tree, file) => {
    const uses = new Map<string, number>();
    const list = file.frontmatter.citations;
    const declared = Array.isArray(list) ? (list as RawCitation[]) : [];
    const seen = new Set<unknown>();
    declared.forEach((citation, i) => {
      if (seen.has(citation.id)) {
        throw new ContentError(file.url, `citations[${i}].id`, `"${String(citation.id)}" is used by two citations: give each its own id`);
      }
      seen.add(citation.id);
      if (!outletIds.has(String(citation.outlet))) {
        throw new ContentError(
          file.url,
          `citations[${i}].outlet`,
          `citation "${String(citation.id)}" names outlet "${String(citation.outlet)}", which is not in ${contentFolder('outlets')}: add ${contentFolder('outlets')}${String(citation.outlet)}.yaml, or correct the id`,
        );
      }
    });
    walk(tree, (node) => {
      if (node.type !== 'element' || node.tagName !== 'a') return;
      const id = schemeValue(node, CITE_SCHEME);
      if (id === undefined) return;
      const href = `${CITE_SCHEME}${id}`;
      if (!declared.some((c) => c.id === id)) {
        throw new ContentError(
          file.url,
          `(${href})`,
          `the text cites "${id}", which is not in the frontmatter's citations: add it there, or correct the id`,
          node.position?.start,
        );
      }
      const n = (uses.get(id) ?? 0) + 1;
      uses.set(id, n);
      Object.assign(node.properties, {
        href: link(undefined, sourceAnchor(id)),
        id: citingAnchor(id, n),
        className: [CLASS.citation],
        [hastProperty(DATA.cite)]: id,
      });
    });
    declared.forEach((citation, i) => {
      if (!uses.has(String(citation.id))) {
        throw new ContentError(file.url, `citations[${i}].id`, `citation "${String(citation.id)}" is never cited in the text: cite it as [words](cite:${String(citation.id)}), or remove it`);
      }
    });
  };
}
