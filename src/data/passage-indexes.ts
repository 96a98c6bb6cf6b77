import type { StoredPassageIndex } from '../lib/passage-index';

const SHARED: unique symbol = Symbol.for('longreads:compiled-passage-indexes');

/**
 * Each article's passage index as its MDX thread compiled it, by the article file's URL
 * (`threaded-mdx` writes, `articles` reads). Beside the article's compiled module rather than in
 * its frontmatter: the index was 40% of the module (the seed's: 42,000 of 104,000 characters),
 * and the archive pages, which need every article's, imported every module to read it, each then
 * held in memory, source and all, from the first archive page to the end of the build. The
 * config's integrations and the pages are bundled apart, each with its own copy of this module:
 * the map is the process's one.
 */
const shared = globalThis as { [SHARED]?: Map<string, StoredPassageIndex> };
export const compiledPassageIndexes = (shared[SHARED] ??= new Map());
