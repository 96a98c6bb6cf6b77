/**
 * What a reader may search for, and how a query's words are compared with the text's: the forms of
 * a date, the year filter, normalised words. Shared by the build (plugins, components) and the
 * search scripts; the attributes' names and format are in `markup.ts`.
 */
import { MONTHS, parseInterval, parsePartialDate } from './dates';
import { DATA, indexedTerms, PAGEFIND, termsAttribute } from './markup';
import { memoized } from './memo';
import { isoOfDateAnchor } from './urls';

/** Periods longer than this many years get no year-by-year forms. */
const MAX_SPELLED_YEARS = 20;

/**
 * The forms a date is indexed under: its ISO form, which every query with a year is read as, and
 * its month with its day (or year), which a query without one is read as. Every other way of
 * writing a date ("Nov. 7", "7/11/2021", "the 7th of November") is read into one of these by
 * search-dates.ts, so the index need not hold it.
 */
function indexedForms(iso: string): string[] {
  const d = parsePartialDate(iso);
  if (!d) return [];
  if (d.precision === 'year') return [iso];
  const month = MONTHS[d.month! - 1]!;
  return [iso, d.precision === 'month' ? `${month} ${d.year}` : `${month} ${d.day}`];
}

/**
 * Every form a reader may search a date or period by. A period ("2014/2017") is found by its
 * start, its end and each year between, so that "2015" finds "from 2014 to 2017".
 */
export function dateForms(iso: string): string[] {
  const interval = parseInterval(iso);
  if (!interval) return [];
  const { start, end } = interval;
  if (start.iso === end.iso) return indexedForms(start.iso);
  const years: string[] = [];
  if (end.year - start.year <= MAX_SPELLED_YEARS) {
    for (let y = start.year; y <= end.year; y++) years.push(String(y));
  }
  return [...new Set([...indexedForms(start.iso), ...years, ...indexedForms(end.iso)])];
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

/** A date's forms as a `termsAttribute`, once per date and wording. */
const dateTerms = memoized((iso: string, words: string) => termsAttribute(dateForms(iso), words));

/**
 * The search attributes of a `<time>`, by attribute name: the forms a reader may type the date in
 * (Pagefind indexes them with the paragraph) and the year filter, unless the page's `firstOnPage`
 * test, when given, says the page carries that year already. The dates plugin and the FormattedDate
 * component both write them; the published pages lose them after indexing, and the landing
 * highlighter computes the same forms again with `dateForms`.
 */
export function dateSearchAttributes(iso: string, words: string, yearOnce?: (year: string) => boolean): Record<string, string> {
  const forms = dateTerms(iso, words);
  const year = yearOf(iso);
  return {
    ...indexedTerms(DATA.dateForms, forms),
    ...(year && (yearOnce?.(year) ?? true) ? { [PAGEFIND.filter]: `year:${year}` } : {}),
  };
}

/**
 * Arabic as a reader may type it, folded to one spelling: hamza and madda on alef, and alef wasla,
 * become a bare alef, alef maqsura (ى) a ya, ta marbuta (ة) a ha; short vowels, other diacritics and
 * tatweel (the stretching stroke) go. Persian keyboards' ya (ی) and kaf (ک) become the Arabic
 * letters, so that one spelling typed on either keyboard finds the other. The index holds every
 * Arabic spelling in this form too (`searchSpellings`), so both sides compare alike.
 */
export function foldArabic(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/[\u0649\u06CC]/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u06A9/g, '\u0643');
}

/**
 * An actor's spellings as search should find them: each as written, and each Arabic-script one also
 * folded (`foldArabic`), so that "الكاظمى" and "الكاظمي" find the same actor. Where folding only
 * drops marks (hamza, madda, short vowels), Pagefind's own index already holds the word without
 * them, and the folded spelling is not added again.
 */
export function searchSpellings(spellings: readonly string[]): string[] {
  const unmarked = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return [...new Set(spellings.flatMap((s) => (foldArabic(s) === unmarked(s) ? [s] : [s, foldArabic(s)])))];
}

/** Words already normalised: a search reads the same few thousand words again at every keystroke. */
const normalised = new Map<string, string>();

/** Lower case, no diacritics, Arabic folded, no punctuation at either end: how words are compared. */
export function normalise(word: string): string {
  let n = normalised.get(word);
  if (n === undefined) {
    n = foldArabic(word)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    normalised.set(word, n);
  }
  return n;
}

/** A word as Pagefind indexes and searches it: normalised, with no punctuation inside either ("al-Sadr" → "alsadr"). */
export function compact(word: string): string {
  return normalise(word).replace(/[^\p{L}\p{N}]/gu, '');
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

/**
 * Whether a word Pagefind located for a term is one the term can mean as a prefix: the word (or a
 * part of it after a hyphen) starts with it. When a word is not in its index, Pagefind searches
 * the longest indexed word that starts the term instead ("he" for "Hezbollah"); such a word never
 * passes this test, so a result found only through it can be told apart.
 */
export function extendsTerm(term: string, word: string): boolean {
  const t = compact(term);
  if (!t) return false;
  return [word, ...word.split(/[-‐’']/)].some((part) => compact(part).startsWith(t));
}
