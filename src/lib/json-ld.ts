/** schema.org data for an article page: the article, the issue it appeared in, and every source it cites. */
import type { ArticleData, Citation } from '../schemas/article';
import type { OutletData } from '../schemas/outlet';
import { outletUrl } from './sources';
import { authorPath, issuePath } from './urls';

type Thing = Record<string, unknown>;

const organization = (name: string, url?: string): Thing => ({ '@type': 'Organization', name, ...(url ? { url } : {}) });

/** One cited source: the outlet as publisher, and only the title, page and date the article knows. */
function citedWork(citation: Citation, outlet: OutletData): Thing {
  return {
    '@type': 'CreativeWork',
    ...(citation.title ? { name: citation.title } : {}),
    ...(citation.url ? { url: citation.url } : {}),
    ...(citation.date ? { datePublished: citation.date } : {}),
    inLanguage: citation.language ?? outlet.languages[0],
    publisher: {
      ...organization(outlet.name, outletUrl(outlet.domain)),
      ...(outlet.nativeName ? { alternateName: outlet.nativeName } : {}),
    },
  };
}

/**
 * The Article with its periodical as schema.org's bibliographic extension nests it
 * (issue, part of a volume that is also the periodical). `datePublished` keeps the partial
 * ISO date as written, which schema.org's Date accepts: a month is never turned into a day.
 */
export function articleJsonLd({ data, url, lang, outlets }: {
  data: ArticleData;
  url: string;
  lang: string;
  outlets: ReadonlyMap<string, OutletData>;
}): Thing {
  const { publication } = data;
  const publisher = organization(publication.publisher);
  const periodical: Thing = {
    '@type': publication.volume ? ['PublicationVolume', 'Periodical'] : 'Periodical',
    name: publication.name,
    ...(publication.volume ? { volumeNumber: publication.volume } : {}),
    publisher,
  };
  // The archive's pages for the issue and the authors, as absolute addresses.
  const at = (path: string) => new URL(path, url).href;
  const partOf = publication.issue
    ? { '@type': 'PublicationIssue', issueNumber: publication.issue, url: at(issuePath(publication.name, publication.volume, publication.issue)), datePublished: data.date, isPartOf: periodical }
    : periodical;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: data.title,
    description: data.summary,
    inLanguage: lang,
    author: data.authors.map((name) => ({ '@type': 'Person', name, url: at(authorPath(name)) })),
    publisher,
    datePublished: data.date,
    isPartOf: partOf,
    // This page carries the text of the one where it was first published.
    ...(data.firstPublished ? { isBasedOn: data.firstPublished } : {}),
    citation: data.citations.map((citation) => {
      const outlet = outlets.get(citation.outlet);
      if (!outlet) throw new Error(`citation "${citation.id}": no outlet "${citation.outlet}"`);
      return citedWork(citation, outlet);
    }),
  };
}

/** JSON for a <script> element: "<" is escaped so that no value can close the element or open a comment. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c');
