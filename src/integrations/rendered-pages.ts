import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { fileURLToPath } from 'node:url';
import type { PageAnswer, PageCall } from './page-thread';
import { threadCalls } from './thread-calls';

type Rendered = Awaited<ReturnType<AstroPrerenderer['render']>>;
type PageThread = ReturnType<typeof threadCalls<PageCall, PageAnswer>>;

/**
 * Each page as Astro renders it, before it is written, goes to the page thread (`page-thread`):
 * Pagefind reads it whole (the attributes it indexes included, the anchors no result links to left
 * out), and it comes back as published (`publishedHtml`). In memory, page by page, so that no step
 * reads the finished site back from disk. Other files (feeds, citation downloads) pass untouched.
 */
function indexThenPublish(render: AstroPrerenderer['render'], { call }: PageThread, begun: { pages: number }): AstroPrerenderer['render'] {
  return async (request, options) => {
    const page = begun.pages++;
    let handed = false;
    try {
      const rendered: Rendered = await render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      if (!response.headers.get('content-type')?.startsWith('text/html') || !response.body) return rendered;
      const html = new Uint8Array(await response.arrayBuffer());
      handed = true;
      const published = (await call({ page, url: new URL(request.url).pathname, html }, [html.buffer])) as Uint8Array<ArrayBuffer>;
      const written = new Response(published, { status: response.status, statusText: response.statusText, headers: response.headers });
      return rendered instanceof Response ? written : { ...rendered, response: written };
    } finally {
      // The thread hands pages to the index in the order they were begun: one that sends none (a
      // feed, a failed render) is done too, or the pages after it would wait for it. A thread that
      // failed refuses every later call, this one too, and the index's writing, which fails the build.
      if (!handed) call({ page, skipped: true }).catch(() => {});
    }
  };
}

/**
 * The search index and the published pages, from the pages as they render. The index is written
 * in `astro:build:done`, so this integration must come before the staged output's, which publishes
 * what is there; a failure of either fails the build, which then publishes nothing.
 */
export function renderedPages(): AstroIntegration {
  // It holds the search index: a new thread, after one failed, would hold none of the pages before.
  const thread = threadCalls<PageCall, PageAnswer>(new URL('./page-thread.ts', import.meta.url), 'the page thread', { restart: false });
  const begun = { pages: 0 };
  return {
    // Its log lines ("[pagefind] indexed …") are what the benchmark reads the build's phases from.
    name: 'pagefind',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro) => ({ ...astro, render: indexThenPublish(astro.render, thread, begun) }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { pages, older, readingMs, writingMs } = (await thread.call({ write: fileURLToPath(dir), pages: begun.pages })) as Exclude<PageAnswer, Uint8Array | undefined>;
          const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
          // How long the build waited for Pagefind after the last page: the part that did not overlap rendering.
          logger.info(`indexed ${pages} pages (${older} in the older index): ${seconds(readingMs)} reading the last pages, ${seconds(writingMs)} writing the index`);
        } finally {
          await thread.stop();
        }
      },
    },
  };
}
