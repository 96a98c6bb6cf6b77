import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { fileURLToPath } from 'node:url';
import { PAGEFIND } from '../lib/markup';
import { withPassageAnchorsOnly } from '../lib/indexed-html';
import { publishedHtml } from '../lib/published-html';
import { searchIndex, type SearchIndex } from './pagefind';

type Rendered = Awaited<ReturnType<AstroPrerenderer['render']>>;

/**
 * Each page as Astro renders it, before it is written: Pagefind reads it whole (the attributes it
 * indexes included, the anchors no result links to left out), then it is written as published
 * (`publishedHtml`). In memory, page by page, so that no step reads the finished site back from
 * disk, and Pagefind reads each page on the other core while the next one renders. Other files
 * (feeds, citation downloads) pass untouched.
 */
function indexThenPublish(render: AstroPrerenderer['render'], index: SearchIndex): AstroPrerenderer['render'] {
  // Pages render a few at a time and finish in any order, but Pagefind numbers them in the order
  // it gets them, and the index's files are named for their contents: each page waits for the
  // one begun before it, so that a build of the same site writes the same index.
  let turn: Promise<void> = Promise.resolve();
  return async (request, options) => {
    const previous = turn;
    let done = () => {};
    turn = new Promise((resolve) => (done = resolve));
    try {
      const rendered: Rendered = await render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      if (!response.headers.get('content-type')?.startsWith('text/html') || !response.body) return rendered;
      const html = await response.text();
      // Once any page marks its searchable part, Pagefind leaves out every page that marks none
      // (the later pages of a list): those are not sent, which halves what crosses to its process.
      if (html.includes(PAGEFIND.body)) void previous.then(() => index.add(new URL(request.url).pathname, withPassageAnchorsOnly(html)));
      const published = new Response(publishedHtml(html), { status: response.status, statusText: response.statusText, headers: response.headers });
      return rendered instanceof Response ? published : { ...rendered, response: published };
    } finally {
      void previous.then(done);
    }
  };
}

/**
 * The search index and the published pages, from the pages as they render. The index is written
 * in `astro:build:done`, so this integration must come before the staged output's, which publishes
 * what is there; a failure of either fails the build, which then publishes nothing.
 */
export function renderedPages(): AstroIntegration {
  const index = searchIndex();
  return {
    // Its log lines ("[pagefind] indexed …") are what the benchmark reads the build's phases from.
    name: 'pagefind',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro) => ({ ...astro, render: indexThenPublish(astro.render, index) }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, older, readingMs, writingMs } = await index.write(fileURLToPath(dir));
        const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
        // How long the build waited for Pagefind after the last page: the part that did not overlap rendering.
        logger.info(`indexed ${pages} pages (${older} in the older index): ${seconds(readingMs)} reading the last pages, ${seconds(writingMs)} writing the index`);
      },
    },
  };
}
