/**
 * Every address and anchor of the site, built and parsed here and nowhere else (the model is
 * Quartz's `util/path.ts`). Markdown plugins, data loaders, pages, components and browser scripts
 * all import these, so that a link can never disagree with the page or element it points to, and
 * a change of shape is one edit. Pure: no Astro, no DOM.
 *
 * Paths end in "/" (the site is built with `trailingSlash: 'always'`).
 */

/** A path on this site, from its root: "/actors/iran/". Branded so that a hand-spelled string is not taken for one. */
export type SitePath = string & { readonly __brand: 'SitePath' };
/** The id of an element on a page, without "#". */
export type Anchor = string & { readonly __brand: 'Anchor' };

// Ids and slugs are file names the content collections checked: nothing in them needs escaping.

/** The site's sections, each one page. */
export const SECTIONS = {
  home: '/' as SitePath,
  actors: '/actors/' as SitePath,
  outlets: '/outlets/' as SitePath,
  timeline: '/timeline/' as SitePath,
  search: '/search/' as SitePath,
  /** The archive: by publication and issue, by year, by author. */
  archive: '/archive/' as SitePath,
  authors: '/authors/' as SitePath,
  publications: '/publications/' as SitePath,
} as const;

/**
 * The n-th page (from 1) of a list split over numbered pages: the first is the list's own
 * address, the others add their number ("/actors/iran/", "/actors/iran/2/"), the shape Astro's
 * `paginate()` gives a `[...page]` route.
 */
export const pagePath = (first: SitePath, n = 1): SitePath => (n <= 1 ? first : (`${first}${n}/` as SitePath));

/**
 * A page's path below a section, as the parameter of a `[...path]` route there:
 * ("/timeline/2021/november/", "/timeline/") → "2021/november". Routes that build many shapes of
 * page take their parameters from here, so that only this module spells the shapes.
 */
export function restParam(page: SitePath, under: SitePath): string {
  if (!page.startsWith(under) || page === under) throw new Error(`${page} is not below ${under}`);
  return page.slice(under.length, -1);
}

/**
 * The slug of a name in an address, and of an editor's file name: accents dropped, lowercase,
 * every run of other characters one hyphen ("Rami Jameel" → "rami-jameel", "Al Khadimi
 * Assassination Attempt" → "al-khadimi-assassination-attempt").
 */
export const slugFor = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const articlePath = (slug: string) => `/articles/${slug}/` as SitePath;
/** An actor's page; its older mentions are on numbered pages after it. */
export const actorPath = (id: string, page = 1) => pagePath(`${SECTIONS.actors}${id}/` as SitePath, page);
/** An outlet's page; its older citations are on numbered pages after it. */
export const outletPath = (id: string, page = 1) => pagePath(`${SECTIONS.outlets}${id}/` as SitePath, page);

// The archive.

/** An author's page, by the author's name as printed in bylines; older articles on numbered pages. */
export const authorPath = (name: string, page = 1) => pagePath(`${SECTIONS.authors}${slugFor(name)}/` as SitePath, page);
/** A periodical's page: its volumes and latest issue. */
export const publicationPath = (name: string) => `${SECTIONS.publications}${slugFor(name)}/` as SitePath;
/** A volume of a periodical: its issues. */
export const volumePath = (publication: string, volume: number) => `${publicationPath(publication)}volume-${volume}/` as SitePath;
/** An issue: its articles. An issue of a periodical without volumes hangs from the periodical itself. */
export const issuePath = (publication: string, volume: number | undefined, issue: number) =>
  `${volume === undefined ? publicationPath(publication) : volumePath(publication, volume)}issue-${issue}/` as SitePath;
/** The articles published in a year. */
export const archiveYearPath = (year: number | string) => `${SECTIONS.archive}${year}/` as SitePath;

// The timeline: an overview of years, a page per year, and where a year is dense a page per month.

/** The month names in timeline addresses: "/timeline/2021/november/". */
const MONTH_SLUGS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A year of the timeline; its n-th page when the year's own entries fill more than one. */
export const timelineYearPath = (year: number, page = 1) => pagePath(`${SECTIONS.timeline}${year}/` as SitePath, page);
/** A month (1–12) of a dense year of the timeline, and its n-th page. */
export const timelineMonthPath = (year: number, month: number, page = 1) =>
  pagePath(`${SECTIONS.timeline}${year}/${MONTH_SLUGS[month - 1]}/` as SitePath, page);

