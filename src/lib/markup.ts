/**
 * The markup the build writes and the browser scripts read: the names of data attributes and
 * classes, the parts of a Sources entry, the actor glossary, and the format of the search terms
 * carried in attributes. One module, so that a plugin and the script that reads its output cannot
 * drift apart. Pure: no DOM, no Astro.
 */

/** Data attributes, by their HTML name. */
export const DATA = {
  /** On a citation link in the text: the id of the citation. */
  cite: 'data-cite',
  /** On an actor mention: the actor's id. */
  actor: 'data-actor',
  /** On a `<time>` for a period: the whole ISO interval (`datetime` holds its start only). */
  interval: 'data-interval',
  /** On an actor's first mention in a paragraph: every spelling, in the terms format below. */
  spellings: 'data-spellings',
  /** On a `<time>`: the forms a reader may type the date in, in the terms format below. */
  dateForms: 'data-date-forms',
  /** On a note's number in the text (GFM footnotes' own attribute): no word of the text, so not indexed. */
  noteReference: 'data-footnote-ref',
  /** On a note's link back to its number (GFM footnotes' own attribute), "↩": not indexed either. */
  noteBackReference: 'data-footnote-backref',
  /** On a page's Pagefind body: the page goes to the search's older index (lib/search-split). */
  olderIndex: 'data-older-index',
} as const;

/**
 * Pagefind's attributes (its documented names), as the pages write them. `body` and `ignore` stay
 * on the published pages, where the landing highlighter reads them; the others only tell the
 * indexer what to index and how.
 */
export const PAGEFIND = {
  body: 'data-pagefind-body',
  ignore: 'data-pagefind-ignore',
  indexAttrs: 'data-pagefind-index-attrs',
  filter: 'data-pagefind-filter',
  meta: 'data-pagefind-meta',
  sort: 'data-pagefind-sort',
  weight: 'data-pagefind-weight',
} as const;

/**
 * Elements whose id starts a passage of a search result (a paragraph, a list item, a section, a
 * timeline entry); an id on anything else (a citation's link, a heading's text) is an anchor no
 * result links to. The indexer is handed ids on these only, and the search page cuts pages at them.
 */
