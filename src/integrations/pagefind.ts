import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { DATA } from '../lib/markup';
import { PAGEFIND_DIR, SOURCES_ANCHOR } from '../lib/urls';

/**
 * Words per index chunk, in Pagefind's units (a word's locations). A search fetches only the chunks
 * its words fall in; Pagefind's default (20,000) puts this site's whole index (22 kB) in one file,
 * which every first search then fetches; a tenth of that fetches one of seven chunks of about 3.5 kB
instead, and keeps a first search from the article within 100 kB (`npm run bench`).
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

/** Pagefind's index of the finished pages, written beside them; its errors are thrown. */
async function writeIndex(site: string): Promise<number> {
  // Read when Pagefind's service starts, which createIndex does (close() below ends it).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const { index, errors } = await pagefindApi.createIndex({ forceLanguage: 'en', excludeSelectors: NOT_INDEXED });
  if (!index) throw new Error(errors.join('; '));
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: `${site}${PAGEFIND_DIR}` });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return added.page_count;
  } finally {
    await pagefindApi.close();
  }
}

/**
 * Builds the Pagefind index inside `astro build`, from the finished pages, so that the index
 * always matches what is published. A failure fails the build, and so publishes nothing.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        try {
          logger.info(`indexed ${await writeIndex(fileURLToPath(dir))} pages`);
        } catch (error) {
          throw new Error(
            `Pagefind could not build the search index (${(error as Error).message}), so nothing was published: ` +
              'if its program for this machine is missing, `npm install` restores it',
            { cause: error },
          );
        }
      },
    },
  };
}
