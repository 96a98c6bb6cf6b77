import { describe, expect, it } from 'vitest';
import { articleJsonLd, jsonForScript } from '../../src/lib/json-ld';
import { scholarDate, scholarMeta } from '../../src/lib/scholar-meta';
import type { ArticleData } from '../../src/schemas/article';
import type { OutletData } from '../../src/schemas/outlet';

const URL = 'https://longreads.example.org/articles/a/';
const data: ArticleData = {
  title: 'A Title',
  authors: ['Rami Jameel', 'Jane Doe'],
  publication: { name: 'Terrorism Monitor', volume: 19, issue: 22, publisher: 'The Jamestown Foundation' },
  date: '2021-11',
  summary: 'A summary.',
  citations: [
    { id: 'rudaw', outlet: 'rudaw', date: '2021-11-07' },
    { id: 'jamestown', outlet: 'jamestown', title: 'A Page', url: 'https://jamestown.org/a-page/', language: 'en' },
  ],
};
const outlets = new Map<string, OutletData>([
  ['rudaw', { name: 'Rudaw', domain: 'rudaw.net', languages: ['ku', 'ar', 'en'] }],
  ['jamestown', { name: 'The Jamestown Foundation', domain: 'jamestown.org', languages: ['en'] }],
]);
const jsonLd = articleJsonLd({ data, url: URL, lang: 'en', outlets });

describe('the JSON-LD', () => {
  it('describes an Article with its authors, publisher and month of publication', () => {
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'A Title',
      url: URL,
      author: [{ '@type': 'Person', name: 'Rami Jameel' }, { '@type': 'Person', name: 'Jane Doe' }],
      publisher: { '@type': 'Organization', name: 'The Jamestown Foundation' },
      datePublished: '2021-11',
    });
  });

  it('links each author to their page in the archive', () => {
    expect((jsonLd.author as Array<{ url: string }>).map((a) => a.url)).toEqual([new globalThis.URL('/authors/rami-jameel/', URL).href, new globalThis.URL('/authors/jane-doe/', URL).href]);
  });

  it("nests the article in issue 22 of volume 19 of Terrorism Monitor, with the issue's page", () => {
    expect(jsonLd.isPartOf).toMatchObject({
      '@type': 'PublicationIssue',
      issueNumber: 22,
      url: new globalThis.URL('/publications/terrorism-monitor/volume-19/issue-22/', URL).href,
      isPartOf: { '@type': ['PublicationVolume', 'Periodical'], volumeNumber: 19, name: 'Terrorism Monitor' },
    });
  });

  it('makes each source a CreativeWork published by its outlet, dated only where the article dates it', () => {
    expect(jsonLd.citation).toEqual([
      {
        '@type': 'CreativeWork',
        datePublished: '2021-11-07',
        inLanguage: 'ku',
        publisher: { '@type': 'Organization', name: 'Rudaw', url: 'https://rudaw.net/' },
      },
      {
        '@type': 'CreativeWork',
        name: 'A Page',
        url: 'https://jamestown.org/a-page/',
        inLanguage: 'en',
        publisher: { '@type': 'Organization', name: 'The Jamestown Foundation', url: 'https://jamestown.org/' },
      },
    ]);
  });

  it('says the page is based on the one where the article was first published, when it was', () => {
    const original = 'https://jamestown.org/program/a/';
    expect(articleJsonLd({ data: { ...data, firstPublished: original }, url: URL, lang: 'en', outlets }).isBasedOn).toBe(original);
    expect(jsonLd).not.toHaveProperty('isBasedOn');
  });

  it('names the citation whose outlet is missing', () => {
    expect(() => articleJsonLd({ data, url: URL, lang: 'en', outlets: new Map() })).toThrow(/citation "rudaw": no outlet "rudaw"/);
  });

  it('cannot close its script element from inside a value', () => {
    const text = jsonForScript({ headline: '</script><script>alert(1)</script><!--' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script><!--' });
  });
});

describe('the Scholar citation tags', () => {
  it('write the date with slashes at the precision given', () => {
    expect(scholarDate('2021')).toBe('2021');
    expect(scholarDate('2021-11')).toBe('2021/11');
    expect(scholarDate('2021-11-07')).toBe('2021/11/07');
  });

  it('list the title, each author, the date, the journal, volume, issue, publisher and address', () => {
    expect(scholarMeta({ data, url: URL })).toEqual([
      ['citation_title', 'A Title'],
      ['citation_author', 'Rami Jameel'],
      ['citation_author', 'Jane Doe'],
      ['citation_publication_date', '2021/11'],
      ['citation_journal_title', 'Terrorism Monitor'],
      ['citation_volume', '19'],
      ['citation_issue', '22'],
      ['citation_publisher', 'The Jamestown Foundation'],
      ['citation_public_url', URL],
    ]);
  });

  it('leave out volume and issue when the periodical has none', () => {
    const names = scholarMeta({ data: { ...data, publication: { name: 'M', publisher: 'P' } }, url: URL }).map(([name]) => name);
    expect(names).not.toContain('citation_volume');
    expect(names).not.toContain('citation_issue');
  });
});
