/**
 * What both search boxes show, built as DOM nodes with text content, so that neither a query nor
 * indexed text is ever run as markup: results with their excerpts, and what is said about a query
 * (how many results, no results and what was meant, a date read two ways, a query cut short).
 */
import type { Excerpt, ReadResult } from '../lib/search-results';
import type { Suggestion } from '../lib/search-suggest';
import { readingsNote, QUERY_CAP_NOTE, type SearchQuery } from '../lib/search-query';
import { PAGE_KINDS } from '../lib/markup';
import { countOf } from '../lib/counts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function excerptNodes(excerpt: Excerpt): Node[] {
  return excerpt.map((part) => (part.mark ? el('mark', { textContent: part.text }) : document.createTextNode(part.text)));
}

export const kindLabel = (kind: string) => (PAGE_KINDS as Record<string, string>)[kind] ?? kind;

/** A result on the search page: its kind, its title, an excerpt, and the passages that lead into the page. */
export function resultItem(result: ReadResult): HTMLLIElement {
  const item = el('li', { className: 'search-result' });
  item.dataset.searchResult = '';
  item.dataset.kind = result.kind;
  item.append(
    el('p', { className: 'search-kind', textContent: kindLabel(result.kind) }),
    el('h2', { className: 'search-title' }, el('a', { href: result.url, textContent: result.title })),
  );
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

/** Marks a list of results busy while the older pages are searched: it is about to change. */
export function markBusy(list: HTMLElement, busy: boolean): void {
  if (busy) list.setAttribute('aria-busy', 'true');
  else list.removeAttribute('aria-busy');
}

/**
 * What a search says before its results, in sentences. An `early` count is of the newest pages
 * alone, shown while the older ones are searched, and a `newestOnly` one of the newest pages when
 * the older ones could not be loaded: each says so rather than pass for the total.
 */
export function statusText(
  query: SearchQuery,
  count: number,
  { early = false, newestOnly = false, what = query.text ? `for “${query.text}”` : 'for these filters' } = {},
): string {
  const found = count === 0 ? `No results ${what}` : `${countOf(count, 'result')} ${what}`;
  const said = [
    early ? `${found} so far; searching the rest of the archive…` : newestOnly ? `${found} among the newest pages: the older ones could not be loaded.` : `${found}.`,
    readingsNote(query) ? `${readingsNote(query)}.` : '',
    query.cut ? QUERY_CAP_NOTE : '',
  ];
  return said.filter(Boolean).join(' ');
}

/** "Did you mean “Kadhimi” (Mustafa al-Kadhimi)?", each suggestion a link made by `href`. */
export function suggestionNodes(suggestions: readonly Suggestion[], href: (query: string) => string): Node[] {
  if (suggestions.length === 0) return [];
  const nodes: Node[] = [document.createTextNode('Did you mean ')];
  suggestions.forEach((s, i) => {
    if (i > 0) nodes.push(document.createTextNode(i === suggestions.length - 1 ? ' or ' : ', '));
    nodes.push(el('a', { href: href(s.query), textContent: `“${s.query}”` }));
    if (s.name !== s.query) nodes.push(document.createTextNode(` (${s.name})`));
  });
  nodes.push(document.createTextNode('?'));
  return nodes;
}
