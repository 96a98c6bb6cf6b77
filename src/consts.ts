/** Site-wide constants: one place for the name and address used in pages, feeds and metadata. */
export const SITE = {
  name: 'Long Reads',
  description: 'Analytical long-reads, every claim one click from the outlet it cites.',
  url: 'https://longreads.example.org',
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
