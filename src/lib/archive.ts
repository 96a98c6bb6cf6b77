/**
 * The archive as a periodical's readers browse it: publications, their volumes and issues, authors
 * and years, computed once from every article's frontmatter. Pure: no Astro.
 */
import { sortKey } from './dates';
import { ContentError } from './content-error';
import { archiveYearPath, authorPath, issuePath, slugFor, publicationPath, volumePath, type SitePath } from './urls';

/** What the archive needs of an article: its frontmatter, its id and its file (for errors). */
export interface ArchiveArticle {
  id: string;
  file?: string;
  title: string;
  authors: string[];
  publication: { name: string; volume?: number; issue?: number; publisher: string };
  date: string;
  summary: string;
}

export interface Issue {
  publication: string;
  volume?: number;
  issue: number;
  /** The issue's date: its articles' latest. */
  date: string;
  /** In the order of the issue: by date, then by title. */
  articles: ArchiveArticle[];
  path: SitePath;
}

export interface Volume {
  publication: string;
  volume: number;
  /** Oldest first, as they appeared. */
  issues: Issue[];
  /** Articles of the volume printed without an issue number. */
  loose: ArchiveArticle[];
  /** The years its articles were published in, oldest first. */
  years: number[];
  articleCount: number;
  path: SitePath;
}

export interface Publication {
  name: string;
  publisher: string;
  /** Oldest first. */
  volumes: Volume[];
  /** Issues numbered without a volume, oldest first. */
  issues: Issue[];
  /** The latest issue, by date. */
  latestIssue?: Issue;
  articleCount: number;
  path: SitePath;
}

export interface Author {
  name: string;
  /** Newest first. */
  articles: ArchiveArticle[];
  path: SitePath;
}

export interface ArchiveYear {
  year: number;
  /** Newest first. */
  articles: ArchiveArticle[];
  path: SitePath;
}

export interface Archive {
  publications: Publication[];
  /** By name. */
  authors: Author[];
  /** Newest first. */
  years: ArchiveYear[];
  /** The latest issue of any publication. */
  latestIssue?: Issue;
  /** Each article's issue, by article id, where it has one. */
  issueOf: Map<string, Issue>;
}

/** What putting articles in order reads of them. */
type Ordered = Pick<ArchiveArticle, 'id' | 'title' | 'date' | 'publication'>;

const inIssueOrder = (a: Ordered, b: Ordered) => sortKey(a.date).localeCompare(sortKey(b.date)) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

/**
 * The order of every newest-first list of articles (a year, an author, the feed, the home page).
 * Articles are dated to the month, so one date holds several issues: the later issue comes first,
 * and one issue's articles keep the issue's own order.
 */
export const newestFirst = (a: Ordered, b: Ordered): number =>
  sortKey(b.date).localeCompare(sortKey(a.date)) ||
  a.publication.name.localeCompare(b.publication.name) ||
  (b.publication.volume ?? 0) - (a.publication.volume ?? 0) ||
  (b.publication.issue ?? 0) - (a.publication.issue ?? 0) ||
  inIssueOrder(a, b);

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/**
 * Names that would share an address must be spelled the same: "Rami Jameel" and "Rámi Jameel" are
 * one author's page, so the second spelling is a mistake in the byline, not a second author.
 */
function bySlug(articles: ArchiveArticle[], names: (a: ArchiveArticle) => Array<[field: string, name: string]>): Map<string, { name: string; articles: ArchiveArticle[] }> {
  const groups = new Map<string, { name: string; first: ArchiveArticle; articles: ArchiveArticle[] }>();
  for (const article of articles) {
    for (const [field, name] of names(article)) {
      const slug = slugFor(name);
      if (!slug) throw new ContentError(article.file ?? article.id, field, `"${name}" has no letters or digits to make an address of`);
      const group = groups.get(slug);
      if (!group) groups.set(slug, { name, first: article, articles: [article] });
      else if (group.name !== name) {
        throw new ContentError(article.file ?? article.id, field, `"${name}" is spelled "${group.name}" in ${group.first.file ?? group.first.id}; one name has one page, so spell it the same way in both`);
      } else if (group.articles.at(-1) !== article) group.articles.push(article);
    }
  }
  return groups;
}

function issues(articles: ArchiveArticle[], publication: string, volume: number | undefined): Issue[] {
  const numbered = Map.groupBy(articles.filter((a) => a.publication.issue !== undefined), (a) => a.publication.issue!);
  return [...numbered]
    .map(([issue, list]) => ({
      publication,
      volume,
      issue,
      date: list.map((a) => a.date).sort((a, b) => sortKey(a).localeCompare(sortKey(b))).at(-1)!,
      articles: list.sort(inIssueOrder),
      path: issuePath(publication, volume, issue),
    }))
    .sort((a, b) => a.issue - b.issue);
}

const latest = (list: Issue[]) => list.reduce<Issue | undefined>((best, i) => (!best || sortKey(i.date) > sortKey(best.date) || (i.date === best.date && i.issue > best.issue) ? i : best), undefined);

/** Every article filed by publication, volume and issue, by author and by year. */
export function buildArchive(articles: ArchiveArticle[]): Archive {
  const publications = [...bySlug(articles, (a) => [['publication.name', a.publication.name]]).values()]
    .map(({ name, articles: list }) => {
      const volumes = [...Map.groupBy(list.filter((a) => a.publication.volume !== undefined), (a) => a.publication.volume!)]
        .map(([volume, inVolume]): Volume => ({
          publication: name,
          volume,
          issues: issues(inVolume, name, volume),
          loose: inVolume.filter((a) => a.publication.issue === undefined).sort(newestFirst),
          years: [...new Set(inVolume.map((a) => yearOf(a.date)))].sort((a, b) => a - b),
          articleCount: inVolume.length,
          path: volumePath(name, volume),
        }))
        .sort((a, b) => a.volume - b.volume);
      const unvolumed = issues(list.filter((a) => a.publication.volume === undefined), name, undefined);
      return {
        name,
        publisher: list[0]!.publication.publisher,
        volumes,
        issues: unvolumed,
        latestIssue: latest([...volumes.flatMap((v) => v.issues), ...unvolumed]),
        articleCount: list.length,
        path: publicationPath(name),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const allIssues = publications.flatMap((p) => [...p.volumes.flatMap((v) => v.issues), ...p.issues]);
  const issueOf = new Map(allIssues.flatMap((issue) => issue.articles.map((a) => [a.id, issue] as const)));
  const authors = [...bySlug(articles, (a) => a.authors.map((name, i) => [`authors[${i}]`, name]))
    .values()]
    .map(({ name, articles: list }) => ({ name, articles: list.sort(newestFirst), path: authorPath(name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const years = [...Map.groupBy(articles, (a) => yearOf(a.date))]
    .map(([year, list]) => ({ year, articles: list.sort(newestFirst), path: archiveYearPath(year) }))
    .sort((a, b) => b.year - a.year);
  return { publications, authors, years, latestIssue: latest(allIssues), issueOf };
}

/** "Terrorism Monitor, Volume 19, Issue 22": how an issue is named in headings and links. */
export function issueName(issue: Pick<Issue, 'publication' | 'volume' | 'issue'>): string {
  return [issue.publication, issue.volume !== undefined && `Volume ${issue.volume}`, `Issue ${issue.issue}`].filter(Boolean).join(', ');
}
