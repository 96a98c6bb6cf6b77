/**
 * schema.org data for the archive's pages: a list of articles is a `CollectionPage`, an author's
 * page a `ProfilePage` about a `Person`, a publication a `Periodical` of volumes, a volume a
 * `PublicationVolume` of issues, an issue a `PublicationIssue` of its volume and periodical, a page of
 * the timeline a `CollectionPage` of its period, a section's index a `CollectionPage`, the home page
 * the `WebSite` with its search.
 * Addresses are absolute, resolved against the page's own.
 */
import type { ArchiveArticle, Issue, Publication, Volume } from './archive';
import { profilePage } from './registry-json-ld';
import { articlePath, publicationPath, QUERY_PARAM, SECTIONS, volumePath } from './urls';

type Thing = Record<string, unknown>;

const absolute = (path: string, base: string) => new URL(path, base).href;

/** An article in a list: its headline and address; its own page carries the rest. */
const articleItem = (a: ArchiveArticle, base: string): Thing => ({ '@type': 'Article', headline: a.title, url: absolute(articlePath(a.id), base) });

/**
 * A page that lists: a year's articles (`articles`, the ones on it), a period of the timeline
 * (`temporalCoverage`, ISO 8601: "2021", "2021-11", "1990/1999"), or an index of a section.
 */
export function collectionJsonLd({ url, name, description, articles, temporalCoverage }: {
  url: string;
  name: string;
  description: string;
  articles?: ArchiveArticle[];
  temporalCoverage?: string;
}): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': url,
    url,
    name,
    description,
    ...(temporalCoverage ? { temporalCoverage } : {}),
    ...(articles ? { hasPart: articles.map((a) => articleItem(a, url)) } : {}),
  };
}

/** The home page: the site, and how to search it (schema.org's `SearchAction`, which search engines offer from their results). */
export function websiteJsonLd({ url, name, description }: { url: string; name: string; description: string }): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': url,
    url,
    name,
    description,
    potentialAction: { '@type': 'SearchAction', target: `${absolute(SECTIONS.search, url)}?${QUERY_PARAM}={query}`, 'query-input': 'required name=query' },
  };
}

/**
 * An author's page, `home` the first of them: the person, by the name printed in the bylines, and
 * the articles on the page. The first page is the person's profile; a later one lists more of their
 * articles, about them.
 */
export function authorJsonLd({ url, home, title, person, description, articles }: { url: string; home: string; title: string; person: string; description: string; articles: ArchiveArticle[] }): Thing {
  const page = absolute(home, url);
  return {
    ...profilePage({ url, home: page, name: title, description, entity: { '@type': 'Person', name: person, url: page } }),
    hasPart: articles.map((a) => articleItem(a, url)),
  };
}

/** A periodical as what an issue or a volume is part of. */
const periodicalOf = (name: string, publisher: string, base: string): Thing => ({
  '@type': 'Periodical',
  name,
  url: absolute(publicationPath(name), base),
  publisher: { '@type': 'Organization', name: publisher },
});

/** An issue in a list: its number, date and address; its own page carries its articles. */
const issueItem = (issue: Issue, base: string): Thing => ({ '@type': 'PublicationIssue', issueNumber: issue.issue, datePublished: issue.date, url: absolute(issue.path, base) });

/** A publication's page: the periodical, its volumes and the issues numbered without one. */
export function publicationJsonLd({ url, publication, description }: { url: string; publication: Publication; description: string }): Thing {
  return {
    '@context': 'https://schema.org',
    ...periodicalOf(publication.name, publication.publisher, url),
    '@id': url,
    description,
    hasPart: [
      ...publication.volumes.map((v) => ({ '@type': 'PublicationVolume', volumeNumber: v.volume, url: absolute(v.path, url) })),
      ...publication.issues.map((i) => issueItem(i, url)),
    ],
  };
}

/** A volume's page: the volume, part of its periodical, with its issues and the articles printed without one. */
export function volumeJsonLd({ url, volume, publisher, description }: { url: string; volume: Volume; publisher: string; description: string }): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'PublicationVolume',
    '@id': url,
    url,
    volumeNumber: volume.volume,
    description,
    isPartOf: periodicalOf(volume.publication, publisher, url),
    hasPart: [...volume.issues.map((i) => issueItem(i, url)), ...volume.loose.map((a) => articleItem(a, url))],
  };
}

/** An issue with its articles, part of its volume (when numbered) and its periodical. */
export function issueJsonLd({ url, issue, publisher, description }: { url: string; issue: Issue; publisher: string; description: string }): Thing {
  const periodical = periodicalOf(issue.publication, publisher, url);
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
