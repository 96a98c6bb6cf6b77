import type { Link } from './blocks';

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && a.end > b.start;
const WEB_ADDRESS = /^https?:\/\/[^/\s]+/i;

/**
 * The cited page of a citation in a saved HTML page: the one link around its words, when that
 * link covers no other citation and is a full web address. Otherwise why none is taken.
 */
export function citedUrl(citation: Span, others: Span[], links: Link[]): { url?: string; problem?: string } {
  const around = links.filter((l) => overlaps(l, citation));
  if (around.length === 0) return {};
  const [link] = around;
  if (around.length > 1 || others.some((o) => o !== citation && overlaps(link!, o))) {
    return { problem: 'one link covers several citations, or one citation has several links: no url taken' };
  }
  if (!WEB_ADDRESS.test(link!.href) || !URL.canParse(link!.href)) {
    return { problem: `the link "${link!.href}" is not a full web address: no url taken` };
  }
  return { url: link!.href };
}
