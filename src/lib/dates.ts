/**
 * Dates as the text gives them: a year, a month or a day, and intervals of those.
 * Partial ISO 8601 strings ("2021", "2021-11", "2021-11-07", "2014/2017") are the one
 * representation used everywhere, so that what the text says is never made more precise.
 */

import { parsePartialDate, type PartialDate } from '../schemas/partial-date';
import { DATA } from './markup';

export { parsePartialDate, type PartialDate };

/**
 * "January" … "December": the month names the text is read for. Named once: a formatter is slow
 * to make, and every date on every page asks for its month's name.
 */
export const MONTHS = (() => {
  const format = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2000, i, 1)));
})();

/** A month's number from its name, whole or cut to three letters ("Nov"; "Sept" too), in any case; 0 for none. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase();
  return MONTHS.findIndex((m) => {
    const month = m.toLowerCase();
    return key === month || key === month.slice(0, 3) || (key === 'sept' && month === 'september');
  }) + 1;
}

export interface Interval {
  start: PartialDate;
  end: PartialDate;
}

/** Parses a partial date or an ISO interval of two ("2014/2017"); undefined when either side is not real or the end precedes the start. */
export function parseInterval(value: string): Interval | undefined {
  const [a, b, ...rest] = value.split('/');
  if (rest.length > 0 || a === undefined) return undefined;
  const start = parsePartialDate(a);
  const end = b === undefined ? start : parsePartialDate(b);
  if (!start || !end || sortKey(end.iso) < sortKey(start.iso)) return undefined;
  return { start, end };
}

/**
 * The attributes of a `<time>` for a date or period. HTML's `datetime` takes no intervals, so an
 * interval keeps its start there and the whole in `data-interval`.
 */
export function timeAttributes(iso: string): { datetime: string; [DATA.interval]?: string } {
  const interval = parseInterval(iso);
  if (!interval) throw new Error(`not a date: "${iso}"`);
  return interval.start.iso === interval.end.iso ? { datetime: iso } : { datetime: interval.start.iso, [DATA.interval]: iso };
}

/** A key that sorts partial dates chronologically, a year before its months and a month before its days. */
export function sortKey(iso: string): string {
  const [year, month = '00', day = '00'] = iso.split('/')[0]!.split('-');
  return `${year}-${month}-${day}`;
}

/**
 * The items in order of the partial date each has (by `sortKey`; items without one sort as the
 * earliest), ties in the order `tie` gives, else as they came. Each item's key is computed once and
 * compared as a string: an archive sorts its dated statements by the ten thousand, and computing
 * the keys in every comparison, compared through the locale, took 0.65 s for 48,000 (0.1 s now).
 */
export function byDate<T>(items: readonly T[], dateOf: (item: T) => string | undefined, order: 'oldest first' | 'newest first', tie?: (a: T, b: T) => number): T[] {
  const sign = order === 'oldest first' ? 1 : -1;
  const keyed = items.map((item) => {
    const date = dateOf(item);
    return { item, key: date ? sortKey(date) : '' };
  });
  keyed.sort((a, b) => sign * (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || (tie ? tie(a.item, b.item) : 0));
  return keyed.map(({ item }) => item);
}

const FORMATS = {
  year: new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  day: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

/** "November 7, 2021", "June 2020", "2016", and "2014 to 2017" for intervals. */
export function formatDate(iso: string): string {
  const interval = parseInterval(iso);
  if (!interval) throw new Error(`not a date: "${iso}"`);
  const one = (d: PartialDate) => FORMATS[d.precision].format(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
  return interval.start.iso === interval.end.iso
    ? one(interval.start)
    : `${one(interval.start)} to ${one(interval.end)}`;
}

export interface DateMatch {
  start: number;
  end: number;
  /** A partial date, or an ISO interval for periods ("2014/2017", "1990/1999"). */
  iso: string;
}

const MONTH = `(${MONTHS.join('|')})`;
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
const YEAR = '((?:19|20)\\d{2})';

// Longest forms first: the alternation takes the first that matches at a position.
const DATE_PATTERN = new RegExp(
  NOT_WORD_BEFORE +
    '(?:' +
    [
      `${MONTH} (\\d{1,2}), ${YEAR}`,
      `${MONTH} (\\d{1,2})`,
      `${MONTH} ${YEAR}`,
      `from ${YEAR} to ${YEAR}`,
      `(early|mid|late) ${YEAR}`,
      `the ((?:19|20)\\d)0s`,
      YEAR,
      // A bare month is a month of the article's year; "May" alone is too often the verb.
      `(${MONTHS.filter((m) => m !== 'May').join('|')})`,
    ].join('|') +
    ')' +
    NOT_WORD_AFTER,
  'gu',
);

const pad = (n: number) => String(n).padStart(2, '0');
const PART_OF_YEAR: Record<string, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };

/** Finds the dates and periods written out in a text; a day or month without a year is in `year`. */
export function findDates(text: string, year: number): DateMatch[] {
  const found: DateMatch[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    const g = m.slice(1);
    let iso: string;
    if (g[0]) iso = `${g[2]}-${pad(monthNumber(g[0]))}-${pad(Number(g[1]))}`;
    else if (g[3]) iso = `${year}-${pad(monthNumber(g[3]))}-${pad(Number(g[4]))}`;
    else if (g[5]) iso = `${g[6]}-${pad(monthNumber(g[5]))}`;
    else if (g[7]) iso = `${g[7]}/${g[8]}`;
    else if (g[9]) {
      const [from, to] = PART_OF_YEAR[g[9]]!;
      iso = `${g[10]}-${pad(from)}/${g[10]}-${pad(to)}`;
    } else if (g[11]) iso = `${g[11]}0/${g[11]}9`;
    else if (g[12]) iso = g[12];
    else iso = `${year}-${pad(monthNumber(g[13]!))}`;
    if (!parseInterval(iso)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, iso });
  }
  return found;
}
