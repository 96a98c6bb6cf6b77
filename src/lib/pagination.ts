/**
 * Long lists split over numbered pages, so that no page grows with the archive. The slicing is
 * Astro's `paginate()` (page n holds items (n − 1) × size to n × size − 1); this module says which
 * page an item is on and which page numbers a page links to. Pure.
 */
import { formatCount, nounFor } from './counts';

/** Items per page, by list: each page stays well under 50 KB gzipped whatever the archive's size. */
export const PAGE_SIZE = {
  /** Quotes on an actor's page. */
  mentions: 40,
  /** Citing passages on an outlet's page. */
  citations: 40,
  /** Articles on an author's page. */
  articles: 30,
  /** Dated entries on a page of the timeline; a year with more is split by month. */
  events: 50,
} as const;

/** The page (from 1) that holds the item at `index` (from 0). */
export const pageOfIndex = (index: number, size: number) => Math.floor(index / size) + 1;

/**
 * Which items a page holds, counted from 1 as readers count, and what they are: "mentions 41–80",
 * or "mention 801" on a page of one. Astro's `start` and `end` count from 0.
 */
export function rangeOf(page: { start: number; end: number }, one: string, many?: string): string {
  const [from, to] = [page.start + 1, page.end + 1];
  return from === to ? `${one} ${formatCount(from)}` : `${nounFor(2, one, many)} ${formatCount(from)}–${formatCount(to)}`;
}

/** How many pages a list of `count` items takes (at least one, for an empty list's page). */
export const pageCount = (count: number, size: number) => Math.max(1, Math.ceil(count / size));

/**
 * The page numbers a page links to: the first, the last, and those around the current one, with
 * `undefined` for a gap ("1 … 4 5 6 7 8 … 40"). A bounded list, however many pages there are.
 */
export function pageWindow(current: number, last: number, around = 2): Array<number | undefined> {
  const shown = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? [undefined, n] : [n]));
}

/**
 * Where each group of a list starts, for a list in order split over pages: its first item's page,
 * and how many items it has. Used to link a year of an actor's mentions to the page it begins on.
 */
export function groupStarts<T, K>(items: readonly T[], key: (item: T) => K, size: number): Map<K, { page: number; count: number }> {
  const starts = new Map<K, { page: number; count: number }>();
  items.forEach((item, i) => {
    const k = key(item);
    const found = starts.get(k);
    if (found) found.count += 1;
    else starts.set(k, { page: pageOfIndex(i, size), count: 1 });
  });
  return starts;
}
