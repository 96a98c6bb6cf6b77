import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { DATA } from '../lib/markup';
import { PAGEFIND_DIR } from '../lib/urls';

/** Pagefind's index of the finished pages, written beside them; its errors are thrown. */
async function writeIndex(site: string): Promise<number> {
  // A note's number would end up in excerpts as a stray word ("…in the 1990s. 2.").
  const { index, errors } = await pagefindApi.createIndex({ forceLanguage: 'en', excludeSelectors: [`[${DATA.noteReference}]`] });
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
