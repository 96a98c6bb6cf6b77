/**
 * A real build of a generated archive of a few hundred articles, built once for every test here:
 * the bounds and links that only show with many articles. The articles are the benchmark's
 * variants of the real one (tests/bench/generate.ts), kept short (six paragraphs each) so that
 * the build takes about 15 s rather than a minute; the lists they fill are the same, several
 * pages deep. The 2,000-article build of full-length variants is in `npm run bench`.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, formatterFactory } from 'html-validate';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, ROOT } from '../bench/build';
import { writeContent } from '../bench/generate';
import { nonArticlePages } from '../bench/page-sizes';
import { checkLinks } from '../integrity/links';
import { PAGE_SIZE } from '../../src/lib/pagination';
import { inOlderIndex, NEWEST_ARTICLES, recentSince } from '../../src/lib/search-split';
import { OLDER_INDEX_DIR, PAGEFIND_DIR } from '../../src/lib/urls';

const ARTICLES = 200;
/** No page but an article may weigh more, gzipped (issue 11). */
const PAGE_BOUND = 50_000;

const temp = mkdtempSync(join(tmpdir(), 'longreads-archive-'));
const dist = join(temp, 'dist');
const read = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
/** What a Pagefind index holds, by page: its text, with the terms it indexed in ⟦…⟧. */
function indexedPages(dir: string): Map<string, string> {
  return new Map(
    readdirSync(join(dist, dir, 'fragment')).map((f) => {
      const text = gunzipSync(readFileSync(join(dist, dir, 'fragment', f))).toString('utf8');
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
      return [fragment.url, fragment.content];
    }),
  );
}
const pagesUnder = (folder: string) => readdirSync(join(dist, folder), { recursive: true }).map(String).filter((f) => f.endsWith('index.html'));

