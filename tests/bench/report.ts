import type { Phases, TreeSize } from './build.ts';
import type { FirstView } from './first-view.ts';
import { KINDS } from './first-view.ts';
import type { CATEGORIES, LighthouseRun } from './lighthouse.ts';
import type { BoxSearch, ColdSearch, Keystrokes, NotApplicable } from './search.ts';
import { kB, type Sizes } from './sizes.ts';
import type { PageSize } from './page-sizes.ts';

/** The benchmark's whole outcome, as written to bench-results/*.json. */
export interface Results {
  startedAt: string;
  finishedAt?: string;
  context: Record<string, unknown>;
  site?: { buildMs: number; ok: boolean; error?: string; retried?: string };
  firstView?: FirstView | { error: string };
  search?: {
    cold: ColdSearch | NotApplicable | { error: string };
    keystrokes: Keystrokes | NotApplicable | { error: string };
    /** The first search from the article's header box, everything it fetched. */
    fromArticle?: BoxSearch | { error: string };
    /** Keystroke to results in the article's header box. */
    headerKeystrokes?: Keystrokes | NotApplicable | { error: string };
  };
  lighthouse?: LighthouseRun[];
  builds?: BuildRow[];
  targets?: Target[];
  errors: string[];
}

export interface BuildRow {
  articles: number;
  generateMs: number;
  ok: boolean;
  error?: string;
  /** The median of the builds of this size (their phases are that build's). */
  wallMs?: number;
  /** Every build of this size, in the order run: one build's time varies by several percent. */
  runsMs?: number[];
  perArticleMs?: number;
  /** (wall − wall of the previous, smaller build) / (articles added): the cost of one more article there. */
  marginalMs?: number;
  dist?: { bytes: number; files: number };
  pagefind?: { bytes: number; files: number };
  /** The machine's 1-minute load average as the build started: others build in this tree too. */
  loadAverage?: number;
  /** Why the first try failed, when the second (whose time this is) succeeded. */
  retried?: string;
  phases?: Phases;
  /** dist/ per top-level folder, largest first. */
  byFolder?: Record<string, TreeSize>;
  /** How many pages are not articles, and the heaviest of them (gzipped). */
  nonArticlePages?: number;
  largestPages?: PageSize[];
  /** The real article's first view against this archive: all bytes. */
  firstView?: Sizes;
  /**
   * A first search against this archive: bytes under /pagefind/ until results, and once the page
   * is quiet (`whole`: the older pages' index merged in, every request the search made).
   */
  firstSearch?: { sizes: Sizes; requests: number; resultsShown: boolean; ms?: number; whole?: Sizes };
  keystrokes?: { medianMs?: number; p90Ms?: number };
  skipped?: string;
}

export interface Target {
  measure: string;
  measured: string;
  target: string;
  result: 'PASS' | 'MISS' | 'n/a' | 'error';
  /** How far from the target, signed so that a miss reads as what is missing. */
  difference: string;
}

