/**
 * Dates as the text gives them: a year, a month or a day, and intervals of those.
 * Partial ISO 8601 strings ("2021", "2021-11", "2021-11-07", "2014/2017") are the one
 * representation used everywhere, so that what the text says is never made more precise.
 */

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  iso: string;
  precision: Precision;
  year: number;
  month?: number;
  day?: number;
}

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns undefined unless it is a real calendar date. */
export function parsePartialDate(value: string): PartialDate | undefined {
  const m = PARTIAL.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { iso: value, precision: 'year', year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { iso: value, precision: 'month', year, month };
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { iso: value, precision: 'day', year, month, day };
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
export function timeAttributes(iso: string): { datetime: string; 'data-interval'?: string } {
  const interval = parseInterval(iso);
  if (!interval) throw new Error(`not a date: "${iso}"`);
  return interval.start.iso === interval.end.iso ? { datetime: iso } : { datetime: interval.start.iso, 'data-interval': iso };
}

/** A key that sorts partial dates chronologically, a year before its months and a month before its days. */
export function sortKey(iso: string): string {
  const [year, month = '00', day = '00'] = iso.split('/')[0]!.split('-');
  return `${year}-${month}-${day}`;
}

/** "November 7, 2021", "June 2020", "2016", and "2014 to 2017" for intervals. */
export function formatDate(iso: string): string {
  const interval = parseInterval(iso);
  if (!interval) throw new Error(`not a date: "${iso}"`);
  const one = (d: PartialDate) =>
    d.precision === 'year'
      ? String(d.year)
      : d.precision === 'month'
        ? `${MONTHS[d.month! - 1]} ${d.year}`
        : `${MONTHS[d.month! - 1]} ${d.day}, ${d.year}`;
  return interval.start.iso === interval.end.iso
    ? one(interval.start)
    : `${one(interval.start)} to ${one(interval.end)}`;
}

/** The other ways a reader may type a day ("7 November 2021", "Nov 7", "2021-11-07"), for search. */
export function dateSearchForms(iso: string): string[] {
  const d = parsePartialDate(iso);
  if (!d) return [];
  if (d.precision === 'year') return [String(d.year)];
  const month = MONTHS[d.month! - 1]!;
  const short = month.slice(0, 3);
  if (d.precision === 'month') return [iso, `${month} ${d.year}`, `${short} ${d.year}`];
  return [
    iso,
    `${month} ${d.day}`,
    `${d.day} ${month}`,
    `${short} ${d.day}`,
    `${d.day} ${short}`,
    `${month} ${d.day}, ${d.year}`,
    `${d.day} ${month} ${d.year}`,
  ];
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
const monthNumber = (name: string) => MONTHS.indexOf(name as (typeof MONTHS)[number]) + 1;
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
