import type { MdastPluginEntry } from 'satteri';
import { ContentError } from '../lib/content-error';

// GFM leaves a reference with no definition as the literal text "[^id]".
const DANGLING_REFERENCE = /\[\^([^\]\s]+)\]/;

/** Stops the build on a footnote reference without a definition, or a definition nobody references. */
export function footnoteCheck(): MdastPluginEntry {
  return () => {
    const referenced = new Set<string>();
    const defined = new Set<string>();
    return {
      name: 'footnote-check',
      footnoteReference(node) {
        referenced.add(node.identifier);
      },
      footnoteDefinition(node) {
        defined.add(node.identifier);
      },
      text(node, ctx) {
        const dangling = DANGLING_REFERENCE.exec(node.value);
        if (dangling) {
          throw new ContentError(ctx.fileURL, `[^${dangling[1]}]`, 'footnote reference has no definition (add a line "[^' + dangling[1] + ']: …")');
        }
      },
      after(_root, ctx) {
        for (const id of defined) {
          if (!referenced.has(id)) {
            throw new ContentError(ctx.fileURL, `[^${id}]`, 'footnote is defined but never referenced in the text');
          }
        }
      },
    };
  };
}
