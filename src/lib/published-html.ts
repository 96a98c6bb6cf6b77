/**
 * A built page as readers get it: without what only the build needed. The search indexer's
 * attributes go once it has read them, and the CSP keeps the hashes of this page's own inline
 * scripts and styles rather than those of the whole site. Pure: a page in, a page out.
 *
 * Regular expressions, not an HTML parser: they run over every page of the site, thousands for a
 * large archive, and they read only what Astro writes, always the same way.
 */
import { hash } from 'node:crypto';
import { DATA, PAGEFIND } from './markup.ts';

/**
 * Attributes no reader's browser needs: Pagefind reads them from the built pages, where they were
 * about a seventh of an article's bytes. Spellings and date forms are only searched; the landing
 * highlighter finds them again from the spellings file and each `<time>`'s date.
 */
export const INDEXER_ONLY_ATTRIBUTES = [
  DATA.spellings,
  DATA.dateForms,
  DATA.olderIndex,
  PAGEFIND.indexAttrs,
  PAGEFIND.filter,
  PAGEFIND.meta,
  PAGEFIND.sort,
  PAGEFIND.weight,
] as const;

/**
 * A start tag as Astro writes it: every value double-quoted, with `"` inside escaped as `&quot;`,
 * so a value ends at the next `"` and may hold a `>`. Matching whole tags, never the text between
 * them, leaves an article that quotes such an attribute in its words as written. A tag written
 * otherwise (an unquoted value) does not match and is left whole: an attribute left in, never a
 * broken page; the browser tests check that none reaches the article.
 */
export const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'/>=]+(?:="[^"]*")?)*\s*\/?>/g;
const INDEXER_ATTRIBUTE = new RegExp(`\\s(?:${INDEXER_ONLY_ATTRIBUTES.join('|')})(?:="[^"]*")?(?=[\\s/>])`, 'g');

/** The page without its indexer-only attributes. */
export function withoutIndexerAttributes(html: string): string {
  return html.replace(START_TAG, (tag) => (tag.includes(' data-') ? tag.replace(INDEXER_ATTRIBUTE, '') : tag));
}

/** Astro's CSP, a `<meta>` in the head; hashes are base64, so they hold no `"`. */
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const HASH_SOURCE = / '(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'/g;
/** An inline script or style: its attributes and its text, which a hash source is the digest of. */
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;

/**
 * Digests of the site's own inline scripts and styles, by algorithm and text: every page repeats
 * the same few. Only those a policy lists are kept, so that a page's unique JSON-LD is not.
 */
const listedDigests = new Map<string, string>();

/**
 * The page whose CSP allows its own inline scripts and styles only. Astro's CSP lists the hashes of
 * every inline script and style of the site on every page (about 20 on an article, which uses 3):
 * a kilobyte that allowed nothing the page runs. A hash is kept when one of the page's inline
 * scripts or styles has it, so the page runs as before, under a narrower policy.
 */
export function withOwnCspHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const inline = [...html.matchAll(INLINE)].filter((m) => !/\ssrc=/.test(m[2]!)).map((m) => m[3]!);
  // Per algorithm: the page's digests, and the text each is of.
  const digests = new Map<string, Map<string, string>>();
  const digestsOf = (algorithm: string) => {
    let texts = digests.get(algorithm);
    if (!texts) {
      texts = new Map(inline.map((text) => [listedDigests.get(`${algorithm}\u0000${text}`) ?? hash(algorithm, text, 'base64'), text]));
      digests.set(algorithm, texts);
    }
    return texts;
  };
  const policy = meta[2]!.replace(HASH_SOURCE, (source, algorithm: string, digest: string) => {
    const text = digestsOf(algorithm).get(digest);
    if (text === undefined) return '';
    listedDigests.set(`${algorithm}\u0000${text}`, digest);
    return source;
  });
  return html.slice(0, meta.index) + meta[1] + policy + meta[3] + html.slice(meta.index + meta[0].length);
}

/** The page as published. */
export const publishedHtml = (html: string) => withOwnCspHashes(withoutIndexerAttributes(html));
