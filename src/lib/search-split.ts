/**
 * The search index in two, by date. A first search fetches Pagefind's metadata (a hash and a word
 * count for every page indexed) and every posting of its words: at 2,000 articles that was 91 kB
 * of a 213 kB first search, and it grows with the archive. So the pages dated within the archive's
 * last year, with every page that has no date (the actors), are the index a search starts with,
 * and what is older is a second index, merged in once the first results are on screen. Pure.
 */

/** The first date the first index holds: a year before the newest article's. */
export function recentSince(newest: string): string {
  const [year, ...rest] = newest.split('-');
  return [String(Number(year) - 1).padStart(4, '0'), ...rest].join('-');
}

/**
 * Whether a page whose date to sort by is `date` goes to the older index. Dates are compared as
 * the strings Pagefind sorts ("2020" before "2020-11" before "2020-11-07"), so that every date in
 * the older index sorts before every date in the first: a search sorted by date reads one index
 * after the other.
 */
export const inOlderIndex = (date: string, since: string): boolean => date < since;
