/**
 * The search index in two, by date. A first search fetches Pagefind's metadata (a hash and a word
 * count for every page indexed) and every posting of its words: at 2,000 articles that was 91 kB
 * of a 213 kB first search, and it grows with the archive. So the pages dated within the archive's
 * last year, and from its NEWEST_ARTICLES-th newest article's date on, with every page that has
 * no date (the actors), are the index a search starts with, and what is older is a second index,
 * merged in once the first results are on screen. Pure.
 */

/**
 * The articles the first index holds when the archive's last year has more, with any that share the
 * last one's date: about a month of a periodical like Terrorism Monitor (24 issues a year of five or
 * six articles). A year of it held 130 articles, whose metadata and
 * postings were 12.8 kB of a first search at 2,000 articles; a year of a busier periodical would
 * hold more, so the first index is bounded by articles as well as by time.
 */
export const NEWEST_ARTICLES = 24;

/**
 * The first date the first index holds: a year before the newest article's, or the date of the
 * NEWEST_ARTICLES-th newest article when that is later. `dates` are the articles', newest first.
 */
export function recentSince(dates: readonly string[]): string {
  const [year, ...rest] = dates[0]!.split('-');
  const yearBefore = [String(Number(year) - 1).padStart(4, '0'), ...rest].join('-');
  const nth = dates[NEWEST_ARTICLES - 1];
  return nth !== undefined && nth > yearBefore ? nth : yearBefore;
}

/**
 * Whether a page whose date to sort by is `date` goes to the older index. Dates are compared as
 * the strings Pagefind sorts ("2020" before "2020-11" before "2020-11-07"), so that every date in
 * the older index sorts before every date in the first: a search sorted by date reads one index
 * after the other.
 */
export const inOlderIndex = (date: string, since: string): boolean => date < since;
