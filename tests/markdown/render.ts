import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { parse } from 'yaml';
import { FOOTNOTES, markdownPlugins, type Registry } from '../../src/markdown';
import { loadActors, loadOutlets } from '../../src/lib/registry';

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** The site's registry, read once for all plugin tests. */
export const siteRegistry: Registry = { actors: loadActors('content'), outlets: loadOutlets('content') };

/**
 * Renders markdown through the real Sätteri processor with the site's plugins, the way Astro
 * hands it over: frontmatter parsed into `data.astro.frontmatter`.
 */
export function render(source: string, { registry = siteRegistry, file = 'content/articles/test.mdx' } = {}) {
  const match = FRONTMATTER.exec(source);
  const frontmatter = match ? (parse(match[1]!) as Record<string, unknown>) : {};
  const { mdastPlugins, hastPlugins } = markdownPlugins(registry);
  const result = markdownToHtml(match ? source.slice(match[0].length) : source, {
    mdastPlugins,
    hastPlugins,
    features: { gfm: { footnotes: FOOTNOTES }, smartPunctuation: false },
    fileURL: pathToFileURL(file),
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  // Our plugins are synchronous, so the processor answers synchronously.
  if (result instanceof Promise) throw new Error('a markdown plugin went async');
  return { html: result.html, frontmatter };
}
