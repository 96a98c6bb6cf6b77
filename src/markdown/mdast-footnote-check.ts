import type { MdastPluginEntry } from 'satteri';
import { ContentError, type Position } from '../lib/content-error';

// GFM leaves a reference with no definition as the literal text "[^id]".
const DANGLING_REFERENCE = /\[\^([^\]\s]+)\]/;

/** Where `offset` characters into a text node that starts at `start` falls. */
function positionIn(value: string, offset: number, start: Position | undefined): Position | undefined {
  if (!start) return undefined;
  const lines = value.slice(0, offset).split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}

/** Stops the build on a footnote reference without a definition, or a definition nobody references. */
export function footnoteCheck(): MdastPluginEntry {
  return () => {
    const referenced = new Set<string>();
    const defined = new Map<string, Position | undefined>();
    return {
      name: 'footnote-check',
      // Positions, so that a mistake in the text is reported at its line and column.
      options: { position: true },
      footnoteReference(node) {
        referenced.add(node.identifier);
      },
      footnoteDefinition(node) {
        defined.set(node.identifier, node.position?.start);
      },
      text(node, ctx) {
        const dangling = DANGLING_REFERENCE.exec(node.value);
        if (dangling) {
          throw new ContentError(
            ctx.fileURL,
            `[^${dangling[1]}]`,
            `footnote reference has no definition: add a line "[^${dangling[1]}]: …" below the text, or correct the number`,
            positionIn(node.value, dangling.index, node.position?.start),
          );
        }
      },
      after(_root, ctx) {
        for (const [id, at] of defined) {
          if (!referenced.has(id)) {
            throw new ContentError(ctx.fileURL, `[^${id}]`, `footnote is defined but never referenced in the text: add [^${id}] where it belongs, or remove the note`, at);
          }
        }
      },
    };
  };
}
