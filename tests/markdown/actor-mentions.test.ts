import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { at, render, snapshotFile } from './render';

describe('actor mentions plugin', () => {
  test.each([
    ['the first mention in a paragraph links to the actor, later ones are marked only', 'Mustafa al-Kadhimi spoke; later al-Khadimi left.'],
    ['the longest name wins: Muhammad Sadiq al-Sadr is not Moqtada al-Sadr', 'Muhammad Sadiq al-Sadr and al-Sadr.'],
    ['a capitalised alias at the start of a sentence is found, but a word inside another is not', 'Al-Sadar left. The Iranian view of Iran.'],
    ['the author can say who an ambiguous phrase means', 'Established by [his late father](actor:muhammad-sadiq-al-sadr).'],
    ['the author can say a phrase names no actor: its words stay as written, unmarked', 'For [the predominantly Shia militias](actor:none), and the Shia militias.'],
    ['headings are left as they are', '## Al-Kadhimi and the Militias\n\nText.'],
    ['each paragraph’s first mention carries every spelling again, the article’s first the actor filter', 'Muqtada spoke.\n\nMoqtada al-Sadr left.'],
    ['an actor with no other spelling than its name in Arabic script lists that one', 'In Baghdad.'],
  ])('%s', async (name, md) => {
    await expect((await render(md)).html).toMatchFileSnapshot(snapshotFile('actor-mentions', name));
  });

  test('a forced actor that does not exist stops the build at the link, saying what to do', async () => {
    const md = 'Text.\n\nThen [him](actor:nobody) spoke.';
    const rendering = render(md);
    await expect(rendering).rejects.toThrow(ContentError);
    await expect(rendering).rejects.toThrow(
      `content/articles/test.mdx:${at(md, '[him]')}: (actor:nobody): actor "nobody" does not exist in content/actors/: add content/actors/nobody.yaml, or correct the id`,
    );
  });
});
