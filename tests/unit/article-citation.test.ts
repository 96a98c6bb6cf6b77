import { describe, expect, it } from 'vitest';
import { articleCsl } from '../../src/lib/article-citation';
import { bibtex, cslJson, formatReference, ris } from '../../src/lib/citation-formats';
import type { ArticleData } from '../../src/schemas/article';

const URL = 'https://longreads.example.org/articles/al-khadimi-assassination-attempt/';
const TITLE = 'Assassination Attempt against Prime Minister Al-Khadimi Highlights Intra-Shia Divisions in Iraq';

const data: ArticleData = {
  title: TITLE,
  authors: ['Rami Jameel'],
  publication: { name: 'Terrorism Monitor', volume: 19, issue: 22, publisher: 'The Jamestown Foundation' },
  date: '2021-11',
  summary: 'A drone attack on the prime minister’s house.',
  citations: [],
};
const item = articleCsl({ id: 'al-khadimi-assassination-attempt', data, url: URL });

describe('the CSL item', () => {
  it('is a journal article in Terrorism Monitor, volume 19, issue 22, from its publisher', () => {
    expect(item).toMatchObject({
      id: 'al-khadimi-assassination-attempt',
      type: 'article-journal',
      title: TITLE,
      'container-title': 'Terrorism Monitor',
      volume: '19',
      issue: '22',
      publisher: 'The Jamestown Foundation',
      URL,
      language: 'en',
    });
  });

  it('keeps the month the article gives and invents no day', () => {
    expect(item.issued).toEqual({ 'date-parts': [[2021, 11]] });
  });

  it('gives a year alone for an article dated to the year', () => {
    expect(articleCsl({ id: 'x', data: { ...data, date: '2021' }, url: URL }).issued).toEqual({ 'date-parts': [[2021]] });
  });

  it('gives all three parts for an article dated to the day', () => {
    expect(articleCsl({ id: 'x', data: { ...data, date: '2021-11-07' }, url: URL }).issued).toEqual({ 'date-parts': [[2021, 11, 7]] });
  });

  it('splits a byline name into given and family names', () => {
    expect(item.author).toEqual([{ given: 'Rami', family: 'Jameel' }]);
  });

  it('keeps a one-word byline whole as a literal name', () => {
    expect(articleCsl({ id: 'x', data: { ...data, authors: ['Staff'] }, url: URL }).author).toEqual([{ literal: 'Staff' }]);
  });

  it('cites an article first published elsewhere at the address where it appeared first', () => {
    const original = 'https://jamestown.org/program/assassination-attempt/';
    expect(articleCsl({ id: 'x', data: { ...data, firstPublished: original }, url: URL }).URL).toBe(original);
    expect(formatReference(articleCsl({ id: 'x', data: { ...data, firstPublished: original }, url: URL }), 'chicago', 'text')).toContain(`(November 2021). ${original}.`);
  });

  it('leaves volume and issue out when the periodical has none', () => {
    const bare = articleCsl({ id: 'x', data: { ...data, publication: { name: 'Monitor', publisher: 'P' } }, url: URL });
    expect(bare).not.toHaveProperty('volume');
    expect(bare).not.toHaveProperty('issue');
  });
});

describe('the downloads', () => {
  it('BibTeX is an article with the byline as family, given names and the month as given', () => {
    const text = bibtex(item);
    expect(text).toMatch(/^@article\{\w+,/);
    for (const field of ['author = {Jameel, Rami}', 'journal = {Terrorism Monitor}', 'volume = {19}', 'number = {22}', 'year = {2021}', 'month = {11}', `url = {${URL}}`]) {
      expect(text).toContain(field);
    }
    expect(text).not.toMatch(/\bday = /);
  });

  it('RIS has one tag a line, the whole title and the month with no day', () => {
    const text = ris(item);
    for (const line of text.split('\r\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    for (const line of ['TY  - JOUR', `TI  - ${TITLE}`, 'AU  - Jameel, Rami', 'T2  - Terrorism Monitor', 'VL  - 19', 'IS  - 22', 'DA  - 2021/11//', `UR  - ${URL}`]) {
      expect(text).toContain(`${line}\r\n`);
    }
  });

  it('CSL-JSON is a list holding the item', () => {
    expect(JSON.parse(cslJson(item))).toEqual([item]);
  });
});

describe('the formatted references', () => {
  it('Chicago gives the "19, no. 22" form, the month and the URL', () => {
    expect(formatReference(item, 'chicago', 'text')).toBe(
      `Jameel, Rami. “${TITLE}.” Terrorism Monitor 19, no. 22 (November 2021). ${URL}.`,
    );
  });

  it('APA gives the year, volume and issue', () => {
    expect(formatReference(item, 'apa', 'text')).toBe(`Jameel, R. (2021). ${TITLE}. Terrorism Monitor, 19(22). ${URL}`);
  });

  it('HTML sets the periodical in italics, links the URL and escapes markup in the title', () => {
    const html = formatReference(articleCsl({ id: 'x', data: { ...data, title: 'Guns & <script>Roses</script>' }, url: URL }), 'chicago');
    expect(html).toContain('<i>Terrorism Monitor</i>');
    expect(html).toContain(`<a href="${URL}" rel="noopener noreferrer">`);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Guns &#38; &#60;script&#62;');
  });

  it('HTML cannot be broken out of through the URL', () => {
    const html = formatReference(articleCsl({ id: 'x', data, url: 'https://example.org/a"onmouseover="x' }), 'chicago');
    expect(html).toContain('href="https://example.org/a%22onmouseover=%22x"');
  });
});
