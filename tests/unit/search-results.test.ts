import { describe, expect, test } from 'vitest';
import { readContent, readResult, type Excerpt, type PagefindFragment } from '../../src/lib/search-results';

/**
 * A Pagefind result as `data()` gives it, written the way Pagefind writes a page's content: the
 * indexed attributes' ⟦…⟧ terms before the words they stand for. Anchors are given by the word
 * they start at (`"p#p-one@A"`), hits by the words a query found.
 */
function fragment(content: string, anchors: string[], hits: (word: string, at: number) => boolean, meta = {}): PagefindFragment {
  const words = content.split(/\s+/);
  return {
    url: '/articles/x/',
    content,
    meta: { title: 'The article', kind: 'article', ...meta },
    anchors: anchors.map((spec) => {
      const [, element, id, first, nth = '1'] = /^(\w+)#([\w-]+)@(\S+?)(?::(\d+))?$/.exec(spec)!;
      const location = words.map((w, i) => [w, i] as const).filter(([w]) => w === first)[Number(nth) - 1]![1];
      return { element: element!, id: id!, location, text: element!.startsWith('h') ? words.slice(location, location + 1).join(' ').replace(/\.$/, '') : '' };
    }),
    weighted_locations: words.flatMap((w, i) => (hits(w, i) ? [{ weight: 1, balanced_score: 10, location: i }] : [])),
  };
}

const text = (excerpt: Excerpt) => excerpt.map((p) => p.text).join('');
const marked = (excerpt: Excerpt) => excerpt.filter((p) => p.mark).map((p) => p.text);

const ARTICLE =
  'The article. By someone. ' +
  'A loud explosion on ⟦2021-11-07; November 7; Nov 7⟧ November 7 hit the house of ⟦Mustafa al-Kadhimi; al-Kadhimi; Kazemi⟧ Mustafa al-Kadhimi. ' +
  'The attack followed ( rudaw.net, November 5). ' +
  'Elections. ' +
  'Iran’s adviser, ⟦Ali Shamkhani; Ali Shamakhani; Shamakhani; Shamkhani⟧ Ali Shamakhani, spoke of the attack on ⟦2021-11-07; November 7; Nov 7⟧ November 7 and more. ' +
  'Another paragraph on the “ ⟦Green Zone; International Zone⟧ Green Zone.”';
const ANCHORS = ['p#p-one@A', 'a#cite-rudaw@rudaw.net,', 'h2#elections@Elections.', 'p#p-two@Iran’s', 'p#p-three@Another'];

describe('reading a result', () => {
  test('the words a query found in the added terms highlight the words they stand for, and the terms never show', () => {
    const result = readResult(fragment(ARTICLE, ANCHORS, (w) => w.includes('Kazemi')), 'Kazemi');
    expect(marked(result.excerpt)).toEqual(['Mustafa al-Kadhimi']);
    expect(text(result.excerpt)).not.toMatch(/⟦|⟧|Kazemi/);
    expect(text(result.excerpt)).toContain('hit the house of Mustafa al-Kadhimi.');
  });

  test('a spelling in the text is highlighted as it stands, punctuation left out of the mark', () => {
    const result = readResult(fragment(ARTICLE, ANCHORS, (w) => /Shamkhani/.test(w)), 'Shamkhani');
    expect(marked(result.excerpt)).toEqual(['Ali Shamakhani']);
    expect(text(result.excerpt)).toContain('Ali Shamakhani, spoke');
  });

  test('passages are paragraphs, named by their section and place in it, with a link to the paragraph', () => {
    const result = readResult(fragment(ARTICLE, ANCHORS, (w) => /Nov|^7$/.test(w)), 'Nov 7');
    expect(result.passages.map((p) => [p.title, p.url])).toEqual([
      ['Opening, paragraph 1', '/articles/x/#p-one'],
      ['Elections, paragraph 1', '/articles/x/#p-two'],
    ]);
  });

  test('a link inside a paragraph does not cut it in two', () => {
    const result = readResult(fragment(ARTICLE, ANCHORS, (w) => w === '5).'), 'November 5');
    expect(result.passages.map((p) => p.url)).toEqual(['/articles/x/#p-one']);
  });

  test('the passage holding more of the words searched for comes first', () => {
    const result = readResult(fragment(ARTICLE, ANCHORS, (w) => /Shamkhani|^attack/.test(w)), 'Shamkhani attack');
    expect(result.passages[0]!.url).toBe('/articles/x/#p-two');
  });

  test('the excerpt’s own passage is listed, but its words are not quoted twice', () => {
    const result = readResult(fragment(ARTICLE, ANCHORS, (w) => /Shamkhani/.test(w)), 'Shamkhani');
    expect(result.excerptPassage).toBe(result.passages[0]);
  });

  test('the words searched for go with every link, before the anchor', () => {
    const linkParams = new URLSearchParams([['pagefind-highlight', 'Nov'], ['pagefind-highlight', '7']]);
    const result = readResult(fragment(ARTICLE, ANCHORS, (w) => /Nov/.test(w)), 'Nov 7', { linkParams });
    expect(result.url).toBe('/articles/x/?pagefind-highlight=Nov&pagefind-highlight=7');
    expect(result.passages[0]!.url).toBe('/articles/x/?pagefind-highlight=Nov&pagefind-highlight=7#p-one');
  });

  test('Pagefind’s space after an opening quote is not shown', () => {
    const result = readResult(fragment(ARTICLE, ANCHORS, (w) => w.startsWith('⟦Green')), 'Green');
    expect(text(result.excerpt)).toContain('on the “Green Zone.”');
    expect(marked(result.excerpt)).toEqual(['Green Zone']);
  });

  test('a page without anchors has its excerpt and no passages', () => {
    const result = readResult(fragment('Moqtada al-Sadr. Cleric. Also written. Muqtada. Sadr.', [], (w) => w === 'Muqtada.', { kind: 'actor', title: 'Moqtada al-Sadr' }), 'Muqtada');
    expect(result).toMatchObject({ title: 'Moqtada al-Sadr', kind: 'actor', url: '/articles/x/', passages: [] });
    expect(marked(result.excerpt)).toEqual(['Muqtada']);
  });
});

