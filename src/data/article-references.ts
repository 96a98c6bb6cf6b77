import { formatReferences, type CslItem } from '../lib/citation-formats';
import { referenceFormatter } from '../lib/reference-formatter';

const asked = new Map<string, Promise<string[]>>();

/**
 * The article's reference in each of `REFERENCE_STYLES`, once per item. During a build they are
 * formatted on a thread of their own (citeproc was a quarter of rendering an article), and the
 * first call starts the work: the article route asks for every article's before any page renders,
 * so that the pages find them ready. Keyed by the item itself, so that an edited byline is
 * formatted anew by the dev server.
 */
export function articleReferences(item: CslItem): Promise<string[]> {
  const key = JSON.stringify(item);
  let references = asked.get(key);
  if (!references) {
    const formatter = referenceFormatter();
    references = formatter ? formatter(item) : Promise.resolve().then(() => formatReferences(item));
    // Asked ahead of its page: the page that awaits it gets the error; until then it is no crash.
    references.catch(() => {});
    asked.set(key, references);
  }
  return references;
}
