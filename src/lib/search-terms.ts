/**
 * What a reader may search for, and how a query's words are compared with the text's: the forms of
 * a date, the year filter, normalised words. Shared by the build (plugins, components) and the
 * search scripts; the attributes' names and format are in `markup.ts`.
 */
import { dateSearchForms, parseInterval } from './dates';
import { DATA, termsAttribute } from './markup';
import { isoOfDateAnchor } from './urls';

/** Periods longer than this many years get no year-by-year forms. */
const MAX_SPELLED_YEARS = 20;

/**
 * Every form a reader may search a date or period by. A period ("2014/2017") is found by its
 * start, its end and each year between, so that "2015" finds "from 2014 to 2017".
 */
export function dateForms(iso: string): string[] {
  const interval = parseInterval(iso);
  if (!interval) return [];
  const { start, end } = interval;
  if (start.iso === end.iso) return dateSearchForms(start.iso);
  const years: string[] = [];
  if (end.year - start.year <= MAX_SPELLED_YEARS) {
    for (let y = start.year; y <= end.year; y++) years.push(String(y));
  }
  return [...new Set([...dateSearchForms(start.iso), ...years, ...dateSearchForms(end.iso)])];
}

/** The year a date or period starts in, for the year filter. */
export function yearOf(iso: string): string | undefined {
  const interval = parseInterval(iso);
  return interval ? String(interval.start.year) : undefined;
}

/** The date or period a timeline anchor stands for, if it is one: `date-2014-to-2017` → "2014/2017". */
export function isoOfAnchor(id: string): string | undefined {
  const iso = isoOfDateAnchor(id);
  return iso && parseInterval(iso) ? iso : undefined;
}

/**
 * The search attributes of a `<time>`, by attribute name: the forms a reader may type the date in
 * (Pagefind indexes them with the paragraph) and the year filter. The dates plugin and the
 * FormattedDate component both write them.
 */
export function dateSearchAttributes(iso: string, words: string): Record<string, string> {
  const forms = termsAttribute(dateForms(iso), words);
  return {
    ...(forms ? { [DATA.dateForms]: forms, 'data-pagefind-index-attrs': DATA.dateForms } : {}),
    'data-pagefind-filter': `year:${yearOf(iso)}`,
  };
}

/** Lower case, no diacritics, no punctuation at either end: how words are compared. */
export function normalise(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The words of a query, normalised; a quoted phrase is searched as its words. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.split(/\s+/).map(normalise).filter(Boolean))];
}

/** Whether a word of the text is one a query term finds: it, or a part of it after a hyphen, starts with the term. */
export function termMatches(term: string, word: string): boolean {
  const w = normalise(word);
  if (!w || !term) return false;
  return w.startsWith(term) || w.split(/[-‐’']/).some((part) => part.length > 0 && part.startsWith(term));
}
