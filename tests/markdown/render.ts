import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse } from 'yaml';
import type { Registry } from '../../src/markdown';
import { articleProcessor } from '../../src/markdown/processor';
import { loadActors, loadOutlets } from '../../src/lib/registry';
import { expandPassageIndex, PASSAGE_INDEX_KEY, type StoredPassageIndex } from '../../src/lib/passage-index';

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** The site's registry, read once for all plugin tests. */
export const siteRegistry: Registry = { actors: loadActors('content'), outlets: loadOutlets('content') };

/**
 * A file's text as Astro hands it to the processor: its frontmatter parsed, and blanked rather than
 * cut, so that positions in errors are the file's lines and columns.
 */
export function handedOver(source: string): { body: string; frontmatter: Record<string, unknown> } {
  const match = FRONTMATTER.exec(source);
  if (!match) return { body: source, frontmatter: {} };
  return { body: source.replace(match[0], match[0].replace(/[^\n]/g, ' ')), frontmatter: parse(match[1]!) as Record<string, unknown> };
}

/**
 * Renders markdown through Astro's own Sätteri processor with the site's plugins and settings,
 * as a build would: the frontmatter handed over parsed, the file named for error messages.
 */
export async function render(source: string, { registry = siteRegistry, file = 'content/articles/test.mdx' } = {}) {
  const { body, frontmatter } = handedOver(source);
  const processor = await createSatteriMarkdownProcessor({ ...articleProcessor(registry).options, syntaxHighlight: false });
  const { code, metadata } = await processor.render(body, {
    frontmatter,
    fileURL: pathToFileURL(file),
  });
  const stored: StoredPassageIndex = metadata.frontmatter[PASSAGE_INDEX_KEY];
  return { html: code, stored, index: expandPassageIndex(stored), headings: metadata.headings };
}

/** A snapshot file's name for a test case: its words, lower case, joined by hyphens. */
export const snapshotFile = (suite: string, name: string) =>
  `./snapshots/${suite}/${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.html`;

/** Where `needle` first stands in `source`, as "line:column" counted from 1, the way errors report it. */
export function at(source: string, needle: string): string {
  const before = source.slice(0, source.indexOf(needle)).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}
