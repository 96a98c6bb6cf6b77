/**
 * A built page as the search index reads it. Pure: a page in, a page out; regular expressions
 * over what Astro writes, for the reasons `published-html` gives.
 */
import { PASSAGE_ELEMENTS } from './markup';
import { START_TAG } from './published-html';

const ID = /\sid="[^"]*"/;
const TAG_NAME = /^<([a-zA-Z][^\s/>]*)/;

/**
 * The page with ids on passage elements only. Pagefind records every element with an id as an
 * anchor, its text included, in the page's fragment, which a search fetches for each result; an
 * article's citation links, note numbers and heading texts were half its anchors, and no result
 * links to them. Their ids stay on the published page.
 */
export function withPassageAnchorsOnly(html: string): string {
  return html.replace(START_TAG, (tag) => {
    if (!tag.includes(' id="')) return tag;
    return PASSAGE_ELEMENTS.has(TAG_NAME.exec(tag)![1]!.toLowerCase()) ? tag : tag.replace(ID, '');
  });
}
