import { href, sourceAnchor } from '../lib/urls';
import { indexedArticles } from './articles';
import { byDate } from '../lib/dates';

export interface CitationUse {
  articleId: string;
  title: string;
  citationId: string;
  date?: string;
  sentence: string;
  /** The citing paragraph. */
  href: string;
  /** The citation's entry in the article's Sources. */
  sourceHref: string;
}

/** The year a citation's outlet published it, for grouping; "Undated" when the text gives no date. */
export const citationYear = (use: CitationUse) => use.date?.slice(0, 4) ?? 'Undated';

let cached: Promise<Map<string, CitationUse[]>> | undefined;

/** Every use of every citation across all articles, grouped by outlet id, newest first; computed once per build. */
export function citationsByOutlet(): Promise<Map<string, CitationUse[]>> {
  cached ??= groupCitations();
  return cached;
}

async function groupCitations(): Promise<Map<string, CitationUse[]>> {
  const byOutlet = new Map<string, CitationUse[]>();
  for (const { entry, url, index } of await indexedArticles()) {
    const declared = new Map(entry.data.citations.map((c) => [c.id, c]));
    for (const use of index.citations) {
      const citation = declared.get(use.citation)!;
      const list = byOutlet.get(citation.outlet) ?? [];
      list.push({
        articleId: entry.id,
        title: entry.data.title,
        citationId: citation.id,
        date: citation.date,
        sentence: use.sentence,
        href: href(url, use.passage),
        sourceHref: href(url, sourceAnchor(citation.id)),
      });
      byOutlet.set(citation.outlet, list);
    }
  }
  // Newest first, undated last: the order in which an outlet's reporting is read.
  for (const [outlet, list] of byOutlet) byOutlet.set(outlet, byDate(list, (use) => use.date, 'newest first'));
  return byOutlet;
}
