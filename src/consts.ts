/** Site-wide constants: one place for the name and address used in pages, feeds and metadata. */
export const SITE = {
  name: 'Long Reads',
  description: 'Analytical long-reads, every claim one click from the outlet it cites.',
  url: 'https://longreads.example.org',
  lang: 'en',
} as const;
