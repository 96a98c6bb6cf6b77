import { satteri } from '@astrojs/markdown-satteri';
import { loadActors, loadOutlets } from '../lib/registry';
import { markdownPlugins, type Registry } from './index';

export type ArticleProcessor = ReturnType<typeof satteri>;

/** The footnote section's wording. */
const FOOTNOTES = { label: 'Notes', backLabel: 'Back to reference {reference}', clobberPrefix: '' };

/**
 * The articles' markdown processor: Sätteri with this site's plugins over the registry's actors
 * and outlets, the text kept exactly as written (no quotes or dashes rewritten). The site's
 * (`astro.config.mjs`), the MDX threads' (`mdx-thread`) and the plugin tests' are made here, so
 * they are the same.
 */
export function articleProcessor(registry: Registry = { actors: loadActors(), outlets: loadOutlets() }): ArticleProcessor {
  const { mdastPlugins, hastPlugins } = markdownPlugins(registry);
  return satteri({ mdastPlugins, hastPlugins, features: { gfm: { footnotes: FOOTNOTES }, smartPunctuation: false } });
}
