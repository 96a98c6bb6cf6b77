import type { Source } from '../lib/aggregate';
import { indexedArticles } from './articles';

/** All articles in the shape the aggregation functions take. */
export async function allSources(): Promise<Source[]> {
  return (await indexedArticles()).map(({ entry, url, index }) => ({ articleId: entry.id, title: entry.data.title, url, index }));
}
