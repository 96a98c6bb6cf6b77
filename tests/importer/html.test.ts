import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { htmlBlocks } from '../../src/importer/html-blocks';
import { frontmatterOf, imported, SEED } from './helpers';

const PAGE_FILE = 'tests/fixtures/importer/saved-page.html';
const PAGE = readFileSync(PAGE_FILE, 'utf8');
const pageLine = (text: string) => PAGE.split('\n').findIndex((l) => l.includes(text)) + 1;

/** The seed as a publisher's page would carry it: paragraphs, bold headings, each one-source citation linked. */
function seedAsPage(): { html: string; links: number } {
  let links = 0;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const [titleLine, , byline, , ...body] = SEED.split('\n');
  const [title, publication] = titleLine!.split('; ');
  const blocks = body
    .filter((line) => line !== '')
    .map((line) =>
      line.split(' ').length > 10
        ? `<p>${escape(line).replace(/\(([a-z0-9.-]+\.[a-z]{2,}, [^;()]+)\)/g, (_, words: string) => `(<a href="https://example.org/cited/${++links}">${words}</a>)`)}</p>`
        : `<p><strong>${escape(line)}</strong></p>`,
    );
  const html = `<html><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1><div>${publication}</div><div>${byline}</div>${blocks.join('\n')}</article></body></html>`;
  return { html, links };
}

describe('a saved HTML page', () => {
  test('is read from its <h1> on, skipping page furniture, with each link where its words are', () => {
    const blocks = htmlBlocks(PAGE);
    expect(blocks[0]).toMatchObject({ role: 'title', line: pageLine('<h1>') });
    expect(blocks.some((b) => b.text.includes('Related') || b.text.includes('Home') || b.text.includes('dataLayer'))).toBe(false);
    const paragraph = blocks.find((b) => b.text.startsWith('In addition'))!;
    expect(paragraph.links.map((l) => [paragraph.text.slice(l.start, l.end), l.href])).toEqual([
      ['arabi21.com, May 27', 'https://arabi21.com/fixture/arrest'],
      ['The Jamestown Foundation', 'https://jamestown.org/fixture/program'],
    ]);
  });

  test('gives each citation the page its link points to, and a <sup> note number is a note marker', () => {
    const { mdx, report } = imported(PAGE, { html: true });
    expect(frontmatterOf(mdx).citations).toEqual([
      { id: 'rudaw-2021-11-07', outlet: 'rudaw', date: '2021-11-07', url: 'https://www.rudaw.net/fixture/attack-on-the-prime-minister' },
      { id: 'aljazeera-2021-11-05', outlet: 'aljazeera', date: '2021-11-05', url: 'https://www.aljazeera.net/fixture/clashes' },
      { id: 'arabi21-2021-05-27', outlet: 'arabi21', date: '2021-05-27', url: 'https://arabi21.com/fixture/arrest' },
      { id: 'jamestown', outlet: 'jamestown', url: 'https://jamestown.org/fixture/program' },
    ]);
    expect(mdx).toContain('considered al-Khadimi responsible ([aljazeera.net, November 5](cite:aljazeera-2021-11-05)).');
    expect(mdx).toContain('especially after the October elections.[^1]\n');
    expect(mdx).toContain('\n## Elections, Power, Money, and Militias\n');
    expect(report.counts).toEqual({ paragraphs: 3, headings: 1, citations: 4, sources: 4, notes: 1 });
    expect(report.forHuman).toContainEqual({ line: pageLine('two days after'), message: 'relative date "two days after": say which with [two days after](date:…)' });
  });

  test('of the whole seed imports as its text does, with the linked pages as urls', () => {
    const { html, links } = seedAsPage();
    const fromPage = imported(html, { html: true }).mdx;
    const fromText = imported(SEED).mdx;
    const urls = fromPage.match(/^ {4}url: .*\n/gm) ?? [];
    expect(links).toBe(22);
    expect(urls).toHaveLength(links);
    expect(fromPage.replace(/^ {4}url: .*\n/gm, '')).toBe(fromText);
  });

  test('a link around several citations gives none of them a url, and says so', () => {
    const page = PAGE.replace(
      '(<a href="https://arabi21.com/fixture/arrest">arabi21.com, May 27</a>; <a href="https://jamestown.org/fixture/program">The Jamestown Foundation</a>)',
      '(<a href="https://arabi21.com/fixture/arrest">arabi21.com, May 27; The Jamestown Foundation</a>)',
    );
    const { mdx, report } = imported(page, { html: true });
    expect(frontmatterOf(mdx).citations.filter((c) => c.url)).toHaveLength(2);
    expect(report.forHuman.filter((f) => f.message.startsWith('one link covers several citations'))).toHaveLength(2);
  });
});
