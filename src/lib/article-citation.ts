/**
 * "Cite this article": the article as one CSL-JSON item, which every citation format is made from
 * (`citation-formats`).
 */
import { parse as parseName } from '@citation-js/name';
import type { ArticleData } from '../schemas/article';
import type { CslItem, CslName } from './citation-formats';
import { parsePartialDate } from './dates';

/** A byline name in CSL parts; a single word (an institution, a pen name) stays whole. */
function cslName(name: string): CslName {
  const parts = parseName(name);
  return parts.family && parts.given ? parts : { literal: name };
}

/**
 * The article as a CSL-JSON item: the date at the precision the article gives, nothing invented.
 * An article first published elsewhere is cited where it was first published: the periodical's
 * page is the one its volume and issue refer to.
 */
export function articleCsl({ id, data, url, lang = 'en' }: { id: string; data: ArticleData; url: string; lang?: string }): CslItem {
  const date = parsePartialDate(data.date);
  if (!date) throw new Error(`${id}: not a date: "${data.date}"`);
  const { publication } = data;
  return {
    id,
    // A periodical issue with volume and number: "journal" gets Chicago's "19, no. 22" form.
    type: 'article-journal',
    title: data.title,
    author: data.authors.map(cslName),
    'container-title': publication.name,
    ...(publication.volume ? { volume: String(publication.volume) } : {}),
    ...(publication.issue ? { issue: String(publication.issue) } : {}),
    publisher: publication.publisher,
    issued: { 'date-parts': [[date.year, date.month, date.day].filter((n): n is number => n !== undefined)] },
    // Normalised through URL so that quotes and angle brackets are escaped before any HTML output.
    URL: new URL(data.firstPublished ?? url).href,
    language: lang,
  };
}
