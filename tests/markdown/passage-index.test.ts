import { describe, expect, test } from 'vitest';
import { render } from './render';

const md = `---
date: "2021-11"
citations:
  - { id: r, outlet: rudaw, date: "2021-11-07" }
---

A drone hit the house on November 7. Al-Kadhimi was safe ([rudaw.net, November 7](cite:r)).

Second paragraph about Iran.[^1]

[^1]: A note on Baghdad.
`;

describe('passage index plugin', () => {
  test('every paragraph gets an anchor derived from its words', async () => {
    const { html } = await render(md);
    expect(html).toMatch(/<p id="p-a-drone-hit-the-[0-9a-f]{6}">/);
    expect(html).toMatch(/<p id="p-second-paragraph-about-iran-[0-9a-f]{6}">/);
  });

  test('an anchor does not move when a paragraph is inserted before it', async () => {
    const id = (html: string) => /<p id="(p-second[^"]+)"/.exec(html)![1];
    const inserted = md.replace('Second paragraph', 'A new paragraph.\n\nSecond paragraph');
    expect(id((await render(inserted)).html)).toBe(id((await render(md)).html));
  });

  test('citations, mentions and dates are recorded with their sentence and paragraph', async () => {
    const { index } = await render(md);
    const first = index.passages[0]!.id;
    expect(index.citations).toEqual([{ citation: 'r', anchor: 'cite-r-1', passage: first, sentence: 'Al-Kadhimi was safe (rudaw.net, November 7).' }]);
    expect(index.dates).toEqual([{ iso: '2021-11-07', words: 'November 7', passage: first, sentence: 'A drone hit the house on November 7.', actors: [] }]);
    expect(index.mentions.map((m) => [m.actor, m.words])).toEqual([['mustafa-al-kadhimi', 'Al-Kadhimi'], ['iran', 'Iran'], ['baghdad', 'Baghdad']]);
  });

  test('a sentence is stored as where it stands in its paragraph, once, and read back from it', async () => {
    const { stored } = await render(md);
    const text = stored.passages[0]!.text;
    const span = text.indexOf('Al-Kadhimi was safe');
    expect(stored.citations[0]!.sentence).toEqual([span, text.length]);
    expect(stored.mentions[0]!.sentence).toEqual([span, text.length]);
    expect(stored.dates[0]!.sentence).toEqual([0, text.indexOf(' Al-Kadhimi')]);
  });

  test('a date and a name in one sentence are recorded together, even across "U.S."', async () => {
    const { index } = await render('Sanctioned by the U.S. Department of the Treasury in 2019.');
    expect(index.dates).toEqual([
      expect.objectContaining({ iso: '2019', sentence: 'Sanctioned by the U.S. Department of the Treasury in 2019.', actors: ['us-treasury'] }),
    ]);
  });

  test('note numbers and back arrows are not part of a passage’s text', async () => {
    const { index } = await render(md);
    expect(index.passages.map((p) => [p.text, p.note])).toEqual([
      ['A drone hit the house on November 7. Al-Kadhimi was safe (rudaw.net, November 7).', false],
      ['Second paragraph about Iran.', false],
      ['A note on Baghdad.', true],
    ]);
  });
});
