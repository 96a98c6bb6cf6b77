import type { MdastPluginEntry } from 'satteri';
import { ContentError } from '../lib/content-error';

/** Stops the build on an article without text, which would publish an empty page. */
export function textRequired(): MdastPluginEntry {
  return () => {
    let hasText = false;
    return {
      name: 'text-required',
      paragraph(node, ctx) {
        if (ctx.textContent(node).trim()) hasText = true;
      },
      after(_root, ctx) {
        if (!hasText) throw new ContentError(ctx.fileURL, '(text)', 'the article has no text: write it below the frontmatter, after the closing ---');
      },
    };
  };
}