describe('timeline passages', () => {
  const TIMELINE =
    'Timeline. 2016. In 2016, parliament acted on the Sadr question. ' +
    '⟦2021-11-07; Nov 7⟧ November 7, 2021. Sadr spoke. ' +
    '2003. Sadr rose.';
  const anchors = ['li#date-2016@2016.', 'li#date-2021-11-07@⟦2021-11-07;', 'li#date-2003@2003.'];
  const sadr = (w: string) => w.startsWith('Sadr');

  test('an entry is named by its date', () => {
    const result = readResult(fragment(TIMELINE, anchors, sadr, { kind: 'date', title: 'Timeline' }), 'Sadr');
    expect(result.passages.map((p) => p.title).sort()).toEqual(['2003', '2016', 'November 7, 2021']);
  });

  test('an entry is quoted after its date, not repeating it', () => {
    const result = readResult(fragment(TIMELINE, anchors, sadr, { kind: 'date', title: 'Timeline' }), 'Sadr');
    const entry = result.passages.find((p) => p.iso === '2021-11-07')!;
    expect(text(entry.excerpt)).toBe('Sadr spoke.');
  });

  test('entries can be put in order of date, either way', () => {
    const frag = fragment(TIMELINE, anchors, sadr, { kind: 'date', title: 'Timeline' });
    expect(readResult(frag, 'Sadr', { sortByDate: 'asc' }).passages.map((p) => p.iso)).toEqual(['2003', '2016', '2021-11-07']);
    expect(readResult(frag, 'Sadr', { sortByDate: 'desc' }).passages.map((p) => p.iso)).toEqual(['2021-11-07', '2016', '2003']);
  });

  test('a paragraph’s date for sorting is the first its added date forms name', () => {
    const result = readResult(fragment(ARTICLE, ANCHORS, (w) => /Shamkhani/.test(w)), 'Shamkhani', { sortByDate: 'asc' });
    expect(result.passages[0]!.iso).toBe('2021-11-07');
  });
});

describe('reading the content', () => {
  test('runs of added terms are found with the words they stand for', () => {
    const { words, runs } = readContent('on ⟦Mustafa al-Kadhimi; al-Kadhimi⟧ al-Kadhimi’s house');
    expect(runs).toHaveLength(1);
    expect(runs[0]!.entries).toEqual(['Mustafa al-Kadhimi', 'al-Kadhimi']);
    expect(runs[0]!.stands.map((i) => words[i]!.text)).toEqual(['al-Kadhimi’s']);
  });

  test('an unclosed bracket is the text’s own', () => {
    const { words, runs } = readContent('a ⟦b c');
    expect(runs).toEqual([]);
    expect(words.every((w) => w.run === undefined)).toBe(true);
  });
});

describe('marks', () => {
  test('a mark covers the word and not the punctuation stuck to it', () => {
    const frag = fragment('Sources. Rudaw, November 7, 2021.In Kurdish. al-Sadr’s party.', [], (w) => /2021|Sadr/.test(w));
    const excerpt = readResult(frag, '2021 Sadr').excerpt;
    expect(marked(excerpt)).toEqual(['2021', 'al-Sadr’s']);
    expect(text(excerpt)).toBe('Sources. Rudaw, November 7, 2021.In Kurdish. al-Sadr’s party.');
  });
});
