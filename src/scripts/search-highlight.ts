/**
 * Highlights, on the page a search result leads to, the words searched for: carried in the
 * `pagefind-highlight` query parameter, as Pagefind's own highlighter reads them. It also knows
 * the markup that carried spellings and date forms into the index, so that "Kazemi" highlights
 * "al-Kadhimi" and "Nov 7" highlights "the following day" where that is the date meant.
 */
import { DATA, datasetKey, readTerms } from '../lib/markup';
import { queryTerms, termMatches } from '../lib/search-terms';
import { HIGHLIGHT_PARAM } from '../lib/urls';

export const HIT_CLASS = 'search-hit';
/** Shorter terms ("7", "al") would highlight half the page; they count only within a date's forms. */
const MIN_TEXT_TERM = 2;
const MIN_ACTOR_TERM = 3;
const SKIP = 'script, style, noscript, mark, time, [data-pagefind-ignore], .' + HIT_CLASS;
const ACTOR = datasetKey(DATA.actor);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'‐-]*/gu;

const wordsOf = (entry: string) => entry.split(/\s+/);

/** Whether an entry (a spelling, a date form) holds every term. */
const holdsAll = (entry: string, terms: string[]) => terms.every((t) => wordsOf(entry).some((w) => termMatches(t, w)));

export function highlightFromUrl(doc: Document, url: URL): number {
  const terms = url.searchParams.getAll(HIGHLIGHT_PARAM).flatMap(queryTerms);
  if (terms.length === 0) return 0;
  const root = doc.querySelector<HTMLElement>('[data-pagefind-body]') ?? doc.querySelector('main') ?? doc.body;
  let count = 0;
  const hit = (el: Element) => {
    el.classList.add(HIT_CLASS);
    count++;
  };

  // Actors any of whose spellings a term finds: every mention of them.
  const actors = new Set<string>();
  for (const el of root.querySelectorAll<HTMLElement>(`[${DATA.spellings}]`)) {
    const words = readTerms(el.getAttribute(DATA.spellings)!).flatMap(wordsOf);
    if (terms.some((t) => t.length >= MIN_ACTOR_TERM && words.some((w) => termMatches(t, w)))) actors.add(el.dataset[ACTOR]!);
  }
  for (const el of root.querySelectorAll<HTMLElement>(`[${DATA.actor}]`)) if (actors.has(el.dataset[ACTOR]!)) hit(el);

  // Dates one of whose forms holds the whole query: "Nov 7", "2021-11-07", "2016".
  for (const el of root.querySelectorAll(`time`)) {
    const forms = el.hasAttribute(DATA.dateForms) ? readTerms(el.getAttribute(DATA.dateForms)!) : [el.textContent ?? ''];
    if (forms.some((form) => holdsAll(form, terms))) hit(el);
  }

  // Then the words themselves, wherever the text has them.
  const textTerms = terms.filter((t) => t.length >= MIN_TEXT_TERM);
  if (textTerms.length === 0) return count;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    const value = node.data;
    const found = [...value.matchAll(WORD)].filter((m) => textTerms.some((t) => termMatches(t, m[0])));
    if (found.length === 0) continue;
    const parts = doc.createDocumentFragment();
    let at = 0;
    for (const m of found) {
      parts.append(value.slice(at, m.index));
      const mark = doc.createElement('mark');
      mark.className = HIT_CLASS;
      mark.textContent = m[0];
      parts.append(mark);
      count++;
      at = m.index + m[0].length;
    }
    parts.append(value.slice(at));
    node.replaceWith(parts);
  }
  return count;
}
