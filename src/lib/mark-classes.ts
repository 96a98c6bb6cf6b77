/**
 * Classes of the marks the plugins add to the text. Part of the markup (markup.ts re-exports them),
 * in a module of their own because the script every article runs first (card-triggers.ts) needs
 * these three names only: imported from markup.ts, it would bring every name of the markup into
 * the article's first view.
 */
export const CLASS = {
  /** A citation's words, linking to its Sources entry. */
  citation: 'cite',
  /** An actor's first mention in a paragraph, linking to the actor's page. */
  actor: 'actor',
  /** A later mention of the same actor in the paragraph, marked for the passage index only. */
  mention: 'mention',
} as const;
