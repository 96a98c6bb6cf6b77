/**
 * The header's search box answers in place: a list of results under the box as one types, the
 * WAI-ARIA combobox pattern with a listbox popup. Arrow keys move through the options, Enter opens
 * one, Escape closes the list (and, once closed, clears the box), and focus stays in the box all
 * along, the option in use named by `aria-activedescendant`. The last option leads to the search
 * page with the query, for filters and every result. Loaded on the box's first focus, with Pagefind.
 */
import { readResult, type ReadResult } from '../lib/search-results';
import { readQuery, type SearchQuery } from '../lib/search-query';
import type { Suggestion } from '../lib/search-suggest';
import { HIGHLIGHT_PARAM, searchPath } from '../lib/urls';
import { find, fragmentOf, pagefind, suggestionsFor, yieldToPage, type Found } from './search-engine';
import { el, excerptNodes, kindLabel, markBusy, statusText } from './search-view';
// The list's styles: linked by the script rather than bundled into every page's CSS.
import styles from './search-combobox.css?url';
import { linkStylesheet } from './stylesheet';

/** Results listed under the box; the search page has the rest. */
const LISTED = 5;

interface Option {
  node: HTMLLIElement;
  /** Where the option leads: the option in use stays in use when a new list holds it too. */
  href?: string;
  /** Opens the option: a result's page, the search page, or a suggested search. */
  choose(): void;
}

class Combobox {
  private options: Option[] = [];
  private active = -1;
  private seq = 0;
  /** Whether the options listed are the newest pages' alone, while the older ones are searched. */
  private early = false;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly popup: HTMLElement,
    private readonly status: HTMLElement,
    private readonly list: HTMLElement,
  ) {}

  attach() {
    const { input, list } = this;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    list.setAttribute('role', 'listbox');
    input.addEventListener('input', () => void this.run());
    input.addEventListener('keydown', (event) => this.key(event));
    input.addEventListener('focus', () => this.options.length > 0 && input.value.trim() && this.open());
    input.form!.addEventListener('focusout', (event) => {
      if (!input.form!.contains(event.relatedTarget as Node | null)) this.close();
    });
    // Choosing with the pointer keeps the focus in the box, as the keys do.
    list.addEventListener('pointerdown', (event) => event.preventDefault());
    list.addEventListener('click', (event) => {
      const at = this.options.findIndex((o) => o.node.contains(event.target as Node));
      if (at >= 0) this.options[at]!.choose();
    });
    if (input.value.trim()) void this.run();
  }

  private key(event: KeyboardEvent) {
    const open = !this.popup.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.options.length === 0) return;
      event.preventDefault();
      if (!open) this.open();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.activate((this.active + step + this.options.length + (this.active < 0 && step < 0 ? 1 : 0)) % this.options.length);
    } else if (event.key === 'Enter' && open && this.active >= 0) {
      event.preventDefault();
      this.options[this.active]!.choose();
    } else if (event.key === 'Escape' && open) {
      // The box keeps its text; only a second Escape clears it (the browser's own behaviour for a search box).
      event.preventDefault();
      this.close();
    }
  }

  private activate(index: number) {
    this.options[this.active]?.node.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index];
    if (!option) return this.input.removeAttribute('aria-activedescendant');
    option.node.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.node.id);
    option.node.scrollIntoView({ block: 'nearest' });
  }

  private open() {
    this.popup.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close() {
    this.activate(-1);
    this.popup.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }

  private async run() {
    const mine = ++this.seq;
    const query = readQuery(this.input.value);
    if (!query.text) {
      this.show([], '');
      return this.close();
    }
    // Keystrokes that arrived meanwhile run first: only the last of them is searched.
    await yieldToPage();
    if (mine !== this.seq) return;
    const found = await find(query, {}, '', () => mine === this.seq, (first) => this.present(mine, query, first, true));
    if (mine !== this.seq) return;
    await this.present(mine, query, found, false);
  }

  /**
   * Lists a search's first results, each as soon as it is read; `early` ones, from the newest pages
   * alone, say that more are being searched, and the final list then replaces them in one step.
   */
  private async present(mine: number, query: SearchQuery, found: Found, early: boolean) {
    const replacing = this.early && found.results.length > 0 && found.unknown.length === 0;
    this.early = early;
    markBusy(this.list, early);
    const status = statusText(query, found.results.length, { early, newestOnly: found.newestOnly });
    // The search page's link is the last option; an early count is not yet the total, so it is not given.
    const label = early ? `All results for “${query.text}”` : `All ${found.results.length} results for “${query.text}”`;
    const all = found.results.length > 0 ? [linkOption(label, searchPath(query.text))] : [];
    const listed: Option[] = [];
    if (!replacing) {
      this.show(all, status);
      this.open();
    }
    if (found.unknown.length > 0) return void this.suggest(mine, query, found.unknown);
    // Fetched all at once, shown in order as each is read: the first result need not wait for the others.
    const fragments = found.results.slice(0, LISTED).map(fragmentOf);
    for (const pending of fragments) {
      const fragment = await pending;
      // Reading a long article's fragment takes a while: the page answers input first.
      await yieldToPage();
      if (mine !== this.seq) return;
      listed.push(resultOption(readResult(fragment, query.highlight.join(' '), { linkParams: highlightParams(query), dates: query.dates, maxPassages: 1 })));
      if (!replacing) this.show([...listed, ...all], status);
    }
    if (replacing) this.show([...listed, ...all], status);
  }

  /** After "No results": the registry's close spellings, each an option that searches for it. */
  private async suggest(mine: number, query: SearchQuery, unknown: string[]) {
    const suggestions = await suggestionsFor(query, unknown);
    if (mine !== this.seq || suggestions.length === 0) return;
    this.status.append(' Did you mean:');
    this.show(suggestions.map((s) => this.suggestionOption(s)), this.status.textContent ?? '');
  }

  private suggestionOption(s: Suggestion): Option {
    const node = el('li', {}, el('span', { className: 'site-search-title', textContent: `“${s.query}”` }));
    if (s.name !== s.query) node.append(el('span', { className: 'site-search-kind', textContent: ` ${s.name}` }));
    return {
      node,
      choose: () => {
        this.input.value = s.query;
        void this.run();
      },
    };
  }

  /** Lists options; the one in use stays in use when the list grows. */
  private show(options: Option[], status: string) {
    const active = this.options[this.active];
    this.options = options;
    options.forEach((o, i) => {
      o.node.id = `site-search-option-${i}`;
      o.node.setAttribute('role', 'option');
      o.node.setAttribute('aria-selected', 'false');
    });
    this.list.replaceChildren(...options.map((o) => o.node));
    this.status.textContent = status;
    this.active = -1;
    this.activate(options.findIndex((o) => o.node === active?.node || (active?.href !== undefined && o.href === active.href)));
  }
}

function highlightParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const word of query.highlight) params.append(HIGHLIGHT_PARAM, word);
  return params;
}

const go = (href: string) => () => location.assign(href);

/** A result: its kind and title, and its best passage's words, leading to that passage. */
function resultOption(result: ReadResult): Option {
  const passage = result.excerptPassage ?? result.passages[0];
  const excerpt = passage?.excerpt ?? result.excerpt;
  const node = el(
    'li',
    {},
    el('span', { className: 'site-search-kind', textContent: kindLabel(result.kind) }),
    el('span', { className: 'site-search-title', textContent: result.title }),
  );
  node.dataset.searchResult = '';
  node.dataset.kind = result.kind;
  if (excerpt.length > 0) node.append(el('span', { className: 'site-search-excerpt' }, ...excerptNodes(excerpt)));
  const href = passage?.url ?? result.url;
  return { node, href, choose: go(href) };
}

function linkOption(text: string, href: string): Option {
  const node = el('li', { className: 'site-search-all', textContent: text });
  return { node, href, choose: go(href) };
}

/**
 * Makes the header's box a combobox once the list's styles apply, and starts fetching Pagefind for
 * its first search meanwhile. What is typed before then is searched as it attaches.
 */
export async function attach(input: HTMLInputElement) {
  const popup = document.getElementById('site-search-popup');
  const status = document.getElementById('site-search-status');
  const list = document.getElementById('site-search-list');
  if (!popup || !status || !list) return;
  void pagefind();
  await linkStylesheet(styles);
  new Combobox(input, popup, status, list).attach();
}
