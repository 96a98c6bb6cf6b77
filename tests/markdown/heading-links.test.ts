import { describe, expect, test } from 'vitest';
import { render, snapshotFile } from './render';

// The notes heading's link is in the footnotes snapshot (tests/markdown/snapshots/footnotes/).
describe('heading links plugin', () => {
  test.each([
    ['a section heading links to itself, named by its own words', '## Al-Kadhimi and the Militias\n\nText.'],
    ['headings below a section are left as they are', '### A detail\n\nText.'],
  ])('%s', async (name, md) => {
    await expect((await render(md)).html).toMatchFileSnapshot(snapshotFile('heading-links', name));
  });

  test('the heading’s text, as the contents list reads it, is only its words', async () => {
    const { headings } = await render('## Al-Kadhimi’s Strong Allies\n\nText.');
    expect(headings).toEqual([{ depth: 2, slug: 'al-kadhimis-strong-allies', text: 'Al-Kadhimi’s Strong Allies' }]);
  });
});