/** Every actor's name, kind and role, as JSON: what an actor's in-place card shows, fetched when one is first shown. */
export const ACTOR_GLOSSARY_PATH = `${SECTIONS.actors}glossary.json`;

/** The downloads of an article's citation ("Cite this article"): `cite.bib`, `cite.ris`, `cite.json`. */
export const articleCitationFile = (slug: string, extension: 'bib' | 'ris' | 'json') => `${articlePath(slug)}cite.${extension}`;

/** A link to an element of a page: the path with the anchor, or the anchor alone for the same page. */
export function href(page: SitePath | undefined, anchor?: Anchor | string): string {
  const hash = anchor ? `#${anchor}` : '';
  return page ? `${page}${hash}` : hash;
}

/** The anchor a link or location points to ("#source-a" → "source-a"), or undefined without one. */
export function anchorOf(hash: string): Anchor | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  return raw ? (decodeURIComponent(raw) as Anchor) : undefined;
}

// Anchors inside an article.

/** The heading of the Sources list. */
export const SOURCES_ANCHOR = 'sources-label' as Anchor;
/** The heading of the notes: the id Sätteri's GFM footnotes give it (see FOOTNOTES in src/markdown). */
export const NOTES_ANCHOR = 'footnote-label' as Anchor;
/** A cited source's entry in the Sources list. */
export const sourceAnchor = (citationId: string) => `source-${citationId}` as Anchor;
/** The n-th place (from 1) the text cites a source: where the entry's back-links return to. */
export const citingAnchor = (citationId: string, n: number) => `cite-${citationId}-${n}` as Anchor;
/** A note, by its label: GFM footnotes' own ids with an empty clobber prefix. */
export const noteAnchor = (label: string) => `fn-${label}` as Anchor;

// Anchors of the timeline.

/** A date or period's entry on the timeline: "2021-11-07" → `date-2021-11-07`, "2014/2017" → `date-2014-to-2017`. */
export const dateAnchor = (iso: string) => `date-${iso.replace('/', '-to-')}` as Anchor;

/** The date or period a timeline anchor stands for, unchecked: `date-2014-to-2017` → "2014/2017". */
export function isoOfDateAnchor(anchor: string): string | undefined {
  const m = /^date-(.+)$/.exec(anchor);
  return m ? m[1]!.replace('-to-', '/') : undefined;
}

/** A year's heading in a list in time order: the timeline, an actor's mentions, an outlet's citations, an author's articles. */
export const yearAnchor = (year: string | number) => `year-${year}` as Anchor;
/** A month's heading in such a list ("month-2021-11"). */
export const monthAnchor = (year: number, month: number) => `month-${year}-${String(month).padStart(2, '0')}` as Anchor;

// Search.

/** The folder of the search index and Pagefind's own script, written by the Pagefind integration. */
export const PAGEFIND_DIR = 'pagefind';
export const PAGEFIND_SCRIPT = `/${PAGEFIND_DIR}/pagefind.js`;
/** The folder of the older pages' index, which a search merges in after its first results (lib/search-split). */
export const OLDER_INDEX_DIR = `${PAGEFIND_DIR}/older`;

/** Every actor's spellings as JSON, for the search's "Did you mean …?" and the landing highlighter (src/pages/search/spellings.json.ts). */
export const SPELLINGS_FILE = `${SECTIONS.search}spellings.json`;

/** The query parameter of the search page. */
export const QUERY_PARAM = 'q';
/** The query parameter that carries the words searched for to the page a result leads to (Pagefind's name for it). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** A page's address as published, on the site's origin: what its canonical link and its JSON-LD give. */
export const canonicalUrl = (path: string, site: URL | undefined) => new URL(path, site).href;

/** The search page for a query, with its filters (`kind`, `actor`, `outlet`, `year`) and sort, as a reader can link to it. */
export function searchPath(query: string, params: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  if (query) search.set(QUERY_PARAM, query);
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const qs = search.toString();
  return qs ? `${SECTIONS.search}?${qs}` : SECTIONS.search;
}
