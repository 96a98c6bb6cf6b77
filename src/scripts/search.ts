/**
 * The search page: results as one types, from Pagefind's JS API. Everything shown is built as
 * DOM nodes with text content, so that neither a query nor indexed text is ever run as markup.
 * The state (query, filters, sort) lives in the address, so a search can be linked to.
 */
import { readResult, type Excerpt, type PagefindFragment, type ReadResult } from '../lib/search-results';
import { PAGE_KINDS, SEARCH_FILTERS, type SearchFilter } from '../lib/markup';
import { HIGHLIGHT_PARAM, PAGEFIND_SCRIPT, QUERY_PARAM } from '../lib/urls';

interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Results shown at once: each is a fragment to fetch, and the first search should stay light. */
const PAGE_SIZE = 6;
/**
 * Searches wait this long after a keystroke for the next one. Pagefind answers in a few
 * milliseconds here, and a reader typing at five keys a second gets results at each key anyway,
 * so the wait only gathers keystrokes that come in the same moment (a paste, an autofill).
 */
const DEBOUNCE_MS = 0;

/**
 * Ranking for this site. Pages are short (an actor, an outlet) or long (an article), and the long
 * ones are what dates and passages are in, so page length counts for less than by default. A
 * spelling in an actor's "Also written" list (meta `aliases`) counts as much as a title: searching
 * for an actor by any spelling puts the actor's page first.
 */
const RANKING = { pageLength: 0.25, metaWeights: { title: 5, aliases: 10 } };

type SortOrder = '' | 'desc' | 'asc';
interface State {
  q: string;
  filters: Partial<Record<SearchFilter, string>>;
  sort: SortOrder;
}

function readState(url: URL): State {
  const filters: State['filters'] = {};
  for (const key of SEARCH_FILTERS) {
    const value = url.searchParams.get(key);
    if (value) filters[key] = value;
  }
  const sort = url.searchParams.get('sort');
  return { q: url.searchParams.get(QUERY_PARAM) ?? '', filters, sort: sort === 'asc' || sort === 'desc' ? sort : '' };
}

