import type { MdastPluginEntry, MdxFlowExpression, MdxTextExpression } from 'satteri';
import { ContentError } from '../lib/content-error';

/** `{/* … *\/}`: MDX's way of writing a note to editors, which renders as nothing. */
const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

/**
 * Stops the build at braces in an article's text. MDX runs what stands between them as code, so a
 * word in braces ("{spoke}") failed only when the page rendered, with "spoke is not defined" and no
 * file or line; an article has no code to run, so any expression but a comment is a slip.
 */
export function expressionCheck(): MdastPluginEntry {
  return () => {
    const refuse = (node: MdxTextExpression | MdxFlowExpression, ctx: { fileURL?: URL }) => {
      if (COMMENT.test(node.value)) return;
      throw new ContentError(
        ctx.fileURL,
        `{${node.value}}`,
        `MDX runs what stands between braces as code: for the braces as text write \\{${node.value}\\}, or remove them`,
        node.position?.start,
      );
    };
    return {
      name: 'expression-check',
      // Positions, so that the braces are reported at their line and column.
      options: { position: true },
      mdxTextExpression: refuse,
      mdxFlowExpression: refuse,
    };
  };
}
