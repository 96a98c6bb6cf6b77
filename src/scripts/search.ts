/**
 * The search page: results as one types, within filters and a sort. The state (query, filters,
 * sort) lives in the address, so a search can be linked to; the header's box leads here with it.
 */
import { readResult } from '../lib/search-results';
import { readQuery, type SearchQuery } from '../lib/search-query';
import { SEARCH_FILTERS } from '../lib/markup';
import { HIGHLIGHT_PARAM, QUERY_PARAM, searchPath } from '../lib/urls';
import { allFilterValues, find, fragmentOf, pagefind, suggestionsFor, yieldToPage, type FilterState, type Found, type PagefindResult } from './search-engine';
import { el, markBusy, resultItem, statusText, suggestionNodes } from './search-view';

/**
 * Results shown at once, as many as Pagefind's own interface shows. Each is a fragment to fetch, an
 * article's whole text (about 9 kB): in a large archive the first results are mostly articles, and
 * a sixth was 9 kB of a first search's 114 kB at 2,000 articles.
 */
const PAGE_SIZE = 5;
/** The filters chosen from a list filled from the index (the kind is a set of fixed choices). */
const LISTED = ['actor', 'outlet', 'year'] as const;

type SortOrder = '' | 'desc' | 'asc';
interface State {
  q: string;
  filters: FilterState;
  sort: SortOrder;
}

function readState(url: URL): State {
  const filters: FilterState = {};
  for (const key of SEARCH_FILTERS) {
    const value = url.searchParams.get(key);
    if (value) filters[key] = value;
  }
  const sort = url.searchParams.get('sort');
  return { q: url.searchParams.get(QUERY_PARAM) ?? '', filters, sort: sort === 'asc' || sort === 'desc' ? sort : '' };
}

function writeState({ q, filters, sort }: State) {
  const url = new URL(searchPath(q, { ...filters, sort }), location.href);
  if (url.href !== location.href) history.replaceState(null, '', url);
}

class SearchPage {
  private readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly kinds: HTMLInputElement[];
  private readonly selects: Record<(typeof LISTED)[number], HTMLSelectElement>;
  private readonly sort: HTMLSelectElement;
  /** The search now shown: later ones make earlier ones, still running, give up. */
  private seq = 0;
  private query: SearchQuery = readQuery('');
  private results: PagefindResult[] = [];
  private shown = 0;
  /** Whether the results shown are the newest pages' alone, while the older ones are searched. */
  private early = false;
  private filtersFilled = false;

