/**
 * The rendered pages' thread: each page Astro renders is published here (`publishedHtml`) and read
 * by the search index (`searchIndex`), so that the rendering thread, the build's busiest, spends
 * none of it (a profile of 300 articles: about a sixth of its time went to it), on a machine whose other core
 * was a quarter idle while pages rendered. Node runs this file as it is: its imports name files.
 */
import { PAGEFIND } from '../lib/markup.ts';
import { inBeginOrder } from '../lib/begin-order.ts';
import { withPassageAnchorsOnly } from '../lib/indexed-html.ts';
import { publishedHtml } from '../lib/published-html.ts';
import { searchIndex, type IndexWritten } from './pagefind.ts';
import { answerCalls } from './thread-answers.ts';

export type PageCall =
  /** A page begun `page`-th, as rendered: answered with it as published. */
  | { page: number; url: string; html: Uint8Array }
  /** A page begun `page`-th that is no HTML page (a feed, a citation download) or failed. */
  | { page: number; skipped: true }
  /** Every page is rendered, `pages` of them: write the indexes beside them, in `write`. */
  | { write: string; pages: number };
export type PageAnswer = Uint8Array<ArrayBuffer> | IndexWritten | undefined;

const index = searchIndex();
/**
 * Pages render a few at a time and finish in any order, but Pagefind numbers them in the order it
 * gets them, and the index's files are named for their contents: each goes to it in the order it
 * was begun, so that a build of the same site writes the same index.
 */
const toIndex = inBeginOrder<{ url: string; html: string }>(({ url, html }) => index.add(url, html));

answerCalls<PageCall, PageAnswer>(
  async (call) => {
    if ('write' in call) {
      const reached = toIndex.doneInOrder;
      if (reached !== call.pages) throw new Error(`of ${call.pages} pages, page ${reached + 1} (in the order they began) never reached the page thread, nor did any after it reach the search index`);
      return index.write(call.write);
    }
    if ('skipped' in call) {
      toIndex.done(call.page);
      return undefined;
    }
    await index.ready();
    const html = new TextDecoder().decode(call.html);
    // Once any page marks its searchable part, Pagefind leaves out every page that marks none
    // (the later pages of a list): those are not sent, which halves what crosses to its process.
    toIndex.done(call.page, html.includes(PAGEFIND.body) ? { url: call.url, html: withPassageAnchorsOnly(html) } : undefined);
    return new TextEncoder().encode(publishedHtml(html));
  },
  (answer) => (answer instanceof Uint8Array ? [answer.buffer] : []),
);
