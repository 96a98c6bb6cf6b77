import { formatDate, parsePartialDate, sortKey } from '../lib/dates';
import { isoOf, type WrittenDate } from './written-dates';

/** What dates the article: the date its text gives, and the year its volume stands for. */
export interface ArticleTime {
  /** The text's own date of the article, as a partial ISO date. */
  textDate?: string;
  /** The year for citation dates written without one. */
  year?: number;
}

/** a is later than b, compared at the precision both have ("2021-11-12" is not later than "2021-11"). */
export const later = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
};

/**
 * A citation's date as a reader takes it: a date without a year is in the article's year, or in
 * the year before where that would put it after the article.
 */
export function citationDate(written: WrittenDate, { textDate, year }: ArticleTime): { iso: string } | { problem: string } {
  if (written.year !== undefined) return { iso: isoOf(written) };
  if (year === undefined) {
    return { problem: 'has no year, and neither has the article: put its date on a line of its own after the byline (e.g. "November 19, 2021")' };
  }
  let iso = isoOf({ ...written, year });
  if (textDate && later(iso, textDate)) iso = isoOf({ ...written, year: year - 1 });
  return parsePartialDate(iso) ? { iso } : { problem: `is not a real date in ${iso.slice(0, 4)}` };
}

/** The article's date: the text's, else the month of its latest citation, said in a comment. */
export function articleDate(textDate: string | undefined, citationDates: string[]): { date: string; comment?: string } | undefined {
  if (textDate) return { date: textDate };
  const latest = [...citationDates].sort((a, b) => sortKey(b).localeCompare(sortKey(a)))[0];
  if (!latest) return undefined;
  return { date: latest.slice(0, 7), comment: `The text gives no day of publication; its latest citation is of ${formatDate(latest)}.` };
}
