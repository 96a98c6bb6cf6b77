import { readFileSync } from 'node:fs';
import * as pagefindApi from 'pagefind';
import { DATA } from '../lib/markup';
import { PAGEFIND_DIR, SOURCES_ANCHOR } from '../lib/urls';

/**
 * Words per index chunk, in Pagefind's units (a word's locations). A search fetches only the chunks
 * its words fall in; Pagefind's default (20,000) puts this site's whole index (22 kB) in one file,
 * which every first search then fetches; a tenth of that fetches one of seven chunks of about 3.5 kB
 * instead, and keeps a first search from the article within 100 kB (`npm run bench`).
 * Pagefind 1.6 reads it from its environment only (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE);
 * a version without it writes one chunk again, larger but correct.
 */
const INDEX_CHUNK_SIZE = '2000';

/**
 * Parts of a page that are no passage of it. A note's number and its "↩" would end up in excerpts
 * as stray words ("…in the 1990s. 2."). An article's Sources list says again, entry by entry, what its
 * citations and the outlets' pages say: as search results its entries only pushed the paragraphs
 * down, and they made a first search fetch more.
 */
const NOT_INDEXED = [`[${DATA.noteReference}]`, `[${DATA.noteBackReference}]`, `section[aria-labelledby="${SOURCES_ANCHOR}"]`];

export interface SearchIndex {
  /** Hands a rendered page to Pagefind, which reads it in its own process while the next page renders. */
  add(url: string, html: string): void;
  /** Writes the index beside the pages once every page added is read; says how many pages it holds, and where the time went. */
  write(site: string): Promise<{ pages: number; readingMs: number; writingMs: number }>;
}

/** Why a build without its index publishes nothing, and how to mend the likeliest cause. */
function indexError(error: unknown): Error {
  return new Error(
    `Pagefind could not build the search index (${(error as Error).message}), so nothing was published: ` +
      'if its program for this machine is missing, `npm install` restores it',
    { cause: error },
  );
}

/**
 * Pagefind's index of the site, fed page by page as Astro renders them, so that indexing runs on
 * the machine's other core instead of after the last page. Its service starts with the first page;
 * an error (a page Pagefind cannot read, its program missing) is thrown by `write`, which the
 * build then fails on, and so publishes nothing.
 */
export function searchIndex(): SearchIndex {
  let opened: Promise<pagefindApi.PagefindIndex> | undefined;
  const added: Promise<unknown>[] = [];
  const open = async () => {
    // Read when Pagefind's service starts, which createIndex does (close() in write ends it).
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
    const { index, errors } = await pagefindApi.createIndex({ forceLanguage: 'en', excludeSelectors: NOT_INDEXED });
    if (!index) throw new Error(errors.join('; '));
    return index;
  };
  const failOn = ({ errors }: { errors: string[] }) => {
    if (errors.length > 0) throw new Error(errors.join('; '));
  };
  return {
    add(url, html) {
      opened ??= open();
      const reading = opened.then((index) => index.addHTMLFile({ url, content: html })).then(failOn);
      // Awaited by write; until then a failure must not end the process as an unhandled rejection.
      reading.catch(() => {});
      added.push(reading);
    },
    async write(site) {
      try {
        const started = performance.now();
        const index = await (opened ??= open());
        await Promise.all(added);
        const read = performance.now();
        const outputPath = `${site}${PAGEFIND_DIR}`;
        failOn(await index.writeFiles({ outputPath }));
        const entry = JSON.parse(readFileSync(`${outputPath}/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { page_count: number }> };
        return {
          pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0),
          readingMs: read - started,
          writingMs: performance.now() - read,
        };
      } catch (error) {
        throw indexError(error);
      } finally {
        await pagefindApi.close();
      }
    },
  };
}
