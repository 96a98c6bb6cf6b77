import { getCollection, render, type CollectionEntry } from 'astro:content';
import { expandPassageIndex, PASSAGE_INDEX_KEY, type PassageIndex, type StoredPassageIndex } from '../lib/passage-index';
import { newestFirst } from '../lib/archive';
import { articlePath, type SitePath } from '../lib/urls';

export type Article = CollectionEntry<'articles'>;

export interface IndexedArticle {
  entry: Article;
  url: SitePath;
  index: PassageIndex;
}

let cache: Promise<IndexedArticle[]> | undefined;

/** Every article, newest first, with the passage index its markdown plugins recorded. */
export function indexedArticles(): Promise<IndexedArticle[]> {
  cache ??= (async () => {
    const entries = await getCollection('articles');
    const indexed = await Promise.all(
      entries.map(async (entry) => {
        const { remarkPluginFrontmatter } = await render(entry);
        const stored: StoredPassageIndex | undefined = remarkPluginFrontmatter[PASSAGE_INDEX_KEY];
        if (!stored) throw new Error(`${entry.filePath}: the passage index is missing: was it compiled by the site's markdown plugins?`);
        return { entry, url: articlePath(entry.id), index: expandPassageIndex(stored) };
      }),
    );
    return indexed.sort((a, b) => newestFirst({ ...a.entry.data, id: a.entry.id }, { ...b.entry.data, id: b.entry.id }));
  })();
  return cache;
}