beforeAll(async () => {
  writeContent(join(ROOT, 'content'), join(ROOT, 'content/articles/al-khadimi-assassination-attempt.mdx'), join(temp, 'content'), ARTICLES, { paragraphs: 6 });
  const build = await astroBuild({
    contentDir: join(temp, 'content'),
    outDir: dist,
    cacheDir: join(temp, 'cache'),
    timeoutMs: 240_000,
    logFile: join(temp, 'build.log'),
    dotAstroMarker: 'longreads-archive-',
  });
  if (!build.ok) throw new Error(`the generated archive did not build: ${build.error}\n${readFileSync(join(temp, 'build.log'), 'utf8').slice(-3000)}`);
}, 300_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe(`a generated archive of ${ARTICLES} articles`, () => {
  test('no page but an article weighs more than 50 KB gzipped', () => {
    const pages = nonArticlePages(dist);
    expect(pages.length).toBeGreaterThan(ARTICLES);
    const over = pages.filter((p) => p.gzip > PAGE_BOUND).map((p) => `${p.path}: ${p.gzip} bytes gzipped`);
    expect(over).toEqual([]);
  });

  test('long lists run over numbered pages, none holding more than its page size', () => {
    const actorPages = pagesUnder('actors').filter((f) => f.split('/').length === 3);
    expect(actorPages.length, 'some actor has a second page').toBeGreaterThan(0);
    for (const page of actorPages) expect(read(`actors/${page.replace(/index\.html$/, '')}`).querySelectorAll('main blockquote').length).toBeLessThanOrEqual(PAGE_SIZE.mentions);
    const timelinePages = pagesUnder('timeline');
    expect(timelinePages.some((f) => /^\d{4}\/[a-z]+\/index\.html$/.test(f)), 'a dense year is split by month').toBe(true);
    for (const page of timelinePages) expect(read(`timeline/${page.replace(/index\.html$/, '')}`).querySelectorAll('main blockquote').length).toBeLessThanOrEqual(PAGE_SIZE.events);
    const authorPages = pagesUnder('authors').filter((f) => f.split('/').length === 3);
    expect(authorPages.length, 'some author has a second page').toBeGreaterThan(0);
  });

  test('every internal link and #anchor resolves, into later pages too', () => {
    const { checked, broken } = checkLinks(dist);
    expect(checked).toBeGreaterThan(10_000);
    expect(broken).toEqual([]);
  });

  test('pages in a sequence name their neighbours with rel="prev" and rel="next"', () => {
    const actor = pagesUnder('actors').find((f) => /^[^/]+\/2\/index\.html$/.test(f))!.split('/')[0]!;
    const second = read(`actors/${actor}/2/`);
    expect(second.querySelector('link[rel="prev"]')?.getAttribute('href')).toBe(`/actors/${actor}/`);
    expect(read(`actors/${actor}/`).querySelector('link[rel="next"]')?.getAttribute('href')).toBe(`/actors/${actor}/2/`);
    // An issue in the middle of a volume: the issues either side of it.
    const volume = 'publications/terrorism-monitor/volume-19';
    const numbers = readdirSync(join(dist, volume)).flatMap((d) => /^issue-(\d+)$/.exec(d)?.[1] ?? []).map(Number).sort((a, b) => a - b);
    const middle = numbers[Math.floor(numbers.length / 2)]!;
    const issue = read(`${volume}/issue-${middle}/`);
    expect(issue.querySelector('link[rel="prev"]')?.getAttribute('href')).toBe(`/${volume}/issue-${middle - 1}/`);
    expect(issue.querySelector('link[rel="next"]')?.getAttribute('href')).toBe(`/${volume}/issue-${middle + 1}/`);
  });

  test("a date search within outlets finds an outlet by its older citations too: the index holds their dates with the chart's year, the published page stays as it was", () => {
    const outlets = readdirSync(join(dist, 'outlets')).filter((o) => existsSync(join(dist, 'outlets', o, '2')));
    expect(outlets.length, 'some outlet has a second page').toBeGreaterThan(0);
    // An outlet has no date: its page is in the first index.
    const indexed = indexedPages(PAGEFIND_DIR);
    let checked = 0;
    for (const outlet of outlets) {
      const pages = readdirSync(join(dist, 'outlets', outlet)).filter((d) => /^\d+$/.test(d));
      const datesOn = (path: string) => read(path).querySelectorAll('li.citing-passage time').map((t) => t.getAttribute('datetime')!);
      const onFirst = new Set(datesOn(`outlets/${outlet}/`));
      const older = [...new Set(pages.flatMap((n) => datesOn(`outlets/${outlet}/${n}/`)))].filter((d) => !onFirst.has(d));
      checked += older.length;
      const content = indexed.get(`/outlets/${outlet}/`)!;
      const runs = content.match(/⟦[^⟧]*⟧/g)?.join(' ') ?? '';
      for (const iso of older) expect(runs, `${outlet}: ${iso}`).toContain(iso);
      // Readers' pages carry no search terms: the page's size does not grow with its dates.
      expect(readFileSync(join(dist, 'outlets', outlet, 'index.html'), 'utf8'), outlet).not.toContain('⟦');
    }
    expect(checked, 'dates cited only on later pages').toBeGreaterThan(20);
  });

  test("the search starts with an index of the latest articles' pages and the actors; the older pages are a second one, every date of which sorts before the first's", () => {
    const [newest, older] = [indexedPages(PAGEFIND_DIR), indexedPages(OLDER_INDEX_DIR)];
    expect([...newest.keys()].filter((path) => older.has(path)), 'no page in both').toEqual([]);
    const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
    /** The date a page is sorted by, as the page shows it: an article's, a timeline page's latest entry's, an outlet's latest citation's. */
    const dateOf = (path: string): string | undefined => {
      if (path.startsWith('/articles/')) return /"datePublished":"([^"]+)"/.exec(html(path))![1]!;
      if (path.startsWith('/timeline/')) return read(path).querySelectorAll('li.timeline-event').map((li) => li.getAttribute('data-date')!.split('/')[0]!).sort().at(-1);
      if (path.startsWith('/outlets/')) return read(path).querySelector('li.citing-passage time')?.getAttribute('datetime') ?? undefined;
      return undefined;
    };
    const articles = pagesUnder('articles').map((f) => `/articles/${f.replace(/index\.html$/, '')}`);
    const dates = articles.map((path) => dateOf(path)!).sort().reverse();
    const since = recentSince(dates);
    // This archive puts out more than NEWEST_ARTICLES articles a year: the first index holds its latest ones only.
    expect(since).toBe(dates[NEWEST_ARTICLES - 1]);
    expect(articles.filter((path) => newest.has(path)).length).toBeGreaterThanOrEqual(NEWEST_ARTICLES);
    const pages = [...newest.keys(), ...older.keys()].map((path) => ({ path, date: dateOf(path) }));
    for (const { path, date } of pages) expect(older.has(path), `${path} (${date ?? 'no date'})`).toBe(date !== undefined && inOlderIndex(date, since));
    const olderArticles = articles.filter((path) => older.has(path));
    expect(olderArticles.length, 'articles in the older index').toBeGreaterThan(0);
    expect(olderArticles.length, 'articles in the first index').toBeLessThan(articles.length);
    expect([...older.keys()].some((path) => path.startsWith('/timeline/')), 'timeline pages in the older index').toBe(true);
    expect([...newest.keys()].filter((p) => p.startsWith('/actors/')).length, 'every actor in the first index').toBe(pagesUnder('actors').filter((f) => f.split('/').length === 2).length);
    // What a search sorted by date relies on: the two indexes' dates meet end to end.
    const [olderDates, newestDates] = [older, newest].map((index) => pages.filter((p) => index.has(p.path) && p.date).map((p) => p.date!).sort());
    expect(olderDates.at(-1)! < newestDates[0]!, `${olderDates.at(-1)} before ${newestDates[0]}`).toBe(true);
  });

  test("the timeline's pages say how many pages their period takes, list a dense year's months on each of its pages, and end with other periods than their page numbers", () => {
    // A period's pages: "2021/", "2021/2/"; "2021/november/", "2021/november/2/".
    const scopes = Map.groupBy(pagesUnder('timeline').map((f) => f.replace(/index\.html$/, '')), (f) => f.replace(/(?<=\/)\d+\/$/, ''));
    let dense = 0;
    for (const [scope, paths] of scopes) {
      if (scope === '') continue;
      const byMonth = /^\d{4}\/$/.test(scope) && readdirSync(join(dist, 'timeline', scope)).some((d) => /^[a-z]+$/.test(d));
      for (const path of paths) {
        const page = read(`timeline/${path}`);
        const description = page.querySelector('meta[name="description"]')!.getAttribute('content')!;
        const claimed = /on (\d+) pages/.exec(description)?.[1];
        const months = page.querySelectorAll('nav[aria-labelledby="months-label"] a').length;
        if (byMonth) {
          // Its entries are mostly on its months' pages: a count of its own pages would mislead.
          dense += 1;
          expect(claimed, `/timeline/${path}: ${description}`).toBeUndefined();
          expect(description, `/timeline/${path}`).toContain('by month');
          expect(months, `/timeline/${path} lists its year's months`).toBeGreaterThan(0);
        } else {
          expect(claimed ? Number(claimed) : 1, `/timeline/${path}: ${description}`).toBe(paths.length);
        }
        const numbered = new Set(page.querySelectorAll('nav.pagination a').map((a) => a.getAttribute('href')));
        for (const a of page.querySelectorAll('nav.sequence a')) expect(numbered.has(a.getAttribute('href')), `/timeline/${path} → ${a.getAttribute('href')}`).toBe(false);
      }
    }
    expect(dense, 'pages of dense years').toBeGreaterThan(1);
  });

  test('a year on an actor page links to the page and the heading where that year begins', () => {
    const actor = pagesUnder('actors').find((f) => f.split('/').length === 3)!.split('/')[0]!;
    const bars = read(`actors/${actor}/`).querySelectorAll('.year-bars a').map((a) => a.getAttribute('href')!);
    expect(bars.some((href) => /\/\d+\/#year-\d{4}$/.test(href)), `${actor}: a year begins on a later page`).toBe(true);
  });

  test('an article without notes, citations or dates has no empty section and no link to one', () => {
    const page = read('articles/bench-bare-note/');
    const article = page.querySelector('article')!;
    expect(article.querySelectorAll('.article-body time')).toEqual([]);
    for (const id of ['sources-label', 'footnote-label', 'cite-label']) {
      const heading = page.getElementById(id);
      if (heading) expect(heading.nextElementSibling, `#${id} is followed by something`).not.toBeNull();
    }
    expect(page.getElementById('sources-label')).toBeNull();
    expect(page.getElementById('footnote-label')).toBeNull();
    for (const list of article.querySelectorAll('ol, ul')) expect(list.querySelectorAll('li').length, list.outerHTML.slice(0, 80)).toBeGreaterThan(0);
    for (const heading of article.querySelectorAll('h2, h3')) expect(heading.nextElementSibling, heading.text).not.toBeNull();
  });

  test('counts read as numbers of things: grouped digits, one thing in the singular, screen-reader labels too', () => {
    const nouns = 'articles|mentions|citations|entries|issues|volumes|authors|times|results';
    const one = new RegExp(`(?<![\\d,.])1 (?:dated )?(?:${nouns})\\b`);
    const ungrouped = new RegExp(`(?<![\\d,.])\\d{4,} (?:dated )?(?:${nouns})\\b`);
    const pages = ['actors', 'outlets', 'authors', 'timeline', 'archive', 'publications'].flatMap((folder) => pagesUnder(folder).map((f) => `${folder}/${f}`));
    pages.push('index.html');
    expect(pages.length).toBeGreaterThan(ARTICLES);
    const wrong: string[] = [];
    for (const file of pages) {
      const page = parse(readFileSync(join(dist, file), 'utf8'));
      const said = [page.querySelector('main')?.structuredText ?? '', page.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''].join(' ').replace(/\s+/g, ' ');
      const match = one.exec(said) ?? ungrouped.exec(said);
      if (match) wrong.push(`${file}: "${said.slice(Math.max(0, match.index - 30), match.index + 30)}"`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  test("a timeline page's description counts its month's or year's entries, as its lead does, not this page's alone", () => {
    const month = pagesUnder('timeline').map((f) => /^(\d{4}\/[a-z]+)\/2\/index\.html$/.exec(f)?.[1]).find(Boolean)!;
    expect(month, 'some month runs over two pages').toBeDefined();
    const pages = pagesUnder(`timeline/${month}`).map((f) => read(`timeline/${month}/${f.replace(/index\.html$/, '')}`));
    const entries = pages.reduce((sum, page) => sum + page.querySelectorAll('main blockquote').length, 0);
    const said = `${entries.toLocaleString('en')} entries`;
    for (const page of pages) {
      expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toContain(said);
      expect(page.querySelector('main p')?.text).toContain(said);
    }
  });

  test('the paginated, monthly and archive pages are valid HTML', async () => {
    const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8'));
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    // One page of each shape that only a large archive has.
    const actor = pagesUnder('actors').find((f) => f.split('/').length === 3)!;
    const author = pagesUnder('authors').find((f) => f.split('/').length === 3)!;
    const month = pagesUnder('timeline').find((f) => /^\d{4}\/[a-z]+\//.test(f))!;
    const sample = [`actors/${actor}`, `authors/${author}`, `timeline/${month}`, 'publications/terrorism-monitor/volume-19/index.html', 'archive/index.html', 'articles/bench-bare-note/index.html'];
    const failures = [];
    for (const file of sample) {
      expect(existsSync(join(dist, file)), file).toBe(true);
      const report = await validator.validateFile(join(dist, file));
      if (!report.valid) failures.push(...report.results);
    }
    expect(failures.length === 0 ? '' : formatterFactory('text')(failures)).toBe('');
  });
});
