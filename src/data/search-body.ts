import { inOlderIndex, recentSince } from '../lib/search-split';
import { DATA, PAGEFIND, type PAGE_KINDS } from '../lib/markup';
import { indexedArticles } from './articles';

/**
 * The attributes that make an element its page's searchable part: its kind (a filter, and a
 * field of its results), its date to sort by, and the index it goes to (lib/search-split), which
 * that date decides, from the newest articles'. One function for every kind of page, so that no
 * page's sort date and index can disagree: a search sorted by date reads the two indexes one
 * after the other.
 */
export async function searchBody(kind: keyof typeof PAGE_KINDS, date?: string): Promise<Record<string, string>> {
  const attributes: Record<string, string> = { [PAGEFIND.body]: '', [PAGEFIND.filter]: `kind:${kind}`, [PAGEFIND.meta]: `kind:${kind}` };
  if (!date) return attributes;
  attributes[PAGEFIND.sort] = `date:${date}`;
  const since = await firstIndexSince();
  if (since && inOlderIndex(date, since)) attributes[DATA.olderIndex] = '';
  return attributes;
}

let since: Promise<string | undefined> | undefined;
/** The first date the first index holds, or undefined when there is no article. */
function firstIndexSince(): Promise<string | undefined> {
  since ??= indexedArticles().then((articles) => (articles.length > 0 ? recentSince(articles.map((a) => a.entry.data.date)) : undefined));
  return since;
}
