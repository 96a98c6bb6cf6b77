/**
 * A query that is a date, in any of the forms readers write one: "2021-11-07", "2021/11/07",
 * "7.11.2021", "11/7/2021", "Nov. 7, 2021", "7th November", "the 7th of November", "November 2021",
 * "2021". Each reading becomes the one form the index holds for it, and passages are ranked by how
 * closely their dates meet it. Pure, so that it is tested without a browser.
 */
import { MONTHS, monthNumber, parseInterval } from './dates';

/** A day, month or year a query asks for; a day or month may come without a year ("7 November"). */
export interface AskedDate {
  year?: number;
  month?: number;
  day?: number;
}

const YEAR = /^(1[89]|2\d)\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** Whether a day exists in a month (of a leap year when no year is given, so that 29 February is one). */
function realDay(month: number, day: number, year = 2000): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function date(year: number | undefined, month: number | undefined, day: number | undefined): AskedDate | undefined {
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && !realDay(month!, day, year)) return undefined;
  return { ...(year !== undefined && { year }), ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
}

/** Words of a written-out date: lower case, no commas or abbreviation dots, no "the", "of" or ordinal endings. */
function dateWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[,.]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'the' && w !== 'of')
    .map((w) => w.replace(/^(\d{1,2})(st|nd|rd|th)$/, '$1'));
}

/** "November 7, 2021", "7th of Nov", "Nov 2021", "November": a month name with a day, a year, both or neither. */
function writtenOut(query: string): AskedDate | undefined {
  const words = dateWords(query);
  const monthAt = words.findIndex((w) => monthNumber(w) > 0);
  if (monthAt < 0 || words.length > 3) return undefined;
  const month = monthNumber(words[monthAt]!);
  const rest = words.filter((_, i) => i !== monthAt);
  if (!rest.every((w) => /^\d+$/.test(w))) return undefined;
  const year = rest.find((w) => YEAR.test(w));
  const days = rest.filter((w) => w !== year);
  if (days.length > 1 || (days[0] !== undefined && days[0].length > 2)) return undefined;
  // A day is written next to its month: "7 November 2021", "November 7, 2021", not "2021 November 7".
  if (days[0] !== undefined && Math.abs(words.indexOf(days[0]) - monthAt) !== 1) return undefined;
  return date(year === undefined ? undefined : Number(year), month, days[0] === undefined ? undefined : Number(days[0]));
}

/**
 * The dates a query can mean, in the order to show them, or none when it is not a date. Numbers
 * with slashes or dashes are read day first and month first; where both are real and differ
 * ("7/11/2021") both readings are returned, the day-first one first. Dots are always day first.
 */
export function readDateQuery(query: string): AskedDate[] {
  const q = query.trim();
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(q);
  if (m) {
    const found = date(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
    return found ? [found] : [];
  }
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(q);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const dayFirst = date(year, b, a);
    const monthFirst = m[2] === '.' ? undefined : date(year, a, b);
    return [dayFirst, a === b ? undefined : monthFirst].filter((d): d is AskedDate => d !== undefined);
  }
  if (YEAR.test(q)) return [{ year: Number(q) }];
  const written = writtenOut(q);
  return written ? [written] : [];
}

/**
 * What to search the index for: the ISO form every date carries ("2021-11-07", "2021-11", which
 * also finds the month's days, "2021"), or, without a year, the month and day as the text writes
 * them ("November 7").
 */
export function indexForm(asked: AskedDate): string {
  if (asked.year === undefined) {
    const month = MONTHS[asked.month! - 1]!;
    return asked.day === undefined ? month : `${month} ${asked.day}`;
  }
  return [String(asked.year), ...(asked.month ? [pad(asked.month)] : []), ...(asked.day ? [pad(asked.day)] : [])].join('-');
}

/** "7 November 2021", "November 2021", "7 November", "2021": the day first, as the reader is answered. */
export function describeDate(asked: AskedDate): string {
  const month = asked.month ? MONTHS[asked.month - 1] : undefined;
  return [asked.day, month, asked.year].filter((part) => part !== undefined).join(' ');
}

/**
 * How closely a date or period (partial ISO) meets the date asked for: 0 when it is that day (or
 * lies in that month, or spans that year, when a month or year is asked), 1 when it is elsewhere in
 * the asked day's month, undefined otherwise. A period meets a day or month if its start or end does.
 */
export function closeness(iso: string, asked: AskedDate): 0 | 1 | undefined {
  const interval = parseInterval(iso);
  if (!interval) return undefined;
  const { start, end } = interval;
  // A year asked for meets every period it lies in: "1995" meets "the 1990s".
  if (asked.month === undefined && asked.year !== undefined) return start.year <= asked.year && asked.year <= end.year ? 0 : undefined;
  let best: 0 | 1 | undefined;
  for (const d of [start, end]) {
    if (asked.year !== undefined && d.year !== asked.year) continue;
    if (asked.month !== undefined && d.month !== asked.month) continue;
    if (asked.day === undefined || d.day === asked.day) return 0;
    best = 1;
  }
  return best;
}
