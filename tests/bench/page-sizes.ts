import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A page's weight: raw, and gzipped at level 6 (what hosts and CDNs use by default). */
export interface PageSize {
  path: string;
  raw: number;
  gzip: number;
}

/** An article's own page: the one kind of page allowed to grow with its text. */
const isArticle = (file: string) => /^articles\/[^/]+\/index\.html$/.test(file);

/**
 * Every page of a built site but the articles themselves, and the feed, heaviest (gzipped) first:
 * what must stay bounded whatever the size of the archive.
 */
export function nonArticlePages(dist: string): PageSize[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && (e.name.endsWith('.html') || e.name === 'rss.xml'))
    .map((e) => relative(dist, join(e.parentPath, e.name)))
    .filter((file) => !isArticle(file))
    .map((file) => {
      const body = readFileSync(join(dist, file));
      return { path: `/${file.replace(/(^|\/)index\.html$/, '$1')}`, raw: body.length, gzip: gzipSync(body, { level: 6 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip || a.path.localeCompare(b.path));
}
