import { root } from 'astro:config/server';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { expandPassageIndex, type PassageIndex, type StoredPassageIndex } from '../lib/passage-index';
import { newestFirst } from '../lib/archive';
import { articlePath, type SitePath } from '../lib/urls';
import { compiledPassageIndexes } from './passage-indexes';

export type Article = CollectionEntry<'articles'>;

export interface IndexedArticle {
  entry: Article;
  url: SitePath;
  index: PassageIndex;
}

/**
 * The passage index the article's MDX thread took out of its compiled module. A build has compiled
 * every article before it renders a page, so no page need import an article to read its index.
 * Under `astro dev` an article compiles when a page first imports it, and again once it is edited:
 * importing it is what brings its index up to date.
 */
async function compiledIndex(entry: Article): Promise<StoredPassageIndex> {
  if (import.meta.env.DEV) await render(entry);
  const stored = compiledPassageIndexes.get(new URL(entry.filePath!, root).href);
  if (!stored) throw new Error(`${entry.filePath}: the passage index is missing: was the article compiled on the site's MDX threads (threadedMdx, astro.config.mjs)?`);
  return stored;
}

let cache: Promise<IndexedArticle[]> | undefined;

/** Every article, newest first, with the passage index its markdown plugins recorded. */
export function indexedArticles(): Promise<IndexedArticle[]> {
  cache ??= (async () => {
    const entries = await getCollection('articles');
    const indexed = await Promise.all(
      entries.map(async (entry) => ({ entry, url: articlePath(entry.id), index: expandPassageIndex(await compiledIndex(entry)) })),
    );
    return indexed.sort((a, b) => newestFirst({ ...a.entry.data, id: a.entry.id }, { ...b.entry.data, id: b.entry.id }));
  })();
  return cache;
}
