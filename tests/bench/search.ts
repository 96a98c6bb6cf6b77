import type { Browser, Page } from '@playwright/test';
import { freshContext } from './browser.ts';
import { statusOf } from './server.ts';
import { add, sizesOf, zero, type Sizes } from './sizes.ts';

/** What the search page promises the benchmark, and nothing more. */
export const SEARCH_PATH = '/search/';
export const RESULT = '[data-search-result]';
export const INPUT = '#search-input';
/** The header's box on every other page, and the results it lists under itself. */
export const HEADER_INPUT = '#site-search';
export const HEADER_RESULT = `[role="listbox"] ${RESULT}`;

/** Where queries are typed: a page, its search box and the results it shows. */
export interface SearchBox {
  path: string;
  input: string;
  result: string;
}
export const SEARCH_PAGE: SearchBox = { path: SEARCH_PATH, input: INPUT, result: RESULT };
export const headerBox = (path: string): SearchBox => ({ path, input: HEADER_INPUT, result: HEADER_RESULT });

/** A name, then actors, places and words from the article: twenty searches a reader might type. */
export const QUERIES = [
  'Sadr', 'Kadhimi', 'Maliki', 'Iran', 'Baghdad', 'Najaf', 'militia', 'Halboosi', 'Khanjar', 'Qaani',
  'Barzani', 'Syria', 'Turkey', 'Treasury', 'election', 'drone', 'Green Zone', 'protest', 'Khazali', 'Shamkhani',
];

export type NotApplicable = { na: string };

export interface ColdSearch {
  query: string;
  /** Whether results showed within the time allowed; when not, the bytes are those loaded so far. */
  resultsShown: boolean;
  /** performance.now() when the first result showed. */
  resultsAtMs?: number;
  /** Requests under /pagefind/, the page's and its workers', that had finished when the first result showed. */
  untilResults: { count: number; sizes: Sizes; urls: string[] };
  /** Every request under /pagefind/, after the page went quiet (prefetches included). */
  afterSettle: { count: number; sizes: Sizes };
}

export interface KeystrokeRun {
  query: string;
  /** From the keystroke that produced the final results to the moment they showed; absent when none did. */
  ms?: number;
  /** Which keystroke that was (1-based), of `keystrokes`. */
  afterKeystroke?: number;
  keystrokes: number;
  /** From the query's last keystroke to the final results; 0 when a prefix already showed them. */
  fromLastKeystrokeMs?: number;
  results: number;
  note?: string;
}

export interface Keystrokes {
  runs: KeystrokeRun[];
  medianMs?: number;
  p90Ms?: number;
  /** The first query on a fresh page, which may also load the index, shown apart as well. */
  firstMs?: number;
  /** Queries whose final results were already shown by a prefix, before the last keystroke. */
  fromPrefix: number;
}

const isPagefind = (url: string) => new URL(url).pathname.startsWith('/pagefind/');

/** Whether the search page exists; a 404 means someone is still building it. */
export async function searchPageMissing(origin: string): Promise<NotApplicable | undefined> {
  const status = await statusOf(origin, SEARCH_PATH);
  return status === 200 ? undefined : { na: `n/a (no ${SEARCH_PATH} page: HTTP ${status})` };
}