export const PASSAGE_ELEMENTS: ReadonlySet<string> = new Set(['p', 'li', 'blockquote', 'section', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** hast's property name for a data attribute: "data-date-forms" → "dataDateForms". */
export const hastProperty = (attribute: string) => attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The DOM's `dataset` key for a data attribute: "data-date-forms" → "dateForms". */
export const datasetKey = (attribute: string) => hastProperty(attribute.replace(/^data-/, ''));

export { CLASS } from './mark-classes.ts';

/** The parts of a Sources entry that the in-place card shows, as classes on the entry's elements. */
export const SOURCE_PART = {
  name: 'source-name',
  nativeName: 'source-native-name',
  language: 'source-language',
  outlinks: 'source-outlinks',
} as const;

/**
 * A section heading's "#" link to itself, added at build time: the heading's words go in a span
 * that names the heading (aria-labelledby), so that the link, drawn by CSS, adds nothing to the
 * heading's text.
 */
export const HEADING_LINK_CLASS = 'heading-link';
export const headingTextId = (headingId: string) => `${headingId}-text`;
export const headingLinkLabel = (text: string) => `Link to section: ${text.trim()}`;

/** What an actor's in-place card shows, by actor id (served at ACTOR_GLOSSARY_PATH). */
export type ActorGlossary = Record<string, { name: string; kind: string; role: string }>;

/** The facets a search can be narrowed by: Pagefind filter names. */
export const SEARCH_FILTERS = ['kind', 'actor', 'outlet', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/**
 * Says yes the first time it meets a filter value, no after: one element per page carries each
 * value. Pagefind keeps a value once per element that carries it, and counts every filter over every
 * result at each search; at 2,000 articles the repeats made the filter index 140 kB instead of 25 and
 * each search with the filters loaded three times slower.
 */
export function firstOnPage(): (filterValue: string) => boolean {
  const seen = new Set<string>();
  return (value) => !seen.has(value) && Boolean(seen.add(value));
}

/** What a page is, for the `kind` filter and the label of a result. */
export const PAGE_KINDS = { article: 'Article', actor: 'Actor', outlet: 'Outlet', date: 'Timeline' } as const;
export type PageKind = keyof typeof PAGE_KINDS;

/**
 * Search terms carried in attributes (spellings, date forms). Pagefind puts an indexed
 * attribute's text into the page's content just before the element's own words, so the terms are
 * written between ⟦ and ⟧, joined by "; ", for the search page to tell them from the author's
 * words: it leaves them out of excerpts and highlights the words they stand for instead. The
 * brackets and semicolons are not word characters, so Pagefind indexes the words inside.
 */
export const TERMS_OPEN = '⟦';
export const TERMS_CLOSE = '⟧';
const SEPARATOR = '; ';

/**
 * The words Pagefind indexes for a word as written: the word, and each part of a hyphenated one
 * that is longer than one character ("al-Kazemi": "al", "kazemi"; "7-9": neither "7" nor "9").
 */
const indexedWords = (word: string) => {
  const lower = word.toLowerCase();
  return [lower, ...lower.split('-').filter((part) => part.length > 1)];
};

/**
 * The attribute value for a list of terms, or undefined when the words as written hold them all.
 * The words as written close the list when they are none of its terms (an author's "his late
 * father", a relative "the following day"), so that the search page always finds, after the list,
 * the words it stands for.
 *
 * A term is left out when the words as written or the terms kept already hold each of its words,
 * as a word or as part of a hyphenated one, which Pagefind indexes on its own ("Kazemi" beside
 * "al-Kazemi", "Iran-backed shia militias" beside "Iran-backed Shia militias"): it would find
 * nothing more (a part weighs less in the ranking than a word of its own, which changed no
 * search's order in the tests), and every word of a list is one more location Pagefind reads and
 * writes, for every mention that carries it (a third of an article's indexed words). The first
 * term, an actor's name or a date's ISO form, always stays. Terms of more words are kept first,
 * so that a name is kept whole and its parts are the ones left out.
 */
export function termsAttribute(terms: readonly string[], words: string): string | undefined {
  const clean = (s: string) => s.replace(/[⟦⟧;]/g, ' ').replace(/\s+/g, ' ').trim();
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const entries = [...new Set(terms.map(clean).filter(Boolean))];
  const written = clean(words);
  if (written && !entries.some((e) => same(e, written))) entries.push(written);
  const held = new Set(written.split(' ').flatMap(indexedWords));
  const kept = new Set<string>();
  const keep = (entry: string) => {
    kept.add(entry);
    for (const word of entry.split(' ')) for (const w of indexedWords(word)) held.add(w);
  };
  const [first] = entries;
  if (first !== undefined && !same(first, written)) keep(first);
  const others = entries.slice(1).filter((e) => !same(e, written));
  others.sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);
  for (const entry of others) if (!entry.split(' ').every((w) => held.has(w.toLowerCase()))) keep(entry);
  if (kept.size === 0) return undefined;
  return `${TERMS_OPEN}${entries.filter((e) => kept.has(e) || same(e, written)).join(SEPARATOR)}${TERMS_CLOSE}`;
}

/**
 * An attribute of search terms (a value of `termsAttribute`) and Pagefind's instruction to index
 * it with the element's words; nothing when there are no terms to add.
 */
export const indexedTerms = (attribute: string, value: string | undefined): Record<string, string> =>
  value ? { [attribute]: value, [PAGEFIND.indexAttrs]: attribute } : {};

/**
 * The spellings of an actor for search, or nothing when the words as written hold every one. One
 * shape for a mention in an article, a name on a timeline entry and an Arabic-script name.
 */
export const spellingAttributes = (terms: readonly string[], words: string): Record<string, string> =>
  indexedTerms(DATA.spellings, termsAttribute(terms, words));

/** The entries of an attribute value written by `termsAttribute`. */
export function readTerms(value: string): string[] {
  return value
    .replace(TERMS_OPEN, '')
    .replace(TERMS_CLOSE, '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