export const BUDGET = {
  firstViewBrotli: 50_000,
  /** The article's first view as a host that only gzips sends it (issue 15). */
  firstViewGzip: 24_000,
  firstSearch: 150_000,
  /** A first search from the article's header box, every byte it fetches (its code, Pagefind, the listed results), gzip (issue 12). */
  firstSearchFromArticle: 100_000,
  /** Keystroke to results, median (issue 12). */
  keystrokeMs: 30,
  lighthouse: 100,
  /** 1,000 articles built in a minute. */
  buildMs: 60_000,
  /** Noise allowed on a shared two-core machine before per-article time counts as changing. */
  perArticleGrowth: 0.1,
  /** No page but an article over this, gzipped, at any size of the archive. */
  pageGzip: 50_000,
  /** The heaviest such page at 2,000 articles against the heaviest at 100. */
  pageGrowth: 1.25,
  /** A first search at 2,000 articles against one at 1. */
  searchGrowth: 1.3,
} as const;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const millis = (ms: number) => (ms < 100 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`);
const has = <K extends string>(value: unknown, key: K): value is Record<K, unknown> => typeof value === 'object' && value !== null && key in value;
const why = (value: unknown) => (has(value, 'na') ? String(value.na) : has(value, 'error') ? `error: ${String(value.error)}` : 'not measured');

/** A count whose target is zero. */
const noneAllowed = (measure: string, count: number): Target => ({
  measure,
  measured: String(count),
  target: '0',
  result: count === 0 ? 'PASS' : 'MISS',
  difference: count === 0 ? '-' : `${count} too many`,
});

/** A size whose target is a most. */
const withinBytes = (measure: string, bytes: number, budget: number): Target => ({
  measure,
  measured: kB(bytes),
  target: `≤ ${kB(budget)}`,
  result: bytes <= budget ? 'PASS' : 'MISS',
  difference: bytes <= budget ? `${kB(budget - bytes)} to spare` : `${kB(bytes - budget)} over`,
});

/** A search's bytes against its budget; a search that showed no results misses whatever it fetched. */
const searchWithin = (measure: string, bytes: number, budget: number, resultsShown: boolean): Target =>
  resultsShown ? withinBytes(measure, bytes, budget) : { ...withinBytes(measure, bytes, budget), measured: `${kB(bytes)}, no results in 20 s`, result: 'MISS', difference: 'no results' };

export function targets(r: Results): Target[] {
  const out: Target[] = [];
  const fv = r.firstView;
  if (fv && !has(fv, 'error')) {
    out.push(withinBytes('First view: all bytes, brotli', fv.total.sizes.brotli, BUDGET.firstViewBrotli));
    out.push(withinBytes('First view: all bytes, gzip', fv.total.sizes.gzip, BUDGET.firstViewGzip));
    out.push(noneAllowed('First view: render-blocking scripts', fv.renderBlocking.js));
    out.push(noneAllowed('First view: requests to other hosts', fv.otherHosts.length));
  } else {
    out.push({ measure: 'First view', measured: why(fv), target: `≤ ${kB(BUDGET.firstViewBrotli)}`, result: 'error', difference: '-' });
  }

  const cold = r.search?.cold;
  if (cold && has(cold, 'untilResults')) {
    out.push(searchWithin('First search: /pagefind/ bytes until results', cold.untilResults.sizes.brotli, BUDGET.firstSearch, cold.resultsShown));
  } else {
    out.push({ measure: 'First search', measured: why(cold), target: `≤ ${kB(BUDGET.firstSearch)}`, result: has(cold, 'na') ? 'n/a' : 'error', difference: '-' });
  }

  const fromArticle = r.search?.fromArticle;
  if (fromArticle && has(fromArticle, 'afterSettle')) {
    out.push(searchWithin('First search from the article (header box): all bytes, gzip', fromArticle.afterSettle.sizes.gzip, BUDGET.firstSearchFromArticle, fromArticle.resultsShown));
  } else {
    out.push({ measure: 'First search from the article', measured: why(fromArticle), target: `≤ ${kB(BUDGET.firstSearchFromArticle)}`, result: 'error', difference: '-' });
  }
  for (const [where, keys] of [['search page', r.search?.keystrokes], ['header box', r.search?.headerKeystrokes]] as const) {
    if (keys && has(keys, 'runs') && keys.medianMs !== undefined) {
      const pass = keys.medianMs <= BUDGET.keystrokeMs;
      out.push({
        measure: `Keystroke to results, median: ${where}`,
        measured: millis(keys.medianMs),
        target: `≤ ${millis(BUDGET.keystrokeMs)}`,
        result: pass ? 'PASS' : 'MISS',
        difference: pass ? `${millis(BUDGET.keystrokeMs - keys.medianMs)} to spare` : `${millis(keys.medianMs - BUDGET.keystrokeMs)} over`,
      });
    } else {
      out.push({ measure: `Keystroke to results: ${where}`, measured: why(keys), target: `≤ ${millis(BUDGET.keystrokeMs)}`, result: has(keys, 'na') ? 'n/a' : 'error', difference: '-' });
    }
  }

  for (const run of r.lighthouse ?? []) {
    if (!run.scores) {
      out.push({ measure: `Lighthouse ${run.path}`, measured: run.na ?? `error: ${run.error}`, target: '100 ×4', result: run.na ? 'n/a' : 'error', difference: '-' });
      continue;
    }
    for (const [category, score] of Object.entries(run.scores) as [(typeof CATEGORIES)[number], number | null][]) {
      out.push({
        measure: `Lighthouse ${category}: ${run.path}`,
        measured: score === null ? 'no score' : String(score),
        target: String(BUDGET.lighthouse),
        result: score === BUDGET.lighthouse ? 'PASS' : 'MISS',
        difference: score === null ? 'no score' : score === BUDGET.lighthouse ? '-' : `${score - BUDGET.lighthouse}`,
      });
    }
  }

  const builds = r.builds ?? [];
  const at = (n: number) => builds.find((b) => b.articles === n && b.ok);
  const notRun = (measure: string, target: string) => out.push({ measure, measured: builds.find((b) => b.articles === 1000)?.skipped ?? 'not measured', target, result: 'n/a', difference: '-' });
  const big = at(1000);
  if (big?.wallMs !== undefined) {
    const pass = big.wallMs <= BUDGET.buildMs;
    out.push({
      measure: 'Build of 1,000 articles: wall time',
      measured: seconds(big.wallMs),
      target: `≤ ${seconds(BUDGET.buildMs)}`,
      result: pass ? 'PASS' : 'MISS',
      difference: pass ? `${seconds(BUDGET.buildMs - big.wallMs)} to spare` : `${seconds(big.wallMs - BUDGET.buildMs)} over`,
    });
  } else notRun('Build of 1,000 articles', `≤ ${seconds(BUDGET.buildMs)}`);

  const [mid, top] = [big?.marginalMs, at(2000)?.marginalMs];
  if (mid !== undefined && top !== undefined) {
    const change = top / mid - 1;
    out.push({
      measure: 'Time per added article: 1,000→2,000 vs 100→1,000',
      measured: `${millis(top)} vs ${millis(mid)}`,
      target: `flat (±${BUDGET.perArticleGrowth * 100}%)`,
      result: Math.abs(change) <= BUDGET.perArticleGrowth ? 'PASS' : 'MISS',
      difference: `${change >= 0 ? '+' : ''}${(change * 100).toFixed(0)}%`,
    });
  } else notRun('Time per added article: 1,000→2,000 vs 100→1,000', 'flat (±10%)');

  for (const n of [1, 2000]) {
    const largest = at(n)?.largestPages?.[0];
    if (!largest) {
      notRun(`Heaviest page but an article, ${n.toLocaleString('en')} article${n === 1 ? '' : 's'}`, `≤ ${kB(BUDGET.pageGzip)} gzip`);
      continue;
    }
    const pass = largest.gzip <= BUDGET.pageGzip;
    out.push({
      measure: `Heaviest page but an article, ${n.toLocaleString('en')} article${n === 1 ? '' : 's'}`,
      measured: `${kB(largest.gzip)} gzip (${largest.path})`,
      target: `≤ ${kB(BUDGET.pageGzip)} gzip`,
      result: pass ? 'PASS' : 'MISS',
      difference: pass ? `${kB(BUDGET.pageGzip - largest.gzip)} to spare` : `${kB(largest.gzip - BUDGET.pageGzip)} over`,
    });
  }
  const [small, large] = [at(100)?.largestPages?.[0], at(2000)?.largestPages?.[0]];
  if (small && large) {
    const ratio = large.gzip / small.gzip;
    out.push({
      measure: 'Heaviest page but an article: 2,000 vs 100 articles',
      measured: `${kB(large.gzip)} vs ${kB(small.gzip)} (×${ratio.toFixed(2)})`,
      target: `≤ ×${BUDGET.pageGrowth}`,
      result: ratio <= BUDGET.pageGrowth ? 'PASS' : 'MISS',
      difference: `×${ratio.toFixed(2)}`,
    });
  } else notRun('Heaviest page but an article: 2,000 vs 100 articles', `≤ ×${BUDGET.pageGrowth}`);

  const [one, many] = [at(1)?.firstSearch, at(2000)?.firstSearch];
  if (one?.resultsShown && many?.resultsShown) {
    const ratio = many.sizes.brotli / one.sizes.brotli;
    out.push({
      measure: 'First search: 2,000 vs 1 article',
      measured: `${kB(many.sizes.brotli)} vs ${kB(one.sizes.brotli)} brotli (×${ratio.toFixed(2)})`,
      target: `≤ ×${BUDGET.searchGrowth}`,
      result: ratio <= BUDGET.searchGrowth ? 'PASS' : 'MISS',
      difference: `×${ratio.toFixed(2)}`,
    });
  } else notRun('First search: 2,000 vs 1 article', `≤ ×${BUDGET.searchGrowth}`);
  return out;
}

/** Left-aligned text, right-aligned numbers, two spaces between columns. */
function table(rows: string[][], numeric: boolean[] = []): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? '')].length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `  ${line}`)
    .join('\n');
}

/** The keystroke timings of one search box, in lines. */
function keystrokeLines(lines: string[], keys: Keystrokes | NotApplicable | { error: string } | undefined): void {
  if (keys && has(keys, 'runs')) {
    const ok = keys.runs.filter((run) => run.ms !== undefined).length;
    lines.push(
      `  keystroke to results: median ${keys.medianMs === undefined ? '-' : millis(keys.medianMs)}, p90 ${keys.p90Ms === undefined ? '-' : millis(keys.p90Ms)}` +
        ` over ${ok} of ${keys.runs.length} queries typed a key every 120 ms (the first query on the fresh page: ${keys.firstMs === undefined ? '-' : millis(keys.firstMs)})`,
      `  (from the keystroke that produced the final results; in ${keys.fromPrefix} queries that was before the last one, a prefix already finding them)`,
    );
    const notes = keys.runs.filter((run) => run.note).map((run) => `${run.query}: ${run.note}`);
    if (notes.length) lines.push(`  notes: ${notes.join('; ')}`);
  } else lines.push(`  keystroke to results: ${why(keys)}`);
}

export function render(r: Results, articlePath: string): string {
  const lines: string[] = [];
  const ctx = r.context;
  lines.push(`Benchmark of ${String(ctx.commit)}${ctx.dirtyFiles ? ` + ${String(ctx.dirtyFiles)} uncommitted files` : ''}, ${r.startedAt}`);
  lines.push(`  Node ${String(ctx.node)}, ${String(ctx.chromium)}, ${String(ctx.cpus)} CPUs, load average ${String(ctx.loadAverage)}`);
  if (r.site) {
    lines.push(`  site build (real content): ${r.site.ok ? seconds(r.site.buildMs) : `FAILED: ${r.site.error}`}`);
    if (r.site.retried) lines.push(`  (built on the second try; the first failed with ${r.site.retried})`);
  }

  lines.push('', `1. First view of ${articlePath} (phone 360×780, cold cache, until the network is quiet)`);
  const fv = r.firstView;
  if (fv && !has(fv, 'error')) {
    const rows = [['type', 'requests', 'raw', 'gzip', 'brotli']];
    for (const k of KINDS) {
      const b = fv.byKind[k];
      rows.push([k, String(b.count), kB(b.sizes.raw), kB(b.sizes.gzip), kB(b.sizes.brotli)]);
    }
    rows.push(['total', String(fv.total.count), kB(fv.total.sizes.raw), kB(fv.total.sizes.gzip), kB(fv.total.sizes.brotli)]);
    lines.push(table(rows, [false, true, true, true, true]));
    lines.push(
      `  render-blocking requests: ${fv.renderBlocking.css + fv.renderBlocking.js + fv.renderBlocking.other} (${fv.renderBlocking.css} CSS, ${fv.renderBlocking.js} JS${fv.renderBlocking.other ? `, ${fv.renderBlocking.other} other` : ''}) by ${fv.renderBlocking.source}`,
      `  in the <head> markup: ${fv.headBlocking.css} stylesheet link(s), ${fv.headBlocking.js} classic script(s) without async/defer`,
      `  requests to other hosts: ${fv.otherHosts.length}${fv.otherHosts.length ? ` (${fv.otherHosts.slice(0, 3).join(', ')})` : ''}`,
    );
    if (fv.status !== 200) lines.push(`  WARNING: the page answered HTTP ${fv.status}`);
    if (fv.failed.length) lines.push(`  failed requests: ${fv.failed.slice(0, 3).join(', ')}`);
  } else lines.push(`  ${why(fv)}`);

  lines.push('', '2. Search');
  const cold = r.search?.cold;
  if (cold && has(cold, 'untilResults')) {
    const u = cold.untilResults;
    lines.push(
      `  first search /search/?q=${cold.query}, cold cache: ${u.count} requests under /pagefind/ until results, ${kB(u.sizes.raw)} raw, ${kB(u.sizes.brotli)} brotli` +
        `${cold.resultsShown ? ` (results at ${millis(cold.resultsAtMs!)})` : ', NO results within 20 s'}`,
      `  everything under /pagefind/ once the page is quiet: ${cold.afterSettle.count} requests, ${kB(cold.afterSettle.sizes.raw)} raw, ${kB(cold.afterSettle.sizes.brotli)} brotli`,
    );
  } else lines.push(`  first search: ${why(cold)}`);
  const fromArticle = r.search?.fromArticle;
  if (fromArticle && has(fromArticle, 'untilResults')) {
    const u = fromArticle.untilResults;
    lines.push(
      `  first search from ${fromArticle.path} (header box, "${fromArticle.query}" typed), cold cache: ${u.count} requests until the first result, ${kB(u.sizes.raw)} raw, ${kB(u.sizes.gzip)} gzip, ${kB(u.sizes.brotli)} brotli` +
        `${fromArticle.resultsShown ? ` (${millis(fromArticle.resultsAfterMs!)} after the first key)` : ', NO results within 20 s'}`,
      `    ${u.urls.join(' ')}`,
      `  everything it fetched once the page is quiet: ${fromArticle.afterSettle.count} requests, ${kB(fromArticle.afterSettle.sizes.gzip)} gzip, ${kB(fromArticle.afterSettle.sizes.brotli)} brotli`,
    );
  } else lines.push(`  first search from the article: ${why(fromArticle)}`);
  for (const [where, keys] of [['search page', r.search?.keystrokes], ['header box on the article', r.search?.headerKeystrokes]] as const) {
    lines.push(`  ${where}:`);
    keystrokeLines(lines, keys);
  }

  lines.push('', '3. Lighthouse, mobile');
  if (r.lighthouse?.length) {
    const rows = [['page', 'perf', 'a11y', 'best-pr.', 'SEO']];
    for (const run of r.lighthouse) {
      if (run.scores) rows.push([run.path, ...Object.values(run.scores).map((s) => (s === null ? '-' : String(s)))]);
      else rows.push([run.path, run.na ?? `error: ${run.error}`]);
    }
    lines.push(table(rows, [false, true, true, true, true]));
    for (const run of r.lighthouse) {
      if (!run.lost?.length) continue;
      lines.push(`  ${run.path} lost points on: ${run.lost.join(', ')}`);
      for (const [audit, found] of Object.entries(run.findings ?? {})) if (found.length) lines.push(`    ${audit}: ${found.slice(0, 2).join(' | ')}`);
    }
  } else lines.push('  not run');

  lines.push('', '4. Archives of generated articles (cold cache each; `astro build` wall time, generation not included;');
  lines.push('   per added = (build − previous build) / articles added; heaviest page = gzip, of the pages that are not articles;');
  lines.push('   first view = the real article, all bytes, brotli; first search = bytes under /pagefind/ until results, brotli,');
  lines.push('   then once the whole archive is searched)');
  if (r.builds?.length) {
    const rows = [['articles', 'build', 'per added', 'dist', 'files', 'pagefind', 'heaviest page', 'first view', 'first search', 'keystroke', 'load']];
    for (const b of r.builds) {
      if (b.skipped) rows.push([b.articles.toLocaleString('en'), b.skipped]);
      else if (!b.ok) rows.push([b.articles.toLocaleString('en'), 'FAILED']);
      else
        rows.push([
          b.articles.toLocaleString('en'),
          seconds(b.wallMs!),
          b.marginalMs === undefined ? '-' : millis(b.marginalMs),
          kB(b.dist!.bytes),
          b.dist!.files.toLocaleString('en'),
          kB(b.pagefind!.bytes),
          b.largestPages?.[0] ? kB(b.largestPages[0].gzip) : '-',
          b.firstView ? kB(b.firstView.brotli) : '-',
          b.firstSearch
            ? `${kB(b.firstSearch.sizes.brotli)}${b.firstSearch.resultsShown ? '' : ' (no results)'}${b.firstSearch.whole ? ` / ${kB(b.firstSearch.whole.brotli)}` : ''}`
            : '-',
          b.keystrokes?.medianMs === undefined ? '-' : `${millis(b.keystrokes.medianMs)} / ${b.keystrokes.p90Ms === undefined ? '-' : millis(b.keystrokes.p90Ms)}`,
          b.loadAverage === undefined ? '-' : b.loadAverage.toFixed(1),
        ]);
    }
    lines.push(table(rows, [true, true, true, true, true, true, true, true, true, true, true]));
    lines.push('  (keystroke: median / p90 over 20 queries)');
    for (const b of r.builds) {
      if (b.runsMs && b.runsMs.length > 1) lines.push(`  builds of ${b.articles.toLocaleString('en')}: ${b.runsMs.map(seconds).join(', ')}; the median is the one measured`);
    }
    for (const b of r.builds) if (!b.ok && !b.skipped) lines.push(`  ${b.articles} articles: ${b.error}`);
    for (const b of r.builds) if (b.retried) lines.push(`  ${b.articles} articles: built on the second try; the first failed with ${b.retried}`);
    for (const b of r.builds.filter((x) => x.largestPages?.length)) {
      lines.push(`  heaviest of the ${b.nonArticlePages!.toLocaleString('en')} pages that are not articles at ${b.articles.toLocaleString('en')}: ${b.largestPages!.map((p) => `${p.path} ${kB(p.gzip)} gzip (${kB(p.raw)} raw)`).join(', ')}`);
    }
    const built = r.builds.filter((b) => b.ok && b.phases);
    if (built.length) {
      const names = Object.keys(built[0]!.phases!) as (keyof Phases)[];
      const phaseRows = [['phase', ...built.map((b) => `${b.articles.toLocaleString('en')} article${b.articles === 1 ? '' : 's'}`)]];
      for (const name of names) phaseRows.push([name, ...built.map((b) => seconds(b.phases![name]))]);
      lines.push('  where the build time goes (from when Astro printed each step):', table(phaseRows, [false, ...built.map(() => true)]));
    }
    const largest = r.builds.filter((b) => b.ok && b.byFolder).at(-1);
    if (largest) {
      const top = Object.entries(largest.byFolder!).slice(0, 5).map(([name, size]) => `${name} ${kB(size.bytes)} (${size.files} files)`);
      lines.push(`  largest parts of dist/ at ${largest.articles.toLocaleString('en')} articles: ${top.join(', ')}`);
    }
  } else lines.push('  not run');

  lines.push('', 'Targets');
  const rows = [['measure', 'measured', 'target', 'result', 'difference']];
  for (const t of r.targets ?? []) rows.push([t.measure, t.measured, t.target, t.result, t.difference]);
  lines.push(table(rows));
  if (r.errors.length) lines.push('', 'Errors (the benchmark exits non-zero):', ...r.errors.map((e) => `  ${e}`));
  return lines.join('\n');
}
