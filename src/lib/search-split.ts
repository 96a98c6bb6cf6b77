/**
 * The search index in two, by date. A first search fetches Pagefind's metadata (a hash and a word
 * count for every page indexed) and every posting of its words: at 2,000 articles that was 91 kB
 * of a 213 kB first search, and it grows with the archive. So the pages of the archive's last year,
 * with every page that has no date (actors, outlets), are the index a search starts with, and what
 * is older is a second index, merged in once the first results are on screen. Pure.
 */

/** The first day the first index holds: a year before the newest article. */
export function recentSince(newest: string): string {
  const [year, ...rest] = newest.split('-');
  return [String(Number(year) - 1).padStart(4, '0'), ...rest].join('-');
}

/**
 * Whether a page dated `date` (an article's day, a timeline page's year or month) goes to the
 * older index: when all of its period ends before `since`. A year or month is compared by its last
 * day ("2020" by 2020-12-31), so a page of the year `since` falls in stays with the newest.
 */
export function inOlderIndex(date: string, since: string): boolean {
  const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return end < since;
}
