/**
 * The `citation_*` meta tags that Google Scholar and Zotero read (Highwire Press names),
 * as name/content pairs in the order the Scholar inclusion guidelines list them.
 */
import type { ArticleData } from '../schemas/article';
import { parsePartialDate } from './dates';

/** "2021/11" for "2021-11": Scholar's slashes, at the precision the article gives. */
export function scholarDate(iso: string): string {
  const date = parsePartialDate(iso);
  if (!date) throw new Error(`not a date: "${iso}"`);
  return date.iso.replaceAll('-', '/');
}

export function scholarMeta({ data, url }: { data: ArticleData; url: string }): Array<[name: string, content: string]> {
  const { publication } = data;
  return [
    ['citation_title', data.title],
    ...data.authors.map((name): [string, string] => ['citation_author', name]),
    ['citation_publication_date', scholarDate(data.date)],
    ['citation_journal_title', publication.name],
    ...(publication.volume ? [['citation_volume', String(publication.volume)] as [string, string]] : []),
    ...(publication.issue ? [['citation_issue', String(publication.issue)] as [string, string]] : []),
    ['citation_publisher', publication.publisher],
    ['citation_public_url', url],
  ];
}
