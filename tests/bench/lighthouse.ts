import { createServer } from 'node:net';
import { launch } from './browser.ts';
import { statusOf } from './server.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  path: string;
  /** Why there are no scores: the page is missing (n/a), or Lighthouse could not run here. */
  na?: string;
  error?: string;
  /** 0–100 per category; null where Lighthouse could not score it. */
  scores?: Record<Category, number | null>;
  /** Audits that cost points: `category: audit id (score)`. */
  lost?: string[];
  /** For each of those audits, what it found (URLs, messages, elements), at most five items. */
  findings?: Record<string, string[]>;
  /** Lab metrics from the performance category, for the record. */
  metrics?: Record<string, number | undefined>;
  warnings?: string[];
}

/** A port nobody listens on, picked by the system (never the project's 4321/4322). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Lighthouse's mobile run (its default: a mid-range phone on a slow 4G, simulated) of one page,
 * on the system Chromium started by Playwright with a remote-debugging port. A fresh browser per
 * page, so that no page is scored with another's cache.
 */
export async function lighthouseRun(origin: string, path: string): Promise<LighthouseRun> {
  const status = await statusOf(origin, path);
  if (status !== 200) return { path, na: `n/a (HTTP ${status})` };
  const port = await freePort();
  const browser = await launch([`--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1']);
  try {
    const { default: lighthouse } = await import('lighthouse');
    const result = await withTimeout(
      lighthouse(origin + path, {
        port,
        hostname: '127.0.0.1',
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        formFactor: 'mobile',
      }),
      180_000,
      'Lighthouse',
    );
    if (!result) return { path, error: 'Lighthouse returned nothing' };
    const lhr = result.lhr;
    if (lhr.runtimeError) return { path, error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)]),
    ) as Record<Category, number | null>;
    const lost: string[] = [];
    const findings: Record<string, string[]> = {};
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        if (audit.scoreDisplayMode !== 'binary' && audit.scoreDisplayMode !== 'numeric' && audit.scoreDisplayMode !== 'metricSavings') continue;
        lost.push(`${c}: ${ref.id} (${audit.score.toFixed(2)})`);
        findings[ref.id] = describe(audit.details);
      }
    }
    const metric = (id: string) => lhr.audits[id]?.numericValue;
    return {
      path,
      scores,
      lost,
      findings,
      metrics: {
        'first-contentful-paint ms': metric('first-contentful-paint'),
        'largest-contentful-paint ms': metric('largest-contentful-paint'),
        'total-blocking-time ms': metric('total-blocking-time'),
        'cumulative-layout-shift': metric('cumulative-layout-shift'),
        'speed-index ms': metric('speed-index'),
      },
      warnings: lhr.runWarnings,
    };
  } catch (error) {
    return { path, error: `Lighthouse could not run: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await browser.close().catch(() => {});
  }
}

/** A few words for each item an audit lists: its URL, message or element. */
function describe(details: unknown): string[] {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  return items.slice(0, 5).map((item) => {
    const node = item.node as { snippet?: string } | undefined;
    const source = (item.sourceLocation ?? item.source) as { url?: string } | string | undefined;
    const parts = [
      typeof item.description === 'string' ? item.description : undefined,
      typeof item.url === 'string' ? item.url : typeof source === 'object' ? source?.url : undefined,
      node?.snippet,
    ].filter(Boolean);
    return parts.length ? parts.join(' ').slice(0, 300) : JSON.stringify(item).slice(0, 300);
  });
}
