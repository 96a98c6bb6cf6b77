import { describe, expect, test } from 'vitest';
import { buildArchive, issueName, newestFirst, type ArchiveArticle } from '../../src/lib/archive';
import { authorPath, slugFor } from '../../src/lib/urls';

const TM = { name: 'Terrorism Monitor', publisher: 'The Jamestown Foundation' };
const article = (id: string, date: string, publication: Partial<ArchiveArticle['publication']>, authors = ['Rami Jameel']): ArchiveArticle => ({
  id,
  file: `content/articles/${id}.mdx`,
  title: id.toUpperCase(),
  authors,
  publication: { ...TM, ...publication },
  date,
  summary: '',
});

describe('the archive', () => {
  const articles = [
    article('b', '2021-11', { volume: 19, issue: 22 }),
    article('a', '2021-11', { volume: 19, issue: 22 }, ['Jane Roe', 'Rami Jameel']),
    article('c', '2021-06', { volume: 19, issue: 12 }, ['Jane Roe']),
    article('d', '2020-01', { volume: 18, issue: 1 }),
    article('e', '2020-05', { volume: 18 }),
    article('f', '2019', { name: 'Other Review', publisher: 'Other' }),
  ];
  const archive = buildArchive(articles);

  test('files articles by publication, volume and issue, each issue in order', () => {
    const tm = archive.publications.find((p) => p.name === 'Terrorism Monitor')!;
    expect(tm.path).toBe('/publications/terrorism-monitor/');
    expect(tm.volumes.map((v) => [v.volume, v.issues.map((i) => i.issue), v.loose.map((a) => a.id), v.path])).toEqual([
      [18, [1], ['e'], '/publications/terrorism-monitor/volume-18/'],
      [19, [12, 22], [], '/publications/terrorism-monitor/volume-19/'],
    ]);
    const issue22 = tm.volumes[1]!.issues[1]!;
    expect(issue22.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(issue22.path).toBe('/publications/terrorism-monitor/volume-19/issue-22/');
    expect(issueName(issue22)).toBe('Terrorism Monitor, Volume 19, Issue 22');
    expect(tm.latestIssue).toBe(issue22);
    expect(archive.latestIssue).toBe(issue22);
    expect(archive.issueOf.get('c')?.issue).toBe(12);
    expect(archive.issueOf.has('f')).toBe(false);
  });

  test('files articles by author, newest first, and by year', () => {
    expect(archive.authors.map((a) => [a.name, a.articles.map((x) => x.id), a.path])).toEqual([
      ['Jane Roe', ['a', 'c'], '/authors/jane-roe/'],
      ['Rami Jameel', ['a', 'b', 'e', 'd', 'f'], '/authors/rami-jameel/'],
    ]);
    expect(archive.years.map((y) => [y.year, y.articles.length, y.path])).toEqual([
      [2021, 3, '/archive/2021/'],
      [2020, 2, '/archive/2020/'],
      [2019, 1, '/archive/2019/'],
    ]);
  });

  test('newest first puts the later issue of a month first, each issue in its own order', () => {
    const month = [
      article('z-note', '2021-11', { volume: 19, issue: 22 }),
      article('a-early', '2021-11', { volume: 19, issue: 21 }),
      article('b-early', '2021-11', { volume: 19, issue: 21 }),
      article('m-late', '2021-11', { volume: 19, issue: 22 }),
      article('older', '2021-10', { volume: 19, issue: 20 }),
    ];
    const order = ['m-late', 'z-note', 'a-early', 'b-early', 'older'];
    expect(buildArchive(month).years[0]!.articles.map((a) => a.id)).toEqual(order);
    expect(buildArchive(month).authors[0]!.articles.map((a) => a.id)).toEqual(order);
    expect([...month].reverse().sort(newestFirst).map((a) => a.id)).toEqual(order);
  });

  test('an author spelled two ways that would share a page stops the build, naming both files', () => {
    expect(slugFor('Rámi  Jameel')).toBe('rami-jameel');
    expect(authorPath('Rámi Jameel', 2)).toBe('/authors/rami-jameel/2/');
    expect(() => buildArchive([article('x', '2021', {}), article('y', '2021', {}, ['Rámi Jameel'])])).toThrow(
      'content/articles/y.mdx: authors[0]: "Rámi Jameel" is spelled "Rami Jameel" in content/articles/x.mdx; one name has one page, so spell it the same way in both',
    );
  });
});
