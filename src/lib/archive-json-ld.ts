/**
 * schema.org data for the archive's pages: a list of articles is a `CollectionPage`, an author's
 * page a `ProfilePage` about a `Person`, an issue a `PublicationIssue` of its volume and periodical.
 * Addresses are absolute, resolved against the page's own.
 */
import type { ArchiveArticle, Issue } from './archive';
import { articlePath, authorPath, publicationPath, volumePath } from './urls';

type Thing = Record<string, unknown>;

const absolute = (path: string, base: string) => new URL(path, base).href;

/** An article in a list: its headline and address; its own page carries the rest. */
const articleItem = (a: ArchiveArticle, base: string): Thing => ({ '@type': 'Article', headline: a.title, url: absolute(articlePath(a.id), base) });

/** A page listing articles (a year, a volume, a page of an author's): its name and the articles on it. */
export function collectionJsonLd({ url, name, description, articles }: { url: string; name: string; description: string; articles: ArchiveArticle[] }): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': url,
    url,
    name,
    description,
    hasPart: articles.map((a) => articleItem(a, url)),
  };
}

/** An author's page: the person, by the name printed in the bylines, and the articles on the page. */
export function authorJsonLd({ url, name, description, articles }: { url: string; name: string; description: string; articles: ArchiveArticle[] }): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': url,
    url,
    name,
    description,
    mainEntity: { '@type': 'Person', name, url: absolute(authorPath(name), url) },
    hasPart: articles.map((a) => articleItem(a, url)),
  };
}

/** An issue with its articles, part of its volume (when numbered) and its periodical. */
export function issueJsonLd({ url, issue, publisher, description }: { url: string; issue: Issue; publisher: string; description: string }): Thing {
  const periodical: Thing = {
    '@type': 'Periodical',
    name: issue.publication,
    url: absolute(publicationPath(issue.publication), url),
    publisher: { '@type': 'Organization', name: publisher },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'PublicationIssue',
    '@id': url,
    url,
    issueNumber: issue.issue,
    datePublished: issue.date,
    description,
    isPartOf:
      issue.volume === undefined
        ? periodical
        : { '@type': 'PublicationVolume', volumeNumber: issue.volume, url: absolute(volumePath(issue.publication, issue.volume), url), isPartOf: periodical },
    hasPart: issue.articles.map((a) => articleItem(a, url)),
  };
}