function writeState(state: State) {
  const url = new URL(location.href);
  url.search = '';
  if (state.q) url.searchParams.set(QUERY_PARAM, state.q);
  for (const key of SEARCH_FILTERS) if (state.filters[key]) url.searchParams.set(key, state.filters[key]!);
  if (state.sort) url.searchParams.set('sort', state.sort);
  if (url.href !== location.href) history.replaceState(null, '', url);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function excerptNodes(excerpt: Excerpt): Node[] {
  return excerpt.map((part) => (part.mark ? el('mark', { textContent: part.text }) : document.createTextNode(part.text)));
}

function renderResult(result: ReadResult): HTMLLIElement {
  const item = el('li', { className: 'search-result' });
  item.dataset.searchResult = '';
  item.dataset.kind = result.kind;
  const kind = el('p', { className: 'search-kind', textContent: (PAGE_KINDS as Record<string, string>)[result.kind] ?? result.kind });
  const title = el('h2', { className: 'search-title' }, el('a', { href: result.url, textContent: result.title }));
  item.append(kind, title);
  // When the best match is in a passage, the passages are the excerpt: each quoted once, under its link.
  if (!result.excerptPassage && result.excerpt.length > 0) {
    item.append(el('p', { className: 'search-excerpt' }, ...excerptNodes(result.excerpt)));
  }
  if (result.passages.length > 0) {
    const list = el('ul', { className: 'search-passages' });
    list.setAttribute('aria-label', `Passages in ${result.title}`);
    for (const passage of result.passages) {
      const sub = el('li', {}, el('a', { href: passage.url, textContent: passage.title }));
      sub.dataset.searchSubresult = '';
      if (passage.excerpt.length > 0) sub.append(el('p', { className: 'search-excerpt' }, ...excerptNodes(passage.excerpt)));
      list.append(sub);
    }
    item.append(list);
  }
  return item;
}

function start(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('#search-input')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const list = root.querySelector<HTMLOListElement>('#search-results')!;
  const more = root.querySelector<HTMLButtonElement>('#search-more')!;
  const selects = Object.fromEntries(
    (['actor', 'outlet', 'year'] as const).map((key) => [key, root.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!]),
  ) as Record<'actor' | 'outlet' | 'year', HTMLSelectElement>;
  const kinds = [...root.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
  const sort = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  root.hidden = false;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ PAGEFIND_SCRIPT) as Promise<Pagefind>).then(async (pf) => {
      // The index is small: searching on the page's own thread spares fetching Pagefind's worker.
      await pf.options({ noWorker: true, ranking: RANKING });
      await pf.init();
      return pf;
    }));

  const state = (): State => {
    const filters: State['filters'] = {};
    const kind = kinds.find((k) => k.checked)?.value;
    if (kind) filters.kind = kind;
    for (const [key, select] of Object.entries(selects)) if (select.value) filters[key as SearchFilter] = select.value;
    return { q: input.value.trim(), filters, sort: sort.value as SortOrder };
  };

  /**
   * Fills a filter's options from the index, leaving out those that would leave no result. (The
   * counts are not shown: Pagefind counts a value once per element that carries it, not per page.)
   */
  const showFilterValues = (all: Record<string, Record<string, number>>, now?: Record<string, Record<string, number>>) => {
    for (const [key, select] of Object.entries(selects)) {
      const values = Object.keys(all[key] ?? {})
        // With a value chosen, the others stay offered, to switch to.
        .filter((value) => !now?.[key] || select.value !== '' || (now[key][value] ?? 0) > 0)
        .sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
      const chosen = select.value;
      select.replaceChildren(select.options[0]!, ...values.map((value) => el('option', { value, textContent: value, selected: value === chosen })));
    }
  };

  let filled = false;
  const fillFilters = async (pf: Pagefind) => {
    if (!filled) showFilterValues(await pf.filters());
    filled = true;
  };

  let results: PagefindResult[] = [];
  let shown = 0;
  let seq = 0;
  let current: State = state();

  /** Shows the next results; `replace` swaps them in for the last search's in one step, without an empty list between. */
  const showMore = async (mine: number, replace = false) => {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const fragments = await Promise.all(batch.map((r) => r.data()));
    if (mine !== seq) return;
    const linkParams = new URLSearchParams();
    for (const word of current.q.split(/\s+/).filter(Boolean)) linkParams.append(HIGHLIGHT_PARAM, word);
    const items = fragments.map((fragment) => renderResult(readResult(fragment, current.q, { linkParams, sortByDate: current.sort || undefined })));
    if (replace) list.replaceChildren(...items);
    else list.append(...items);
    shown += batch.length;
    more.hidden = shown >= results.length;
  };

  const run = async () => {
    const mine = ++seq;
    current = state();
    writeState(current);
    const { q, filters } = current;
    const filtered = Object.keys(filters).length > 0;
    if (!q && !filtered) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const pf = await load();
    const term = q || null;
    const options = { filters };
    // Pagefind leaves out of a sorted search the pages that have no date (actors): they follow the dated ones.
    const [ranked, dated] = await Promise.all([
      pf.search(term, options),
      current.sort ? pf.search(term, { ...options, sort: { date: current.sort } }) : Promise.resolve(null),
    ]);
    if (mine !== seq || !ranked) return;
    if (dated) {
      const first = new Set(dated.results.map((r) => r.id));
      results = [...dated.results, ...ranked.results.filter((r) => !first.has(r.id))];
    } else {
      results = ranked.results;
    }
    shown = 0;
    await showMore(mine, true);
    if (mine !== seq) return;
    const what = q ? `for “${q}”` : 'for these filters';
    status.textContent =
      results.length === 0
        ? `No results ${what}. Try another spelling, fewer words, or fewer filters.`
        : `${results.length} ${results.length === 1 ? 'result' : 'results'} ${what}.`;
    filled = true;
    pf.filters().then((all) => mine === seq && showFilterValues(all, ranked.filters));
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  };

  // Pagefind is fetched when the reader turns to the search, not with the page.
  for (const type of ['focusin', 'pointerdown'] as const) root.addEventListener(type, () => void load().then(fillFilters), { once: true });
  input.addEventListener('input', () => {
    const q = input.value.trim();
    if (q) load().then((pf) => pf.preload(q));
    schedule();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && input.value) {
      input.value = '';
      schedule();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  for (const control of [...kinds, ...Object.values(selects), sort]) control.addEventListener('change', schedule);
  more.addEventListener('click', () => void showMore(seq));

  // Arriving from a link (/search/?q=Sadr) or the header's search box.
  const initial = readState(new URL(location.href));
  input.value = initial.q;
  for (const k of kinds) k.checked = k.value === (initial.filters.kind ?? '');
  for (const [key, select] of Object.entries(selects)) {
    const value = initial.filters[key as SearchFilter];
    if (value) select.append(el('option', { value, textContent: value, selected: true }));
  }
  sort.value = initial.sort;
  if (initial.q || Object.keys(initial.filters).length > 0) void run();
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);
