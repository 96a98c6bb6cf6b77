import { mdxToHast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { textBlocks } from '../../src/importer/blocks';
import { articleDate, citationDate } from '../../src/importer/citation-dates';
import { assignIds } from '../../src/importer/citation-ids';
import { findCitations } from '../../src/importer/citations';
import { importArticle } from '../../src/importer/import-article';
import { renderMdx } from '../../src/importer/mdx';
import { newOutletId, outletByDomain, outletByName } from '../../src/importer/outlets';
import { ambiguousPhrases, relativeDates, unknownNames } from '../../src/importer/scan';
import { slugOf } from '../../src/importer/slug';
import { readDate } from '../../src/importer/written-dates';
import { frontmatterOf, imported, siteRegistry } from './helpers';

describe('dates as written', () => {
  test.each([
    ['November 7', { month: 11, day: 7 }],
    ['May 14, 2018', { year: 2018, month: 5, day: 14 }],
    ['7 November 2021', { year: 2021, month: 11, day: 7 }],
    ['Sept. 3', { month: 9, day: 3 }],
    ['June 2020', { year: 2020, month: 6 }],
    ['2019', { year: 2019 }],
    ['2021-11-07', { year: 2021, month: 11, day: 7 }],
  ])('"%s"', (text, date) => {
    expect(readDate(text)).toEqual({ date, length: text.length });
  });

  test('a day that does not exist is no date', () => {
    expect(readDate('February 30')).toBeUndefined();
    expect(readDate('Novembr 7')).toBeUndefined();
  });
});

describe('a citation date without a year', () => {
  test('is in the article’s year', () => {
    expect(citationDate({ month: 11, day: 7 }, { year: 2021 })).toEqual({ iso: '2021-11-07' });
  });

  test('is in the year before where the article’s year would put it after the article', () => {
    const time = { textDate: '2021-01-15', year: 2021 };
    expect(citationDate({ month: 12, day: 20 }, time)).toEqual({ iso: '2020-12-20' });
    expect(citationDate({ month: 1, day: 15 }, time)).toEqual({ iso: '2021-01-15' });
    expect(citationDate({ month: 1 }, { textDate: '2021-01', year: 2021 })).toEqual({ iso: '2021-01' });
  });

  test('cannot be placed when the article has no year either', () => {
    expect(citationDate({ month: 11, day: 7 }, {})).toMatchObject({ problem: expect.stringContaining('has no year') });
    expect(citationDate({ month: 2, day: 29 }, { year: 2021 })).toEqual({ problem: 'is not a real date in 2021' });
  });

  test('the article’s own date, where the text gives none, is its latest citation’s month', () => {
    expect(articleDate(undefined, ['2014-06-09', '2021-11-12', '2021-11-07'])).toEqual({
      date: '2021-11',
      comment: 'The text gives no day of publication; its latest citation is of November 12, 2021.',
    });
    expect(articleDate('2021-11-19', ['2021-11-12'])).toEqual({ date: '2021-11-19' });
  });
});

describe('citation brackets', () => {
  const names = (name: string) => (name === 'The Jamestown Foundation' ? 'jamestown' : undefined);

  test('several sources in one bracket, each with its own words', () => {
    const text = 'He was arrested (arabi21.com, May 27; The Jamestown Foundation).';
    const { sources, notes, errors } = findCitations(text, names, 'content/outlets/');
    expect(sources.map((s) => [text.slice(s.start, s.end), s.source, s.date])).toEqual([
      ['arabi21.com, May 27', { domain: 'arabi21.com' }, { month: 5, day: 27 }],
      ['The Jamestown Foundation', { outlet: 'jamestown' }, undefined],
    ]);
    expect([notes, errors]).toEqual([[], []]);
  });

  test('a domain is read without its "www.", in lowercase', () => {
    expect(findCitations('(www.Rudaw.net, May 2)', names, 'content/outlets/').sources[0]!.source).toEqual({ domain: 'rudaw.net' });
  });

  test('brackets that are not citations stay text', () => {
    const { sources, notes } = findCitations('the PMF (PMF) in 2019 (2019), e.g. (U.S.)', names, 'content/outlets/');
    expect(sources).toEqual([]);
    expect(notes.map((n) => n.message)).toEqual([
      '"(PMF)" is not a citation: left as text',
      '"(2019)" is not a citation: left as text',
      '"(U.S.)" is not a citation: left as text',
    ]);
  });
});

describe('outlets', () => {
  const outlets = siteRegistry().outlets;

  test('match by domain, subdomains included, and by name with or without "The"', () => {
    expect(outletByDomain(outlets, 'english.aawsat.com')?.id).toBe('aawsat');
    expect(outletByDomain(outlets, 'aawsat.com.example')).toBeUndefined();
    expect(outletByName(outlets, 'Jamestown Foundation')?.id).toBe('jamestown');
    expect(outletByName(outlets, 'العربية')?.id).toBe('alarabiya');
  });

  test('a new outlet’s id is its domain’s name, or the whole domain where that is taken', () => {
    expect(newOutletId('shafaq.com', new Set())).toBe('shafaq');
    expect(newOutletId('alarab.co.uk', new Set())).toBe('alarab');
    expect(newOutletId('alarab.com', new Set(['alarab']))).toBe('alarab-com');
    expect(newOutletId('alarab.com', new Set(['alarab', 'alarab-com']))).toBe('alarab-com-2');
  });

  test('citation ids: one per source however often cited, and a number for another page of the same day', () => {
    const { citations, ids } = assignIds([
      { outlet: 'rudaw', date: '2021-11-07' },
      { outlet: 'jamestown' },
      { outlet: 'rudaw', date: '2021-11-07' },
      { outlet: 'rudaw', date: '2021-11-07', url: 'https://rudaw.net/b' },
    ]);
    expect(ids).toEqual(['rudaw-2021-11-07', 'jamestown', 'rudaw-2021-11-07', 'rudaw-2021-11-07-2']);
    expect(citations.map((c) => c.id)).toEqual(['rudaw-2021-11-07', 'jamestown', 'rudaw-2021-11-07-2']);
  });
});

describe('the MDX', () => {
  test('keeps the author’s characters that markdown or MDX would read as syntax', () => {
    const paragraphs = ['1. A {curly} <tag> with *stars*, _under_ [square] ~tilde~ and &amp; \\ `tick`', '# not a heading', 'import this, not a module', '- not a list'];
    const mdx = renderMdx({
      data: { title: 't', authors: ['a'], publication: { name: 'p', publisher: 'q' }, date: '2021', summary: 's', citations: [] },
      sections: paragraphs.map((text) => ({ kind: 'paragraph', inlines: [{ text }] })),
      notes: [],
    });
    // MDX as the build parses it: every paragraph one text, no expression, element or module.
    const tree = mdxToHast(mdx.slice(mdx.indexOf('\n---\n') + 5)) as { children: Array<{ tagName?: string; children?: Array<{ type: string; value?: string }> }> };
    const blocks = tree.children.filter((node) => node.tagName !== undefined);
    expect(blocks.map((node) => node.tagName)).toEqual(paragraphs.map(() => 'p'));
    expect(blocks.map((node) => node.children!.map((child) => (child.type === 'text' ? child.value : child.type)).join(''))).toEqual(paragraphs);
  });

  test('a citation’s words are linked, a note marker loses the space before it', () => {
    const { mdx } = imported('T; Publication: Terrorism Monitor Volume: 19 Issue: 22\n\nBy: A and B\n\nHe spoke (rudaw.net, November 7). [1]\n\nNotes\n\n[1] A note.');
    expect(mdx).toContain('\nHe spoke ([rudaw.net, November 7](cite:rudaw-2021-11-07)).[^1]\n\n\n[^1]: A note.\n');
    expect(frontmatterOf(mdx)).toMatchObject({ authors: ['A', 'B'] });
  });
});

describe('the header', () => {
  test('may put the publication on a line after the title, and give the date, which dates the citations', () => {
    const { mdx, report } = imported('A Title\n\nPublication: Terrorism Monitor\n\nBy: A\n\nJanuary 15, 2022\n\nHe spoke (rudaw.net, December 20).');
    const data = frontmatterOf(mdx);
    expect(data).toMatchObject({ title: 'A Title', date: '2022-01-15', publication: { name: 'Terrorism Monitor', publisher: 'The Jamestown Foundation' } });
    expect(data.citations).toEqual([{ id: 'rudaw-2021-12-20', outlet: 'rudaw', date: '2021-12-20' }]);
    expect(mdx).not.toContain('# The text gives no day');
    expect(report.forHuman.some((f) => f.message.startsWith('date:'))).toBe(false);
  });

  test('without a date or a volume, a citation without a year cannot be dated', () => {
    const { report, article } = importArticle('A Title; Publication: Terrorism Monitor\n\nBy: A\n\nHe spoke (rudaw.net, December 20).', {}, siteRegistry());
    expect(article).toBeUndefined();
    expect(report.errors).toContainEqual({
      line: 5,
      message: 'the date in "rudaw.net, December 20" has no year, and neither has the article: put its date on a line of its own after the byline (e.g. "November 19, 2021")',
    });
  });

  test('notes may follow the text without a "Notes" heading', () => {
    const { mdx, report } = imported('T; Publication: Terrorism Monitor Volume: 19 Issue: 22\n\nBy: A\n\nHe spoke (rudaw.net, May 2). [1]\n\n[1] A note.\n\nIts second paragraph.');
    expect(report.counts).toMatchObject({ paragraphs: 1, notes: 1 });
    expect(mdx).toContain('\n\n\n[^1]: A note.\n\n    Its second paragraph.\n');
  });

  test('hard-wrapped paragraphs are joined, and keep their line numbers; a byte order mark is no text', () => {
    const [block] = textBlocks('\uFEFFfirst line\nsecond  line\n');
    expect(block).toMatchObject({ text: 'first line second line', line: 1, lineStarts: [[0, 1], [11, 2]] });
  });
});

describe('what the report points at', () => {
  test('relative dates', () => {
    const text = 'Three years ago, and two days after that; last year, earlier this year, on the following day and on Sunday.';
    expect(relativeDates(text).map((s) => s.text)).toEqual(['Three years ago', 'two days after', 'last year', 'earlier this year', 'the following day', 'on Sunday']);
  });

  test('phrases that name someone without their name', () => {
    expect(ambiguousPhrases('by his late father and the Iraqi Prime Minister, not Prime Minister Mustafa al-Kadhimi').map((s) => s.text)).toEqual([
      'his late father',
      'the Iraqi Prime Minister',
    ]);
  });

  test('capitalised names, without the function words that start sentences', () => {
    const names = unknownNames('The Middle East is far. However, General Qaani came from the Department of the Treasury.', []);
    expect(names.map((n) => [n.text, n.initial])).toEqual([
      ['Middle East', false],
      ['General Qaani', false],
      ['Department of the Treasury', false],
    ]);
  });

  test('the slug is the title’s first words', () => {
    expect(slugOf('Assassination Attempt against Prime Minister Al-Khadimi Highlights Intra-Shia Divisions in Iraq')).toBe(
      'assassination-attempt-against-prime-minister-al-khadimi',
    );
    expect(slugOf('Iraq’s Élite Forces')).toBe('iraqs-elite-forces');
  });
});
