import { MONTHS, monthNumber, parsePartialDate } from '../lib/dates';

/** A date as written, at the precision written: "November 7" has no year, "June 2020" no day. */
export interface WrittenDate {
  year?: number;
  month?: number;
  day?: number;
}

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
const MONTH = `(${[...MONTHS, ...SHORT].join('|')})\\.?`;
const END = '(?![\\p{L}\\p{N}])';

// Longest forms first: the first that matches at the start wins.
const FORMS: Array<[RegExp, (m: RegExpExecArray) => WrittenDate]> = [
  [/^(\d{4})-(\d{2})-(\d{2})/, (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! })],
  [new RegExp(`^${MONTH} (\\d{1,2}),? (\\d{4})${END}`, 'u'), (m) => ({ year: +m[3]!, month: monthNumber(m[1]!), day: +m[2]! })],
  [new RegExp(`^(\\d{1,2}) ${MONTH},? (\\d{4})${END}`, 'u'), (m) => ({ year: +m[3]!, month: monthNumber(m[2]!), day: +m[1]! })],
  [new RegExp(`^${MONTH} (\\d{1,2})${END}`, 'u'), (m) => ({ month: monthNumber(m[1]!), day: +m[2]! })],
  [new RegExp(`^(\\d{1,2}) ${MONTH}${END}`, 'u'), (m) => ({ month: monthNumber(m[2]!), day: +m[1]! })],
  [new RegExp(`^${MONTH},? (\\d{4})${END}`, 'u'), (m) => ({ year: +m[2]!, month: monthNumber(m[1]!) })],
  [/^(\d{4})(?!\d)/, (m) => ({ year: +m[1]! })],
  [new RegExp(`^${MONTH}${END}`, 'u'), (m) => ({ month: monthNumber(m[1]!) })],
];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a date at the start of `text`; returns it with the length of its words, or undefined
 * when none is there or it is not a real calendar date (a February 29 without a year passes
 * here and is checked again once its year is known).
 */
export function readDate(text: string): { date: WrittenDate; length: number } | undefined {
  for (const [pattern, build] of FORMS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const date = build(m);
    if (!parsePartialDate(isoOf({ ...date, year: date.year ?? 2000 }))) return undefined;
    return { date, length: m[0].length };
  }
  return undefined;
}

/** The partial ISO date of a written date that has its year. */
export function isoOf({ year, month, day }: WrittenDate): string {
  if (year === undefined) throw new Error('a date without its year has no ISO form');
  return [String(year), ...(month ? [pad(month)] : []), ...(month && day ? [pad(day)] : [])].join('-');
}
