/**
 * Search terms carried in the markup: every spelling of an actor on its first mention in a
 * paragraph, every common form of a date on each `<time>`. Pagefind has no synonym table, so
 * these are indexed with `data-pagefind-index-attrs`; attributes change nothing a reader sees or
 * a screen reader reads.
 *
 * Pagefind puts an indexed attribute's text into the page's content just before the element's own
 * words. The terms are therefore written between ⟦ and ⟧, one entry after another joined by "; ",
 * so that the search page can tell them from the author's words: it leaves them out of excerpts
 * and highlights the words they stand for instead. The brackets and semicolons are not word
 * characters, so Pagefind indexes the words inside them as it indexes any other.
 *
 * This module is shared by the build (markdown plugins, components) and the search page.
 */
import { dateSearchForms, parseInterval } from './dates';

export const TERMS_OPEN = '⟦';
export const TERMS_CLOSE = '⟧';
const SEPARATOR = '; ';

/** The attribute that lists an actor's spellings, on the first mention per paragraph. */
export const SPELLINGS_ATTRIBUTE = 'data-spellings';
/** The attribute that lists a date's forms, on each `<time>`. */
export const DATE_FORMS_ATTRIBUTE = 'data-date-forms';
/** The query parameter that carries the words searched for to the page a result leads to (Pagefind's name for it). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * The attribute value for a list of terms, or undefined when the words as written are the only
 * term (nothing to add). The words as written are added when they are none of the terms (an
 * author's "his late father", a relative "the following day"), so that the search page always
 * finds, after the list, the words it stands for.
 */
export function termsAttribute(terms: readonly string[], words: string): string | undefined {
  const clean = (s: string) => s.replace(/[⟦⟧;]/g, ' ').replace(/\s+/g, ' ').trim();
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const entries = [...new Set(terms.map(clean).filter(Boolean))];
  const written = clean(words);
  if (written && !entries.some((e) => same(e, written))) entries.push(written);
  if (entries.every((e) => same(e, written))) return undefined;
  return `${TERMS_OPEN}${entries.join(SEPARATOR)}${TERMS_CLOSE}`;
}

/** The entries of an attribute value written by `termsAttribute`. */
export function readTerms(value: string): string[] {
  return value
    .replace(TERMS_OPEN, '')
    .replace(TERMS_CLOSE, '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

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

/** The ISO date a timeline anchor stands for: `date-2021-11-07` → "2021-11-07", `date-2014-to-2017` → "2014/2017". */
export function isoOfAnchor(id: string): string | undefined {
  const m = /^date-(.+)$/.exec(id);
  if (!m) return undefined;
  const iso = m[1]!.replace('-to-', '/');
  return parseInterval(iso) ? iso : undefined;
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