/** Records, from the first byte of the page on, when the first visible result appears. */
function watchFirstResult(selector: string): void {
  const w = window as unknown as { __benchResultsAt?: number };
  const check = () => {
    if (w.__benchResultsAt !== undefined) return;
    const found = [...document.querySelectorAll(selector)].some((el) => (el as HTMLElement).checkVisibility?.() ?? true);
    if (found) w.__benchResultsAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

interface Load {
  url: string;
  endEpochMs: number;
  sizes: Sizes;
}

/** Records every finished request `keep` accepts, with its sizes and when its last byte arrived. */
function recordLoads(page: Page, keep: (url: string) => boolean): Promise<Load>[] {
  const loads: Promise<Load>[] = [];
  page.on('requestfinished', (request) => {
    if (!keep(request.url())) return;
    const seenAt = Date.now();
    loads.push(
      (async () => {
        const response = await request.response();
        const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
        // Chromium's own clock for when the last byte arrived; the page's requests and its
        // worker's (Pagefind may search in a Web Worker) alike.
        const timing = request.timing();
        const endEpochMs = timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : seenAt;
        return { url: request.url(), endEpochMs, sizes: sizesOf(body) };
      })(),
    );
  });
  return loads;
}

/** Waits for the first result (watched by `watchFirstResult`), then for the network to go quiet. */
async function firstResult(page: Page): Promise<{ shown: boolean; at?: number; epoch?: number }> {
  const shown = await page
    .waitForFunction(() => (window as unknown as { __benchResultsAt?: number }).__benchResultsAt !== undefined, undefined, { timeout: 20_000 })
    .then(() => true)
    .catch(() => false);
  const when = await page.evaluate(() => {
    const at = (window as unknown as { __benchResultsAt?: number }).__benchResultsAt;
    return { at, epoch: at === undefined ? undefined : performance.timeOrigin + at };
  });
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
  return { shown, ...when };
}

/** The loads that had finished by `epoch` (all of them when it is undefined), and all of them. */
async function tally(loads: Promise<Load>[], epoch: number | undefined) {
  const loaded = await Promise.all(loads);
  const until = loaded.filter((l) => epoch === undefined || l.endEpochMs <= epoch);
  return {
    untilResults: { count: until.length, sizes: until.reduce((s, l) => add(s, l.sizes), zero()), urls: until.map((l) => new URL(l.url).pathname) },
    afterSettle: { count: loaded.length, sizes: loaded.reduce((s, l) => add(s, l.sizes), zero()) },
  };
}

/** A first search from a cold cache: the bytes under /pagefind/ it takes until results show. */
export async function coldSearch(browser: Browser, origin: string, query = 'Sadr'): Promise<ColdSearch> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstResult, RESULT);
    const loads = recordLoads(page, (url) => url.startsWith(origin) && isPagefind(url));
    await page.goto(`${origin}${SEARCH_PATH}?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    const result = await firstResult(page);
    return { query, resultsShown: result.shown, resultsAtMs: result.at, ...(await tally(loads, result.epoch)) };
  } finally {
    await context.close();
  }
}

export interface BoxSearch {
  path: string;
  query: string;
  resultsShown: boolean;
  /** From the first keystroke to the first result shown. */
  resultsAfterMs?: number;
  /** Every request the search made (its scripts, Pagefind, fragments), from the box's focus to the first result shown. */
  untilResults: { count: number; sizes: Sizes; urls: string[] };
  /** Every request it made, once the page went quiet. */
  afterSettle: { count: number; sizes: Sizes };
}

/**
 * A first search from a page's header box, cold cache: the page loads and goes quiet, then the
 * reader focuses the box (which fetches the search's script and Pagefind) and types the query.
 * Counts every request from the focus on, whatever its path, until the first result is shown.
 */
export async function boxSearch(browser: Browser, origin: string, path: string, query = 'Sadr'): Promise<BoxSearch> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const loads = recordLoads(page, () => true);
    await page.evaluate(watchFirstResult, HEADER_RESULT);
    const box = page.locator(HEADER_INPUT);
    await box.focus();
    const typedAt = await page.evaluate(() => performance.now());
    await box.pressSequentially(query, { delay: 20 });
    const result = await firstResult(page);
    // The list fills in as each result is read: let the others arrive too, for the whole cost.
    await page.waitForTimeout(500);
    return { path, query, resultsShown: result.shown, resultsAfterMs: result.at === undefined ? undefined : result.at - typedAt, ...(await tally(loads, result.epoch)) };
  } finally {
    await context.close();
  }
}

interface Watch {
  /** performance.now() of every keydown on the input since the last reset. */
  keys: number[];
  lastKey: number;
  lastMutation: number;
  /** Every change of the visible results since the last reset. */
  changes: { t: number; sig: string; count: number }[];
}

/** Installs the in-page clock: keydowns on the input, and every change of the visible results. */
function installWatch([input, result]: [string, string]): void {
  const w = window as unknown as { __bench: Watch; __benchSig: () => { sig: string; count: number } };
  w.__bench = { keys: [], lastKey: 0, lastMutation: 0, changes: [] };
  w.__benchSig = () => {
    const shown = [...document.querySelectorAll(result)].filter((el) => (el as HTMLElement).checkVisibility?.() ?? true);
    return { count: shown.length, sig: `${shown.length}|${shown.map((el) => (el.textContent ?? '').trim().slice(0, 300)).join('\u241e')}` };
  };
  document.addEventListener(
    'keydown',
    (event) => {
      if (!(event.target as Element | null)?.matches?.(input)) return;
      const now = performance.now();
      w.__bench.lastKey = now;
      w.__bench.keys.push(now);
    },
    true,
  );
  new MutationObserver(() => {
    const now = performance.now();
    w.__bench.lastMutation = now;
    const { sig, count } = w.__benchSig();
    const changes = w.__bench.changes;
    if (changes.length === 0 || changes[changes.length - 1]!.sig !== sig) changes.push({ t: now, sig, count });
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
}

/** Waits until neither a keystroke nor a change of the page happened for `quietMs`, at most `maxMs`. */
async function settle(page: Page, quietMs: number, maxMs: number): Promise<void> {
  await page
    .waitForFunction(
      (quiet) => {
        const w = (window as unknown as { __bench: Watch }).__bench;
        return performance.now() - Math.max(w.lastKey, w.lastMutation) >= quiet;
      },
      quietMs,
      { timeout: maxMs, polling: 100 },
    )
    .catch(() => {});
}

/** Milliseconds between keys: a quick typist, and longer than a search takes here. */
const KEY_INTERVAL_MS = 120;

/**
 * Types each query into the emptied search input, a key every 120 ms, and times with the page's
 * own clock the keystroke that produced the results the query ended with (the last keydown
 * before they showed) to the moment they showed. With search as one types, a prefix ("Malik")
 * often already shows what the whole word will, so that keystroke can be an earlier one; the
 * time from the last keystroke is kept as well.
 */
export async function keystrokes(browser: Browser, origin: string, queries = QUERIES, box = SEARCH_PAGE): Promise<Keystrokes | NotApplicable> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(origin + box.path, { waitUntil: 'load' });
    const input = page.locator(box.input);
    if ((await input.count()) === 0) return { na: `n/a (no ${box.input} on ${box.path})` };
    await page.evaluate(installWatch, [box.input, box.result] as [string, string]);
    await input.click();
    const runs: KeystrokeRun[] = [];
    for (const query of queries) {
      await input.press('Control+A');
      await input.press('Backspace');
      await settle(page, 800, 5_000);
      await page.evaluate(() => {
        const w = (window as unknown as { __bench: Watch }).__bench;
        w.changes = [];
        w.keys = [];
      });
      await page.keyboard.type(query, { delay: KEY_INTERVAL_MS });
      await settle(page, 1_500, 10_000);
      const run = await page.evaluate((q): KeystrokeRun => {
        const w = window as unknown as { __bench: Watch; __benchSig: () => { sig: string; count: number } };
        const final = w.__benchSig();
        const keys = w.__bench.keys;
        if (final.count === 0) return { query: q, results: 0, keystrokes: keys.length, note: 'no results' };
        const changes = w.__bench.changes;
        let i = changes.length;
        while (i > 0 && changes[i - 1]!.sig === final.sig) i--;
        const reached = changes[i];
        if (!reached) return { query: q, results: final.count, keystrokes: keys.length, note: 'the results did not change from the emptied input' };
        const producer = keys.findLastIndex((k) => k <= reached.t);
        if (producer < 0) return { query: q, results: final.count, keystrokes: keys.length, note: 'the results changed before any keystroke' };
        return {
          query: q,
          results: final.count,
          ms: reached.t - keys[producer]!,
          afterKeystroke: producer + 1,
          keystrokes: keys.length,
          fromLastKeystrokeMs: Math.max(0, reached.t - keys[keys.length - 1]!),
        };
      }, query);
      runs.push(run);
    }
    const times = runs.map((r) => r.ms).filter((ms): ms is number => ms !== undefined);
    return {
      runs,
      medianMs: quantile(times, 0.5),
      p90Ms: quantile(times, 0.9),
      firstMs: runs[0]?.ms,
      fromPrefix: runs.filter((r) => r.afterKeystroke !== undefined && r.afterKeystroke < r.keystrokes).length,
    };
  } finally {
    await context.close();
  }
}

function quantile(values: number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
