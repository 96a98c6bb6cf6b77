/**
 * Pagefind, loaded once per page, and the one way the search page and the header's box ask it.
 * A query is read by lib/search-query; each of its words must be one the index holds, since
 * Pagefind, for a word it does not hold, searches the longest indexed word that starts it ("he"
 * for "Hezbollah"), and a date query lists the article and timeline before the outlets. The index
 * is in two (lib/search-split): a page's first search answers from the newest pages' first, then
 * from both.
 */
import type { PagefindFragment } from '../lib/search-results';
import type { SearchQuery } from '../lib/search-query';
import type { Suggestion } from '../lib/search-suggest';
import type { SearchFilter } from '../lib/markup';
import { extendsTerm } from '../lib/search-terms';
import { OLDER_INDEX_DIR, PAGEFIND_SCRIPT } from '../lib/urls';
import { spellings } from './spellings';

export interface PagefindResult {
  id: string;
  /** Where this search found its words on the page: word positions in the fragment's content. */
  words: number[];
  data(): Promise<PagefindFragment>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
type Filters = Record<string, string | { any?: string[]; none?: string[] }>;
interface SearchOptions {
  filters?: Filters;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * Ranking for this site. Pages are short (an actor, an outlet) or long (an article), and the long
 * ones are what dates and passages are in, so page length counts for less than by default. A
 * spelling in an actor's "Also written" list (meta `aliases`) counts as much as a title: searching
 * for an actor by any spelling puts the actor's page first. A word as long as the one typed counts
 * well above a longer one it starts: "Sadr" puts Moqtada al-Sadr before the Sadrist movement.
 */
const RANKING = { pageLength: 0.25, termSimilarity: 3, metaWeights: { title: 5, aliases: 10 } };

/** The kinds of page whose passages are dated: a date query lists them before the outlets' citation dates. */
const DATED_KINDS = ['article', 'date'];
/** The kinds of page whose fragments are a few hundred bytes: the cheapest to read a located word from. */
const SMALL_KINDS = ['actor', 'outlet'];

let loaded: Promise<Pagefind> | undefined;

/** Pagefind, fetched on first use. The index is small: searching on the page's own thread spares fetching Pagefind's worker. */
export function pagefind(): Promise<Pagefind> {
  loaded ??= (import(/* @vite-ignore */ PAGEFIND_SCRIPT) as Promise<Pagefind>).then(start);
  return loaded;
}

/** Pagefind set up for this site, on the newest pages' index. */
async function start(pf: Pagefind): Promise<Pagefind> {
  await pf.options({ noWorker: true, ranking: RANKING });
  await pf.init();
  return pf;
}

let merging: Promise<void> | undefined;
/** Where the older pages' index is: not yet merged in, merged, or not to be had (the network failed it). */
let olderIndex: 'unmerged' | 'merged' | 'unavailable' = 'unmerged';
/** A filter Pagefind gives every page of the older index once merged: a sorted search reads each index apart. */
const OLDER: Filters = { index: 'older' };
const NEWEST: Filters = { index: { none: ['older'] } };

/**
 * The older pages' index (lib/search-split) merged into the search, which then ranks the pages of
 * both together, each scored by its own index's counts. Pagefind's merged index uses the first
 * one's WebAssembly; an archive whose pages all go to the first has an empty one, written without a language.
 */
function mergeOlder(): Promise<void> {
  merging ??= pagefind().then(async (pf) => {
    const dir = `/${OLDER_INDEX_DIR}/`;
    let begun = false;
    try {
      const response = await fetch(`${dir}pagefind-entry.json`);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      const entry = (await response.json()) as { languages?: Record<string, unknown> };
      if (Object.keys(entry.languages ?? {}).length > 0) {
        begun = true;
        await pf.mergeIndex(dir, { ranking: RANKING, mergeFilter: OLDER });
      }
      olderIndex = 'merged';
    } catch {
      // The newest pages are still searched, and every answer says the older ones were not.
      olderIndex = 'unavailable';
      // Pagefind keeps an index whose merge failed, and every search would fail with it: it starts again without.
      if (begun) await pf.destroy().then(() => start(pf));
    }
    // A word the newest pages do not hold, the older ones may.
    known.clear();
  });
  return merging;
}

let indexFilters: Promise<FilterCounts> | undefined;

/** Every filter value the index holds, the older pages' included: the same for the page's life, and a while to count in a large index. */
export function allFilterValues(): Promise<FilterCounts> {
  indexFilters ??= mergeOlder().then(() => pagefind()).then((pf) => pf.filters());
  return indexFilters;
}

/**
 * "Did you mean …?" for the words of a query the index does not hold. The registry's spellings and
 * the code that compares them are fetched the first time a search finds nothing, not before.
 */
export async function suggestionsFor(query: SearchQuery, unknown: string[]): Promise<Suggestion[]> {
  const [{ suggest }, entries] = await Promise.all([import('../lib/search-suggest'), spellings()]);
  return suggest(query.text, unknown, entries);
}

const known = new Map<string, Promise<boolean>>();

/**
 * Whether the index holds a word: as a word (or its stem), or, when it may be a prefix, as the
 * start of one. Pagefind says the first through an exact search; for the second it is asked
 * where it found the word on one page, since the words it falls back to never start with it.
 */
function holds(pf: Pagefind, word: string, prefix: boolean): Promise<boolean> {
  const key = `${prefix ? '*' : '='}${word}`;
  let answer = known.get(key);
  if (!answer) {
    answer = (async () => {
      if ((await pf.search(`"${word}"`))?.results.length) return true;
      if (!prefix) return false;
      const probe =
        (await pf.search(word, { filters: { kind: { any: SMALL_KINDS } } }))?.results[0] ?? (await pf.search(word))?.results[0];
      if (!probe) return false;
      const fragment = await fragmentOf(probe);
      const words = fragment.content.split(/\s+/);
      const meta = Object.values(fragment.meta).flatMap((v) => v?.split(/\s+/) ?? []);
      return [...fragment.weighted_locations.map((l) => words[l.location] ?? ''), ...meta].some((w) => extendsTerm(word, w));
    })();
    known.set(key, answer);
  }
  return answer;
}

export interface Found {
  /** Every result, in the order to show. */
  results: PagefindResult[];
  /** The query's words the index does not hold: when there are any, there are no results. */
  unknown: string[];
  /** How many results each filter value would leave, for the filters' options. */
  filters: FilterCounts;
  /** The older pages' index could not be had: the results, or their absence, are the newest pages' alone. */
  newestOnly?: boolean;
}

export type FilterState = Partial<Record<SearchFilter, string>>;

/** Results in order, each once. */
const union = (...lists: PagefindResult[][]) => [...new Map(lists.flat().map((r) => [r.id, r])).values()];

/** What a search returns once its query is no longer the one wanted: the caller shows nothing of it. */
const stale = (): Found => ({ results: [], unknown: [], filters: {} });

/**
 * Searches for a query within filters, optionally sorted by date, over the whole archive. With no
 * words, the filters alone choose the results. `current` says whether the query is still the one
 * wanted. Until the older pages' index is merged in (the first search of a page), the newest
 * pages answer first: `early` is given those results, when there are any and the order asked for
 * is not the oldest first, which the older pages lead; then the search is made over both.
 */
export async function find(
  query: SearchQuery,
  filters: FilterState,
  sort: '' | 'asc' | 'desc',
  current: () => boolean = () => true,
  early?: (found: Found) => unknown,
): Promise<Found> {
  if (olderIndex === 'unmerged') {
    if (early && sort !== 'asc') {
      const first = await findInIndex(query, filters, sort, current);
      if (!current()) return stale();
      if (first.results.length > 0) await early(first);
    }
    await mergeOlder();
    if (!current()) return stale();
  }
  const found = await findInIndex(query, filters, sort, current);
  return olderIndex === 'unavailable' ? { ...found, newestOnly: true } : found;
}

/**
 * A search's dated results in date order. Pagefind orders a merged search by score, which under a
 * sort is a page's place in its own index's order: the two indexes are searched apart and read one
 * after the other, every date of the older index sorting before every date of the first.
 */
async function byDate(pf: Pagefind, term: string | null, filters: FilterState, sort: 'asc' | 'desc'): Promise<PagefindResult[]> {
  const inIndex = async (index?: Filters) => (await pf.search(term, { filters: { ...filters, ...index }, sort: { date: sort } }))?.results ?? [];
  if (olderIndex !== 'merged') return inIndex();
  const [inOlder, inNewest] = await Promise.all([inIndex(OLDER), inIndex(NEWEST)]);
  return sort === 'asc' ? [...inOlder, ...inNewest] : [...inNewest, ...inOlder];
}

/** `find` in the index as it is now: the newest pages', or both once merged. */
async function findInIndex(query: SearchQuery, filters: FilterState, sort: '' | 'asc' | 'desc', current: () => boolean): Promise<Found> {
  const pf = await pagefind();
  // A date read two ways is searched in each reading the index holds.
  const unknown = new Set<string>();
  const lookups: SearchQuery['lookups'] = [];
  for (const lookup of query.lookups) {
    const { words, lastIsPrefix } = lookup;
    const held = await Promise.all(words.map((w, i) => holds(pf, w, lastIsPrefix && i === words.length - 1)));
    if (!current()) return stale();
    if (held.every(Boolean)) lookups.push(lookup);
    else words.filter((_, i) => !held[i]).forEach((w) => unknown.add(w));
  }
  if (query.lookups.length > 0 && lookups.length === 0) return { results: [], unknown: [...unknown], filters: {} };

  const terms = lookups.length > 0 ? lookups.map((l) => l.words.join(' ')) : [null];
  const first: PagefindResult[][] = [];
  const then: PagefindResult[][] = [];
  let counts: FilterCounts | undefined;
  for (const term of terms) {
    const ranked = await pf.search(term, { filters });
    if (!current()) return stale();
    if (!ranked) continue;
    counts ??= ranked.filters;
    // Pagefind leaves out of a sorted search the pages that have no date (actors): they follow the dated ones.
    const sorted = sort ? await byDate(pf, term, filters, sort) : undefined;
    const results = sorted ? union(sorted, ranked.results) : ranked.results;
    if (query.dates.length > 0 && !sort && !filters.kind) {
      const dated = new Set((await pf.search(term, { filters: { ...filters, kind: { any: DATED_KINDS } } }))?.results.map((r) => r.id));
      first.push(results.filter((r) => dated.has(r.id)));
      then.push(results.filter((r) => !dated.has(r.id)));
    } else {
      first.push(results);
    }
  }
  return { results: union(...first, ...then), unknown: [], filters: counts ?? {} };
}

/**
 * A result's page with this search's word locations. Pagefind keeps one object per page and writes
 * each search's locations into it, so by the time a search reads it a later one (the next
 * keystroke's) may have written its own: the result's own `words` say which are this search's.
 */
export async function fragmentOf(result: PagefindResult): Promise<PagefindFragment> {
  const fragment = await result.data();
  const mine = new Set(result.words);
  const scored = fragment.weighted_locations.filter((l) => mine.has(l.location));
  const weighted = scored.length === mine.size ? scored : result.words.map((location) => ({ weight: 1, balanced_score: 1, location }));
  return { ...fragment, weighted_locations: weighted };
}

/** Lets the page paint and answer input between two pieces of work. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
