import { getCollection, render, type CollectionEntry } from 'astro:content';
import { PASSAGE_INDEX_KEY, type PassageIndex } from '../markdown/hast-passage-index';
import { sortKey } from '../lib/dates';

export type Article = CollectionEntry<'articles'>;

export interface IndexedArticle {
  entry: Article;
  url: string;
  index: PassageIndex;
}

/** The article's URL; one helper so that every cross-link agrees. */
export const articleUrl = (id: string, passage?: string) => `/articles/${id}/${passage ? `#${passage}` : ''}`;

let cache: Promise<IndexedArticle[]> | undefined;

/** Every article, newest first, with the passage index its markdown plugins recorded. */
export function indexedArticles(): Promise<IndexedArticle[]> {
  cache ??= (async () => {
    const entries = await getCollection('articles');
    const indexed = await Promise.all(
      entries.map(async (entry) => {
        const { remarkPluginFrontmatter } = await render(entry);
        const index = remarkPluginFrontmatter[PASSAGE_INDEX_KEY] as PassageIndex | undefined;
        if (!index) throw new Error(`${entry.filePath}: the passage index is missing: was it compiled by the site's markdown plugins?`);
        return { entry, url: articleUrl(entry.id), index };
      }),
    );
    return indexed.sort(
      (a, b) => sortKey(b.entry.data.date).localeCompare(sortKey(a.entry.data.date)) || a.entry.id.localeCompare(b.entry.id),
    );
  })();
  return cache;
}
