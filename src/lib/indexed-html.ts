/**
 * A built page as the search index reads it. Pure: a page in, a page out; regular expressions
 * over what Astro writes, for the reasons `published-html` gives.
 */
import { PASSAGE_ELEMENTS } from './markup.ts';
import { START_TAG } from './published-html.ts';

const ID = /\sid="[^"]*"/;
const TAG_NAME = /^<([a-zA-Z][^\s/>]*)/;

const HEADING = /^h[1-6]$/;

/**
 * The page with ids on passage elements only, each a marker of its own. Pagefind records every
 * element with an id as an anchor, its text included, in the page's fragment, which a search
 * fetches for each result; an article's citation links, note numbers and heading texts were half
 * its anchors, and no result links to them. Their ids stay on the published page. A passage's
 * anchor is an empty element of its kind just before it: where the passage starts is all a result
 * reads of it, and its text was the article's text over again (the seed's fragment 9.9 → 9.2 kB
 * gzipped). A heading keeps its id and text: a result names its passages by their section.
 */
export function withPassageAnchorsOnly(html: string): string {
  return html.replace(START_TAG, (tag) => {
    if (!tag.includes(' id="')) return tag;
    const name = TAG_NAME.exec(tag)![1]!.toLowerCase();
    if (!PASSAGE_ELEMENTS.has(name)) return tag.replace(ID, '');
    return HEADING.test(name) ? tag : `<${name}${ID.exec(tag)![0]}></${name}>${tag.replace(ID, '')}`;
  });
}
