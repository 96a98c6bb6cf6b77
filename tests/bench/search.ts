import type { Browser, Page } from '@playwright/test';
import { freshContext } from './browser.ts';
import { statusOf } from './server.ts';
import { add, sizesOf, zero, type Sizes } from './sizes.ts';

/** What the search page promises the benchmark, and nothing more. */
export const SEARCH_PATH = '/search/';
export const RESULT = '[data-search-result]';
export const INPUT = '#search-input';

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
  /** From the keystroke that completed the query to the moment the final results showed; absent when none did. */
  ms?: number;
  results: number;
  note?: string;
}

export interface Keystrokes {
  runs: KeystrokeRun[];
  medianMs?: number;
  p90Ms?: number;
  /** The first query loads the index, so it is shown apart as well. */
  firstMs?: number;
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

/** A first search from a cold cache: the bytes under /pagefind/ it takes until results show. */
export async function coldSearch(browser: Browser, origin: string, query = 'Sadr'): Promise<ColdSearch> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstResult, RESULT);
    const loads: Promise<{ url: string; endEpochMs: number; sizes: Sizes }>[] = [];
    page.on('requestfinished', (request) => {
      if (!request.url().startsWith(origin) || !isPagefind(request.url())) return;
      const seenAt = Date.now();
      loads.push(
        (async () => {
          const response = await request.response();
          const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
          // Chromium's own clock for when the last byte arrived; the page's requests and its
          // worker's (Pagefind searches in a Web Worker) alike.
          const timing = request.timing();
          const endEpochMs = timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : seenAt;
          return { url: request.url(), endEpochMs, sizes: sizesOf(body) };
        })(),
      );
    });
    await page.goto(`${origin}${SEARCH_PATH}?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    const resultsShown = await page
      .waitForFunction(() => (window as unknown as { __benchResultsAt?: number }).__benchResultsAt !== undefined, undefined, { timeout: 20_000 })
      .then(() => true)
      .catch(() => false);
    const shown = await page.evaluate(() => {
      const at = (window as unknown as { __benchResultsAt?: number }).__benchResultsAt;
      return { at, epoch: at === undefined ? undefined : performance.timeOrigin + at };
    });
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
    const loaded = await Promise.all(loads);
    const untilResults = loaded.filter((l) => shown.epoch === undefined || l.endEpochMs <= shown.epoch);
    return {
      query,
      resultsShown,
      resultsAtMs: shown.at,
      untilResults: { count: untilResults.length, sizes: untilResults.reduce((s, l) => add(s, l.sizes), zero()), urls: untilResults.map((l) => l.url) },
      afterSettle: { count: loaded.length, sizes: loaded.reduce((s, l) => add(s, l.sizes), zero()) },
    };
  } finally {
    await context.close();
  }
}

interface Watch {
  lastKey: number;
  lastMutation: number;
  changes: { t: number; sig: string; count: number }[];
}

/** Installs the in-page clock: keydowns on the input, and every change of the visible results. */
function installWatch([input, result]: [string, string]): void {
  const w = window as unknown as { __bench: Watch; __benchSig: () => { sig: string; count: number } };
  w.__bench = { lastKey: 0, lastMutation: 0, changes: [] };
  w.__benchSig = () => {
    const shown = [...document.querySelectorAll(result)].filter((el) => (el as HTMLElement).checkVisibility?.() ?? true);
    return { count: shown.length, sig: `${shown.length}|${shown.map((el) => (el.textContent ?? '').trim().slice(0, 300)).join('\u241e')}` };
  };
  document.addEventListener(
    'keydown',
    (event) => {
      if ((event.target as Element | null)?.matches?.(input)) w.__bench.lastKey = performance.now();
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

/**
 * Types each query into the search input as a person would (a key every 60 ms) and times, with
 * the page's own clock, the keystroke that completed the query to the moment the results reached
 * the state they then kept. Between queries the input is emptied and the page left to settle.
 */
export async function keystrokes(browser: Browser, origin: string, queries = QUERIES): Promise<Keystrokes | NotApplicable> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(origin + SEARCH_PATH, { waitUntil: 'load' });
    const input = page.locator(INPUT);
    if ((await input.count()) === 0) return { na: `n/a (no ${INPUT} on ${SEARCH_PATH})` };
    await page.evaluate(installWatch, [INPUT, RESULT] as [string, string]);
    await input.click();
    const runs: KeystrokeRun[] = [];
    for (const query of queries) {
      await input.press('Control+A');
      await input.press('Backspace');
      await settle(page, 800, 5_000);
      await page.evaluate(() => {
        (window as unknown as { __bench: Watch }).__bench.changes = [];
      });
      await page.keyboard.type(query, { delay: 60 });
      await settle(page, 1_500, 10_000);
      const run = await page.evaluate((q) => {
        const w = window as unknown as { __bench: Watch; __benchSig: () => { sig: string; count: number } };
        const final = w.__benchSig();
        if (final.count === 0) return { query: q, results: 0, note: 'no results' };
        const changes = w.__bench.changes;
        let i = changes.length;
        while (i > 0 && changes[i - 1]!.sig === final.sig) i--;
        const reached = changes[i];
        if (!reached) return { query: q, results: final.count, ms: 0, note: 'results did not change' };
        const ms = reached.t - w.__bench.lastKey;
        return ms >= 0
          ? { query: q, results: final.count, ms }
          : { query: q, results: final.count, ms: 0, note: 'final results showed before the last keystroke' };
      }, query);
      runs.push(run);
    }
    const times = runs.map((r) => r.ms).filter((ms): ms is number => ms !== undefined);
    return { runs, medianMs: quantile(times, 0.5), p90Ms: quantile(times, 0.9), firstMs: runs[0]?.ms };
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