  constructor(private readonly root: HTMLElement) {
    this.input = root.querySelector('#search-input')!;
    this.status = root.querySelector('#search-status')!;
    this.list = root.querySelector('#search-results')!;
    this.more = root.querySelector('#search-more')!;
    this.kinds = [...root.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
    this.selects = Object.fromEntries(LISTED.map((key) => [key, root.querySelector(`select[name="${key}"]`)!])) as SearchPage['selects'];
    this.sort = root.querySelector('select[name="sort"]')!;
  }

  start() {
    this.root.hidden = false;
    // Pagefind is fetched when the reader turns to the search, not with the page.
    for (const type of ['focusin', 'pointerdown'] as const) this.root.addEventListener(type, () => void pagefind(), { once: true });
    // The filters' values, when the reader turns to them: once Pagefind holds them it counts them at
    // every search, which in a large index makes each keystroke's search several times slower.
    for (const select of Object.values(this.selects)) {
      for (const type of ['focusin', 'pointerdown'] as const) select.addEventListener(type, () => void this.fillFilters(), { once: true });
    }
    this.input.addEventListener('input', () => void this.run());
    this.input.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.input.value) return;
      this.input.value = '';
      void this.run();
    });
    this.root.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    for (const control of [...this.kinds, ...Object.values(this.selects), this.sort]) control.addEventListener('change', () => void this.run());
    this.more.addEventListener('click', () => void this.showMore(this.seq));
    // Arriving from a link with a query (see searchPath) or from the header's search box.
    const initial = readState(new URL(location.href));
    this.show(initial);
    if (initial.q || Object.keys(initial.filters).length > 0) void this.run();
    if (LISTED.some((key) => initial.filters[key])) void this.fillFilters();
  }

  /** Puts a state into the controls; a listed filter's value is offered until the index's values arrive. */
  private show({ q, filters, sort }: State) {
    this.input.value = q;
    for (const k of this.kinds) k.checked = k.value === (filters.kind ?? '');
    for (const key of LISTED) {
      const value = filters[key];
      if (value) this.selects[key].append(el('option', { value, textContent: value, selected: true }));
    }
    this.sort.value = sort;
  }

  private state(): State {
    const filters: FilterState = {};
    const kind = this.kinds.find((k) => k.checked)?.value;
    if (kind) filters.kind = kind;
    for (const key of LISTED) if (this.selects[key].value) filters[key] = this.selects[key].value;
    return { q: this.query.text, filters, sort: this.sort.value as SortOrder };
  }

  private async run() {
    const mine = ++this.seq;
    this.query = readQuery(this.input.value);
    const state = this.state();
    writeState(state);
    if (!this.query.text && Object.keys(state.filters).length === 0) return this.clear();
    // Keystrokes that arrived meanwhile run first: only the last of them is searched.
    await yieldToPage();
    if (mine !== this.seq) return;
    const current = () => mine === this.seq;
    const found = await find(this.query, state.filters, state.sort, current, (first) => this.showFound(mine, first, state, true));
    if (mine !== this.seq) return;
    await this.showFound(mine, found, state, false);
  }

  /** Shows a search's first results and what is said of them; `early` ones, from the newest pages alone, say that more are being searched. */
  private async showFound(mine: number, found: Found, state: State, early: boolean) {
    this.results = found.results;
    this.shown = 0;
    this.early = early;
    await this.showMore(mine, true);
    if (mine !== this.seq) return;
    markBusy(this.list, early);
    this.status.replaceChildren(statusText(this.query, this.results.length, { early, newestOnly: found.newestOnly }));
    this.status.toggleAttribute('data-empty', this.results.length === 0);
    if (early) return;
    if (found.unknown.length > 0) void this.suggest(mine, found.unknown, state);
    if (this.filtersFilled) void allFilterValues().then((all) => mine === this.seq && this.showFilterValues(all, found.filters));
  }

  private clear() {
    this.results = [];
    markBusy(this.list, false);
    this.list.replaceChildren();
    this.more.hidden = true;
    this.status.textContent = '';
    this.status.removeAttribute('data-empty');
  }

  /** Shows the next results; `replace` swaps them in for the last search's in one step, without an empty list between. */
  private async showMore(mine: number, replace = false) {
    const batch = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    const linkParams = new URLSearchParams();
    for (const word of this.query.highlight) linkParams.append(HIGHLIGHT_PARAM, word);
    const items: HTMLLIElement[] = [];
    // Fetched all at once, read in order.
    for (const pending of batch.map(fragmentOf)) {
      const fragment = await pending;
      // Fetching and reading a long article's fragment each take a while: the page answers input in between.
      await yieldToPage();
      if (mine !== this.seq) return;
      const read = readResult(fragment, this.query.highlight.join(' '), { linkParams, dates: this.query.dates, sortByDate: this.sort.value as SortOrder || undefined });
      items.push(resultItem(read));
    }
    if (mine !== this.seq) return;
    if (replace) this.replaceList(items);
    else this.list.append(...items);
    this.shown += batch.length;
    this.more.hidden = this.early || this.shown >= this.results.length;
  }

  /**
   * Swaps in a search's results for the last one's, in one step. A reader who had moved to a link in
   * the list (the first results of the newest pages, say, when the whole archive's replace them)
   * stays on that link if the new list has it, rather than being sent back to the top of the page.
   */
  private replaceList(items: HTMLLIElement[]) {
    const focused = document.activeElement instanceof HTMLAnchorElement && this.list.contains(document.activeElement) ? document.activeElement.href : undefined;
    this.list.replaceChildren(...items);
    if (focused) [...this.list.querySelectorAll('a')].find((a) => a.href === focused)?.focus();
  }

  /** "Did you mean …?" after "No results", from the registry's spellings. */
  private async suggest(mine: number, unknown: string[], state: State) {
    const suggestions = await suggestionsFor(this.query, unknown);
    if (mine !== this.seq || suggestions.length === 0) return;
    this.status.append(' ', ...suggestionNodes(suggestions, (q) => searchPath(q, { ...state.filters, sort: state.sort })));
  }

  private async fillFilters() {
    const all = await allFilterValues();
    if (!this.filtersFilled) this.showFilterValues(all);
  }

  /**
   * Fills the listed filters' options from the index, leaving out those that would leave no
   * result. (The counts are not shown: Pagefind counts a value once per element that carries it, and a page may carry a year twice, in its text and in its Sources list.)
   */
  private showFilterValues(all: Record<string, Record<string, number>>, now?: Record<string, Record<string, number>>) {
    this.filtersFilled = true;
    for (const key of LISTED) {
      const select = this.selects[key];
      const values = Object.keys(all[key] ?? {})
        // With a value chosen, the others stay offered, to switch to.
        .filter((value) => !now?.[key] || select.value !== '' || (now[key][value] ?? 0) > 0)
        .sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
      const chosen = select.value;
      select.replaceChildren(select.options[0]!, ...values.map((value) => el('option', { value, textContent: value, selected: value === chosen })));
    }
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) new SearchPage(root).start();
