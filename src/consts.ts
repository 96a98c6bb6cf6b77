/**
 * Site-wide constants: one place for the name and address used in pages, feeds and metadata.
 * The address comes from the environment, so that one build serves one deploy.
 */

/** Where `npm start` serves the site: the address of a build that was given none. */
export const LOCAL_URL = 'http://localhost:4321';

/**
 * The site's public address from SITE_URL (`SITE_URL=https://reads.example.com npm run build`),
 * without a trailing slash; LOCAL_URL when it is not set. Canonical links, Open Graph, the sitemap,
 * the feed and "Cite this article" use it. Anything but an absolute http(s) address stops the build.
 */
export function siteUrl(value: string | undefined): string {
  if (!value) return LOCAL_URL;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL: "${value}" is not the address of a site: give an absolute http(s) address with no path, e.g. https://reads.example.com`);
  }
  return url.origin;
}

export const SITE = {
  name: 'Long Reads',
  description: 'Analytical long-reads, every claim one click from the outlet it cites.',
  url: siteUrl(process.env.SITE_URL),
  lang: 'en',
} as const;

/**
 * Where the content lives. `CONTENT_DIR` points a build at another folder: the bad-input
 * fixtures and the benchmark's generated articles are built that way, never by copying code.
 */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? './content';
}

/** A collection's folder as messages name it to an editor, relative to the project ("content/" and the collection). */
export const contentFolder = (collection: 'articles' | 'actors' | 'outlets' | 'publications', root = contentDir()) =>
  `${root.replace(/^\.\//, '').replace(/\/$/, '')}/${collection}/`;
