/**
 * Turns one Pagefind result into what the search page shows: a highlighted excerpt and the
 * passages (paragraphs, timeline entries, sections) where the words were found, each with a link
 * to its anchor. Pagefind's own sub-results split pages on headings only; the articles give every
 * paragraph an id, so passages are cut at every block element with an id instead.
 *
 * Pure functions over Pagefind's data, so that they are tested without a browser.
 */
import { formatDate } from './dates';
import { PASSAGE_ELEMENTS, readTerms, TERMS_CLOSE, TERMS_OPEN } from './markup';
import { closeness, type AskedDate } from './search-dates';
import { isoOfAnchor, normalise, queryTerms, termMatches } from './search-terms';

/** What Pagefind's `result.data()` returns, as far as this module reads it. */
export interface PagefindFragment {
  url: string;
  /** The page's text: words split on whitespace are what `locations` count. */
  content: string;
  meta: Record<string, string | undefined>;
  weighted_locations: Array<{ weight: number; balanced_score: number; location: number }>;
  anchors: Array<{ element: string; id: string; text?: string; location: number }>;
  filters?: Record<string, string[]>;
}

/** Excerpt text in pieces, marked where the words searched for are. Shown as text, never as markup. */
export type Excerpt = Array<{ text: string; mark: boolean }>;

export interface Passage {
  /** The page URL with the anchor of the paragraph or section. */
  url: string;
  /** The section heading, or the date of a timeline entry. */
  title: string;
  excerpt: Excerpt;
  /** A partial ISO date the passage speaks of, for sorting by date. */
  iso?: string;
}

export interface ReadResult {
  url: string;
  title: string;
  kind: string;
  excerpt: Excerpt;
  /** The passage the excerpt comes from, if it has an anchor (and is among `passages`): the excerpt need not be shown twice. */
  excerptPassage?: Passage;
  passages: Passage[];
}

