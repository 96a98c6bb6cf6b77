import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefindApi from 'pagefind';
import { DATA, PAGEFIND } from '../lib/markup.ts';
import { OLDER_INDEX_DIR, PAGEFIND_DIR, SOURCES_ANCHOR } from '../lib/urls.ts';

/**
 * Words per index chunk, in Pagefind's units (a word's locations). A search fetches only the chunks
 * its words fall in; Pagefind's default (20,000) puts this site's whole index (22 kB) in one file,
 * which every first search then fetches; a twentieth of that fetches one of thirteen chunks of about
 * 2 kB instead, and one of the older index's, and keeps a first search from the article within
 * 100 kB (`npm run bench`). Pagefind 1.6 reads it from its environment only
 * (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE); a version without it writes one chunk again, larger but correct.
 */
const INDEX_CHUNK_SIZE = '1000';

/**
 * Parts of a page that are no passage of it. A note's number and its "↩" would end up in excerpts
 * as stray words ("…in the 1990s. 2."). An article's Sources list says again, entry by entry, what its
 * citations and the outlets' pages say: as search results its entries only pushed the paragraphs
 * down, and they made a first search fetch more.
 */
const NOT_INDEXED = [`[${DATA.noteReference}]`, `[${DATA.noteBackReference}]`, `section[aria-labelledby="${SOURCES_ANCHOR}"]`];

/** How many pages the two indexes hold, and where the time went. */
export interface IndexWritten {
  pages: number;
  older: number;
  readingMs: number;
  writingMs: number;
}

export interface SearchIndex {
  /**
   * Starts Pagefind's service, if not yet: resolves once it runs, or rejects with why it cannot
   * (its program missing), so that a build stops at its first page rather than after its last.
   */
  ready(): Promise<void>;
  /** Hands a rendered page to Pagefind, which reads it in its own process while the next page renders. */
  add(url: string, html: string): void;
  /** Writes the two indexes beside the pages once every page added is read; says how many pages they hold, and where the time went. */
  write(site: string): Promise<IndexWritten>;
}

/** Why a build without its index publishes nothing, and how to mend the likeliest cause. */
function indexError(error: unknown): Error {
  return new Error(
    `Pagefind could not build the search index (${(error as Error).message}), so nothing was published: ` +
      'if its program for this machine is missing, `npm install` restores it',
    { cause: error },
  );
}

/** The start tag of a page's searchable part, where a page says it goes to the older index. */
const BODY_TAG = new RegExp(`<[^>]*\\s${PAGEFIND.body}[\\s=>][^>]*>`);
const goesToOlder = (html: string) => BODY_TAG.exec(html)?.[0].includes(` ${DATA.olderIndex}`) ?? false;

/**
 * Pagefind writes its script, WebAssembly and UI beside every index; a merged index uses the first
 * one's, so the older index keeps only what a search reads from it.
 */
function keepIndexFilesOnly(dir: string) {
  for (const name of readdirSync(dir)) if (/^(?:pagefind(?:[.-].*)?\.(?:js|css)|wasm\..*)$/.test(name)) rmSync(join(dir, name));
}

const pageCount = (dir: string) => {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
};

/**
 * Pagefind's indexes of the site (lib/search-split: the latest articles' and every undated page, then
 * the older pages), fed page by page as Astro renders them, so that indexing runs on the machine's
 * other core instead of after the last page. Its service starts with the first page, and one that
 * cannot start (its program missing) fails that page (`ready`); an error reading a page is thrown by
 * `write`. Either fails the build, which then publishes nothing.
 */
export function searchIndex(): SearchIndex {
  let opened: Promise<{ newest: pagefindApi.PagefindIndex; older: pagefindApi.PagefindIndex }> | undefined;
  const added: Promise<unknown>[] = [];
  const create = async () => {
    const { index, errors } = await pagefindApi.createIndex({ forceLanguage: 'en', excludeSelectors: NOT_INDEXED });
    if (!index) throw new Error(errors.join('; '));
    return index;
  };
  const open = async () => {
    // Read when Pagefind's service starts, which createIndex does (close() in write ends it).
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
    const newest = await create();
    return { newest, older: await create() };
  };
  const failOn = ({ errors }: { errors: string[] }) => {
    if (errors.length > 0) throw new Error(errors.join('; '));
  };
  return {
    async ready() {
      try {
        await (opened ??= open());
      } catch (error) {
        await pagefindApi.close().catch(() => {});
        throw indexError(error);
      }
    },
    add(url, html) {
      opened ??= open();
      const reading = opened.then((indexes) => indexes[goesToOlder(html) ? 'older' : 'newest'].addHTMLFile({ url, content: html })).then(failOn);
      // Awaited by write; until then a failure must not end the process as an unhandled rejection.
      reading.catch(() => {});
      added.push(reading);
    },
    async write(site) {
      try {
        const started = performance.now();
        const { newest, older } = await (opened ??= open());
        await Promise.all(added);
        const read = performance.now();
        // The older index goes in a folder of the first's, so it is written after it.
        const [newestDir, olderDir] = [join(site, PAGEFIND_DIR), join(site, OLDER_INDEX_DIR)];
        failOn(await newest.writeFiles({ outputPath: newestDir }));
        failOn(await older.writeFiles({ outputPath: olderDir }));
        keepIndexFilesOnly(olderDir);
        const olderPages = pageCount(olderDir);
        return { pages: pageCount(newestDir) + olderPages, older: olderPages, readingMs: read - started, writingMs: performance.now() - read };
      } catch (error) {
        throw indexError(error);
      } finally {
        await pagefindApi.close();
      }
    },
  };
}
