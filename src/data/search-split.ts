import { inOlderIndex, recentSince } from '../lib/search-split';
import { indexedArticles } from './articles';

/** Whether a page dated `date` goes to the search's older index (lib/search-split), by the newest article's date. */
export async function inOlderSearchIndex(date: string): Promise<boolean> {
  const [newest] = await indexedArticles();
  return newest !== undefined && inOlderIndex(date, recentSince(newest.entry.data.date));
}