const HEADING = /^h[1-6]$/;
const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** A word that is only opening punctuation. */
const OPENING = /^[(\[“‘"']+$/;

/** What the part of a page before its first heading is called. */
const OPENING_TITLE = 'Opening';
const EXCERPT_WORDS = 28;
/** Words shown before the first highlighted word of an excerpt. */
const LEAD_WORDS = 8;

interface Word {
  text: string;
  /** The run of added terms (⟦…⟧) this word belongs to, if any. */
  run?: number;
}

interface Run {
  start: number;
  end: number;
  entries: string[];
  /** The words as written that the run stands for: indexes into the word list. */
  stands: number[];
}

/**
 * Splits the content into Pagefind's words, and finds the runs of terms that
 * `data-pagefind-index-attrs` inserted, each with the words as written that follow it.
 */
export function readContent(content: string): { words: Word[]; runs: Run[] } {
  const raw = content.trim().split(/\s+/);
  const words: Word[] = [];
  const runs: Run[] = [];
  let open: { start: number; parts: string[] } | undefined;
  for (const token of raw) {
    const at = words.length;
    if (!open && token.includes(TERMS_OPEN)) open = { start: at, parts: [] };
    if (open) {
      open.parts.push(token);
      words.push({ text: token, run: runs.length });
      if (token.includes(TERMS_CLOSE)) {
        runs.push({ start: open.start, end: at, entries: readTerms(open.parts.join(' ')), stands: [] });
        open = undefined;
      }
    } else {
      words.push({ text: token });
    }
  }
  if (open) {
    // An unclosed run is not one: its words are the text's own.
    for (let i = open.start; i < words.length; i++) delete words[i]!.run;
  }
  for (const run of runs) run.stands = wordsStoodFor(words, run);
  return { words, runs };
}

/** The words after a run that one of its entries spells, longest entry first; the next word if none does. */
function wordsStoodFor(words: Word[], run: Run): number[] {
  const after = run.end + 1;
  if (after >= words.length || words[after]!.run !== undefined) return [];
  const entries = run.entries.map((e) => e.split(/\s+/).map(normalise)).sort((a, b) => b.length - a.length);
  for (const entry of entries) {
    const span = entry.map((_, i) => after + i);
    if (span.at(-1)! >= words.length) continue;
    const fits = entry.every((part, i) => {
      const word = normalise(words[span[i]!]!.text);
      // The last word may carry a possessive or punctuation: "al-Khadimi’s".
      return i === entry.length - 1 ? word.startsWith(part) : word === part;
    });
    if (fits) return span;
  }
  return [after];
}

interface Region {
  start: number;
  end: number;
  anchor?: PagefindFragment['anchors'][number];
  title: string;
  iso?: string;
}

/**
 * The page cut into passages at block elements with ids; the part before the first is the page's
 * own. A passage is named by its section heading ("Opening" before the first one), a paragraph by
 * its place in the section, a timeline entry by its date.
 */
function regionsOf(fragment: PagefindFragment, total: number, pageTitle: string): Region[] {
  const blocks = fragment.anchors
    .filter((a) => PASSAGE_ELEMENTS.has(a.element.toLowerCase()) && a.id)
    .sort((a, b) => a.location - b.location);
  const regions: Region[] = [{ start: 0, end: blocks[0]?.location ?? total, title: pageTitle }];
  let heading = OPENING_TITLE;
  let paragraph = 0;
  blocks.forEach((anchor, i) => {
    const element = anchor.element.toLowerCase();
    if (HEADING.test(element) && anchor.text?.trim()) {
      heading = anchor.text.trim();
      paragraph = 0;
    }
    const iso = isoOfAnchor(anchor.id);
    const title = iso ? formatDate(iso) : element === 'p' ? `${heading}, paragraph ${++paragraph}` : heading;
    regions.push({ start: anchor.location, end: blocks[i + 1]?.location ?? total, anchor, title, iso });
  });
  return regions.filter((r) => r.end > r.start || r === regions[0]);
}

/** The dates the region's added terms speak of, as partial ISO dates, in order. */
function isosIn(words: Word[], runs: Run[], region: Region): string[] {
  const isos: string[] = [];
  for (let i = region.start; i < region.end && i < words.length; i++) {
    const run = words[i]!.run;
    if (run === undefined) continue;
    const iso = runs[run]!.entries.find((e) => ISO.test(e));
    if (iso) isos.push(iso);
    i = runs[run]!.end;
  }
  return isos;
}

/** 0 for a passage of the day asked for, 1 for the rest of its month, 2 for any other. */
function dateTier(isos: string[], asked: readonly AskedDate[]): number {
  let tier = 2;
  for (const iso of isos) for (const date of asked) tier = Math.min(tier, closeness(iso, date) ?? 2);
  return tier;
}

/** The excerpt of a region: about EXCERPT_WORDS words as written, around the most highlighted stretch. */
function excerptOf(words: Word[], region: Region, marked: Set<number>): Excerpt {
  let visible: number[] = [];
  for (let i = region.start; i < Math.min(region.end, words.length); i++) if (words[i]!.run === undefined) visible.push(i);
  // A passage that opens with its own title (a section's heading, a timeline entry's date) is quoted after it.
  const title = region.anchor ? region.title.split(/\s+/).map(normalise) : [];
  if (title.length > 0 && title.length < visible.length && title.every((w, i) => normalise(words[visible[i]!]!.text) === w)) {
    visible = visible.slice(title.length);
  }
  if (visible.length === 0) return [];
  // The window that holds the most highlighted words: from the start of the passage if it does as
  // well as any, else from a few words before one of them.
  const countFrom = (start: number) => visible.slice(start, start + EXCERPT_WORDS).filter((i) => marked.has(i)).length;
  let from = 0;
  let best = countFrom(0);
  visible.forEach((index, at) => {
    if (!marked.has(index)) return;
    const start = Math.max(0, at - LEAD_WORDS);
    const count = countFrom(start);
    if (count > best) {
      best = count;
      from = start;
    }
  });
  const shown = visible.slice(from, from + EXCERPT_WORDS);
  const excerpt: Excerpt = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = excerpt.at(-1);
    if (last && last.mark === mark) last.text += text;
    else excerpt.push({ text, mark });
  };
  if (from > 0) push('… ', false);
  shown.forEach((index, i) => {
    // Pagefind puts a space at element edges: “ Green Zone.” is written “Green Zone.”
    const previous = i > 0 ? words[shown[i - 1]!]!.text : '';
    const joined = marked.has(index) && marked.has(shown[i - 1]!) && /[\p{L}\p{N}]$/u.test(previous);
    if (i > 0 && !OPENING.test(previous)) push(' ', joined);
    const text = words[index]!.text;
    if (!marked.has(index)) return push(text, false);
    // The mark covers the word, not what Pagefind left stuck to it: “<mark>al-Kadhimi</mark>,” and <mark>2021</mark>.In
    const [, before = '', word = text, after = ''] = /^([^\p{L}\p{N}]*)((?:[\p{L}\p{N}]+[-‐’']?)*[\p{L}\p{N}]+|)(.*)$/su.exec(text) ?? [];
    push(before, false);
    push(word, true);
    push(after, false);
  });
  if (from + EXCERPT_WORDS < visible.length) push(' …', false);
  return excerpt;
}

export interface ReadOptions {
  /** How many passages to list at most. */
  maxPassages?: number;
  /** Order passages by date instead of by relevance. */
  sortByDate?: 'asc' | 'desc';
  /** Extra query parameters for every link, such as the words to highlight on the page. */
  linkParams?: URLSearchParams;
  /** The dates a date query asks for: passages of that day come first, then the rest of its month. */
  dates?: readonly AskedDate[];
}

/** Reads one result: its excerpt and its passages, best first (or by date). */
export function readResult(fragment: PagefindFragment, query: string, options: ReadOptions = {}): ReadResult {
  const { maxPassages = 3, sortByDate, linkParams, dates = [] } = options;
  const terms = queryTerms(query);
  const { words, runs } = readContent(fragment.content);
  const title = fragment.meta.title?.trim() || fragment.url;
  const regions = regionsOf(fragment, words.length, title);

  // Where the highlights go: a word found in an added run highlights the words it stands for.
  const marked = new Set<number>();
  const hits = fragment.weighted_locations.map((hit) => {
    const run = words[hit.location]?.run;
    const shown = run === undefined ? [hit.location] : runs[run]!.stands;
    for (const i of shown) marked.add(i);
    return { ...hit, word: words[hit.location]?.text ?? '' };
  });

  const scored = regions.map((region, order) => {
    const inside = hits.filter((h) => h.location >= region.start && h.location < region.end);
    const found = new Set(terms.filter((t) => inside.some((h) => termMatches(t, h.word))));
    return {
      region,
      order,
      hits: inside.length,
      tier: dates.length > 0 ? dateTier([...(region.iso ? [region.iso] : []), ...isosIn(words, runs, region)], dates) : 0,
      // Passages that hold more of the words searched for come first, then the strongest.
      found: found.size || (inside.length > 0 ? 1 : 0),
      score: inside.reduce((sum, h) => sum + h.balanced_score, 0),
    };
  });
  const ranked = scored
    .filter((s) => s.hits > 0)
    .sort((a, b) => a.tier - b.tier || b.found - a.found || b.score - a.score || a.order - b.order);

  const link = (region: Region) => {
    const url = new URL(fragment.url, 'https://x.invalid');
    for (const [k, v] of linkParams ?? []) url.searchParams.append(k, v);
    if (region.anchor) url.hash = region.anchor.id;
    return url.href.slice('https://x.invalid'.length);
  };
  const passageOf = (region: Region): Passage => ({
    url: link(region),
    title: region.title,
    excerpt: excerptOf(words, region, marked),
    iso: region.iso ?? isosIn(words, runs, region)[0],
  });

  const best = ranked[0]?.region ?? regions[0]!;
  // A sentence quoted under several passages (a timeline sentence with three dates) is shown once.
  const quoted = new Set<string>();
  let passages = ranked
    .filter((s) => s.region.anchor)
    .map((s) => passageOf(s.region))
    .filter((p) => {
      const said = p.excerpt.map((part) => part.text).join('');
      return !quoted.has(said) && quoted.add(said);
    });
  if (sortByDate) {
    const dir = sortByDate === 'asc' ? 1 : -1;
    passages = passages
      .map((p, i) => ({ p, i }))
      .sort((a, b) => (a.p.iso && b.p.iso ? dir * a.p.iso.localeCompare(b.p.iso) : a.p.iso ? -1 : b.p.iso ? 1 : a.i - b.i))
      .map(({ p }) => p);
  }
  passages = passages.slice(0, maxPassages);
  const excerpt = excerptOf(words, best, marked);
  const excerptPassage = best.anchor ? passages.find((p) => p.url === link(best)) : undefined;
  return {
    url: link(regions[0]!),
    title,
    kind: fragment.meta.kind ?? '',
    excerpt,
    excerptPassage,
    passages,
  };
}
