import type { Browser, Request } from '@playwright/test';
import { freshContext } from './browser.ts';
import { add, sizesOf, zero, type Sizes } from './sizes.ts';

export const KINDS = ['HTML', 'CSS', 'JS', 'fonts', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface RequestRecord {
  url: string;
  kind: Kind;
  status: number;
  sizes: Sizes;
  /** Chromium's `renderBlockingStatus` for the resource; the document itself has none. */
  renderBlocking?: string;
}

export interface FirstView {
  path: string;
  status: number;
  requests: RequestRecord[];
  byKind: Record<Kind, { count: number; sizes: Sizes }>;
  total: { count: number; sizes: Sizes };
  /** Resources Chromium marked `renderBlockingStatus: "blocking"`, split into styles and scripts. */
  renderBlocking: { css: number; js: number; other: number; urls: string[]; source: string };
  /** The same read from the markup: stylesheet links and classic scripts without async/defer in <head>. */
  headBlocking: { css: number; js: number };
  /** Requests to any host but the local server; each is a page that does not work offline. */
  otherHosts: string[];
  failed: string[];
}

function kindOf(request: Request, contentType: string): Kind {
  const type = request.resourceType();
  const path = new URL(request.url()).pathname;
  if (type === 'document' || contentType.includes('text/html')) return 'HTML';
  if (type === 'stylesheet' || contentType.includes('text/css') || path.endsWith('.css')) return 'CSS';
  if (type === 'script' || contentType.includes('javascript') || /\.m?js$/.test(path)) return 'JS';
  if (type === 'font' || contentType.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  return 'other';
}

/**
 * The page's first view on a phone: every request it makes until the network is quiet, with the
 * size of each body raw, gzipped and brotli-compressed.
 */
export async function firstView(browser: Browser, origin: string, path: string): Promise<FirstView> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    const host = new URL(origin).host;
    const otherHosts: string[] = [];
    const failed: string[] = [];
    const pending: Promise<RequestRecord | undefined>[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && url.host !== host) {
        otherHosts.push(request.url());
      }
    });
    page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`));
    page.on('requestfinished', (request) => {
      pending.push(
        (async () => {
          if (!request.url().startsWith(origin)) return undefined;
          const response = await request.response();
          if (!response) return undefined;
          const body = await response.body().catch(() => Buffer.alloc(0));
          return { url: request.url(), kind: kindOf(request, response.headers()['content-type'] ?? ''), status: response.status(), sizes: sizesOf(body) };
        })(),
      );
    });
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});

    const timing = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => {
        const entry = e as PerformanceResourceTiming & { renderBlockingStatus?: string };
        return { url: entry.name, initiator: entry.initiatorType, renderBlocking: entry.renderBlockingStatus };
      }),
    );
    const headBlocking = await page.evaluate(() => {
      const head = document.head;
      const css = [...head.querySelectorAll('link[rel~="stylesheet"]')].filter((l) => {
        const media = l.getAttribute('media');
        return !l.hasAttribute('disabled') && (!media || matchMedia(media).matches);
      }).length;
      const js = [...head.querySelectorAll('script[src]')].filter((s) => {
        const type = s.getAttribute('type');
        const classic = !type || /^(text|application)\/(java|ecma)script$/i.test(type);
        return classic && !s.hasAttribute('async') && !s.hasAttribute('defer');
      }).length;
      return { css, js };
    });

    const requests = (await Promise.all(pending)).filter((r): r is RequestRecord => r !== undefined);
    const blockingStatus = new Map(timing.map((t) => [t.url, t.renderBlocking]));
    for (const request of requests) request.renderBlocking = blockingStatus.get(request.url);

    const supported = timing.some((t) => t.renderBlocking !== undefined);
    const blocking = requests.filter((r) => r.renderBlocking === 'blocking');
    const byKind = Object.fromEntries(KINDS.map((k) => [k, { count: 0, sizes: zero() }])) as FirstView['byKind'];
    let total = { count: 0, sizes: zero() };
    for (const r of requests) {
      byKind[r.kind] = { count: byKind[r.kind].count + 1, sizes: add(byKind[r.kind].sizes, r.sizes) };
      total = { count: total.count + 1, sizes: add(total.sizes, r.sizes) };
    }
    return {
      path,
      status: response?.status() ?? 0,
      requests,
      byKind,
      total,
      renderBlocking: supported
        ? {
            css: blocking.filter((r) => r.kind === 'CSS').length,
            js: blocking.filter((r) => r.kind === 'JS').length,
            other: blocking.filter((r) => r.kind !== 'CSS' && r.kind !== 'JS').length,
            urls: blocking.map((r) => r.url),
            source: 'PerformanceResourceTiming.renderBlockingStatus',
          }
        : { ...headBlocking, other: 0, urls: [], source: 'markup of <head> (this Chromium has no renderBlockingStatus)' },
      headBlocking,
      otherHosts,
      failed,
    };
  } finally {
    await context.close();
  }
}
