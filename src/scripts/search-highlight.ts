/**
 * Highlights, on the page a search result leads to, the words searched for: carried in the
 * `pagefind-highlight` query parameter, as Pagefind's own highlighter reads them. It also finds
 * what the index found by another spelling or form, so that "Kazemi" highlights "al-Kadhimi" and
 * "Nov 7" highlights "the following day" where that is the date meant: the actors' spellings come
 * from the spellings file, fetched only here, and a date's forms from its `<time>`, as the build
 * computed them for the index (the published pages do not carry them).
 */
import { DATA, datasetKey, PAGEFIND } from '../lib/markup';
import { dateForms, queryTerms, termMatches } from '../lib/search-terms';
import { HIGHLIGHT_PARAM } from '../lib/urls';
import { spellings } from './spellings';

export const HIT_CLASS = 'search-hit';
/** Shorter terms ("7", "al") would highlight half the page; they count only within a date's forms. */
const MIN_TEXT_TERM = 2;
const MIN_ACTOR_TERM = 3;
const SKIP = `script, style, noscript, mark, time, [${PAGEFIND.ignore}], .${HIT_CLASS}`;
const ACTOR = datasetKey(DATA.actor);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'‐-]*/gu;

const wordsOf = (entry: string) => entry.split(/\s+/);

/** Whether an entry (a spelling, a date form) holds every term. */
const holdsAll = (entry: string, terms: string[]) => terms.every((t) => wordsOf(entry).some((w) => termMatches(t, w)));

/** The date or period a `<time>` stands for: its whole interval, or its date (as `timeAttributes` wrote them). */
const isoOf = (time: Element) => time.getAttribute(DATA.interval) ?? time.getAttribute('datetime') ?? '';

/**
 * The actors any of whose spellings a term finds: their spellings in the registry, and the words of
 * their mentions on the page (an author's "his late father").
 */
async function actorsFound(mentions: HTMLElement[], terms: string[]): Promise<Set<string>> {
  const actorTerms = terms.filter((t) => t.length >= MIN_ACTOR_TERM);
  const found = new Set<string>();
  if (actorTerms.length === 0 || mentions.length === 0) return found;
  const finds = (spelling: string) => wordsOf(spelling).some((w) => actorTerms.some((t) => termMatches(t, w)));
  for (const el of mentions) if (finds(el.textContent ?? '')) found.add(el.dataset[ACTOR]!);
  const onPage = new Set(mentions.map((el) => el.dataset[ACTOR]!));
  for (const { id, spellings: list } of await spellings()) if (onPage.has(id) && list.some(finds)) found.add(id);
  return found;
}

export async function highlightFromUrl(doc: Document, url: URL): Promise<number> {
  const terms = url.searchParams.getAll(HIGHLIGHT_PARAM).flatMap(queryTerms);
  if (terms.length === 0) return 0;
  const root = doc.querySelector<HTMLElement>(`[${PAGEFIND.body}]`) ?? doc.querySelector('main') ?? doc.body;
  let count = 0;
  const hit = (el: Element) => {
    el.classList.add(HIT_CLASS);
    count++;
  };

  // Actors any of whose spellings a term finds: every mention of them.
  const mentions = [...root.querySelectorAll<HTMLElement>(`[${DATA.actor}]`)];
  const actors = await actorsFound(mentions, terms);
  for (const el of mentions) if (actors.has(el.dataset[ACTOR]!)) hit(el);

  // Dates one of whose forms, or whose words, hold the whole query: "Nov 7", "2021-11-07", "2016".
  for (const el of root.querySelectorAll('time')) {
    const forms = [...dateForms(isoOf(el)), el.textContent ?? ''];
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
