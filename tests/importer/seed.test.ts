import { describe, expect, test } from 'vitest';
import { href, noteAnchor, sourceAnchor } from '../../src/lib/urls';
import { frontmatterOf, HAND_MADE, imported, rendered, SEED } from './helpers';

// The editorial annotations an importer cannot know: links that say which actor or date a phrase
// means (or that it means no actor), the editors' summary, and where the article was first
// published, which the text does not say. Everything else must come out of the importer as it is by hand.
const EDITORIAL_LINK = /\[([^\]]+)\]\((actor|date):[^)]+\)/g;
const SUMMARY = /^summary: ".*"$/m;
const FIRST_PUBLISHED = /^firstPublished: .*\n/m;
const withoutEditorial = (mdx: string) =>
  mdx.replace(EDITORIAL_LINK, '$1').replace(SUMMARY, 'summary: (editorial)').replace(FIRST_PUBLISHED, '');
// A phrase that reads like an actor's alias but means none: the importer ties it like any alias; only a reader can say otherwise.
const NO_ACTOR = 'actor:none';

describe('importing the seed', () => {
  const { mdx, report, outlets } = imported(SEED);

  test('gives the hand-made article, but for its editorial annotations', () => {
    expect(mdx).not.toMatch(EDITORIAL_LINK);
    expect(mdx.match(SUMMARY)).toHaveLength(1);
    expect(withoutEditorial(mdx)).toBe(withoutEditorial(HAND_MADE));
  });

  test('points the editor at every phrase the hand-made article annotates, and at no other', () => {
    const lines = SEED.split('\n');
    const annotated = [...HAND_MADE.matchAll(EDITORIAL_LINK)].filter(([link]) => !link.endsWith(`(${NO_ACTOR})`)).map(([, words, kind]) => ({ words, kind }));
    const flagged = report.forHuman.flatMap(({ line, message }) => {
      const m = /^(?:relative date "([^"]+)"|"([^"]+)" names no one)/.exec(message);
      if (!m) return [];
      const words = m[1] ?? m[2]!;
      expect(lines[line - 1]).toContain(words);
      return [{ words, kind: m[1] ? 'date' : 'actor' }];
    });
    expect(flagged).toEqual(annotated);
  });

  test('reports what it found', () => {
    expect(report.errors).toEqual([]);
    expect(report.counts).toEqual({ paragraphs: 26, headings: 7, citations: 24, sources: 24, notes: 3 });
    expect(report.outletsCreated).toEqual([]);
    expect(outlets).toEqual([]);
    expect(report.leftAsText.map((f) => [f.line, f.message])).toEqual([
      [17, '"(PMFs)" is not a citation: left as text'],
      [39, '"(KDP)" is not a citation: left as text'],
      [57, '"." after "alarabiya.net, October 12" in "(alarabiya.net, October 12. )" is kept as written, outside the link'],
      [63, '"(IRGC-QF)" is not a citation: left as text'],
    ]);
    expect(report.forHuman).toContainEqual({ line: 1, message: 'date: "2021-11" is the month of the latest citation; the text gives none' });
    expect(report.actors.find((a) => a.name === 'Mustafa al-Kadhimi')).toMatchObject({ line: 1 });
    expect(report.actors.find((a) => a.name === 'Esmail Qaani')).toEqual({ name: 'Esmail Qaani', count: 1, line: 63 });
    expect(report.unknownNames.map((n) => n.name)).toContain('Middle East');
  });

  test('its 24 citations link to Sources entries, and its 3 notes go and come back', async () => {
    const { citations } = frontmatterOf(mdx);
    const page = await rendered(mdx);
    expect(page.citeLinks).toHaveLength(24);
    expect(page.citeLinks.map((l) => l.href)).toEqual(citations.map((c) => href(undefined, sourceAnchor(c.id))));
    expect(page.noteRefs.map((r) => r.href)).toEqual(['1', '2', '3'].map((label) => href(undefined, noteAnchor(label))));
    for (const ref of page.noteRefs) {
      const note = page.notes.find((n) => `#${n.id}` === ref.href);
      expect(note?.back).toBe(`#${ref.id}`);
    }
    expect(page.notes.map((n) => n.text.slice(0, 20))).toEqual(['In general Iraqi vot', 'Moqtada al-Sadr’s fa', 'Khamis al-Khanjar is']);
  });
});
