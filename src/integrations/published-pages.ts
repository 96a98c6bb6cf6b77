import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedHtml } from '../lib/published-html';

/** Rewrites every page of the built site as published (`publishedHtml`); returns how many changed. */
function rewritePages(site: string): number {
  let changed = 0;
  for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const path = join(site, file);
    const html = readFileSync(path, 'utf8');
    const published = publishedHtml(html);
    if (published === html) continue;
    writeFileSync(path, published);
    changed++;
  }
  return changed;
}

/**
 * Takes out of the built pages what only the build needed: the search indexer's attributes and
 * the CSP hashes of other pages' scripts (`publishedHtml`). It must come after Pagefind's
 * integration, which reads those attributes, and before the staged output's, which publishes the
 * pages; a failure fails the build, which then publishes nothing. A read, a few regular
 * expressions and a write per page, synchronously: nothing else is left to run.
 */
export function publishedPages(): AstroIntegration {
  return {
    name: 'published-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const pages = rewritePages(fileURLToPath(dir));
        logger.info(`${pages} pages rewritten as published in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
