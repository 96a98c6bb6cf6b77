import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { at, render, snapshotFile } from './render';

const article = (body: string, citations = '  - { id: rudaw-2021-11-07, outlet: rudaw, date: "2021-11-07" }') =>
  `---\ndate: "2021-11"\ncitations:\n${citations}\n---\n\n${body}\n`;

describe('citations plugin', () => {
  test.each([
    ['a cite link becomes a link to its Sources entry with an anchor of its own', article('Calm ([rudaw.net, November 7](cite:rudaw-2021-11-07)).')],
    ['the wording of the citation is kept exactly as written', article('([rudaw.net, November 7](cite:rudaw-2021-11-07). )')],
    ['a second citation of the same source gets the next anchor', article('[a](cite:rudaw-2021-11-07) and [b](cite:rudaw-2021-11-07)')],
    ['ordinary links are left alone', article('[x](cite:rudaw-2021-11-07) [site](https://example.org/)')],
  ])('%s', async (name, md) => {
    await expect((await render(md)).html).toMatchFileSnapshot(snapshotFile('citations', name));
  });

  test('citing an id that is not in the frontmatter stops the build at the link, saying what to do', async () => {
    const md = article('[x](cite:rudaw-2021-11-07)\nand [y](cite:nope)');
    const rendering = render(md);
    await expect(rendering).rejects.toThrow(ContentError);
    await expect(rendering).rejects.toThrow(
      `content/articles/test.mdx:${at(md, '[y]')}: (cite:nope): the text cites "nope", which is not in the frontmatter's citations: add it there, or correct the id`,
    );
  });

  test.each([
    ['a citation never cited', article('[x](cite:rudaw-2021-11-07)', '  - { id: rudaw-2021-11-07, outlet: rudaw }\n  - { id: unused, outlet: rudaw }'),
      'content/articles/test.mdx: citations[1].id: citation "unused" is never cited in the text: cite it as [words](cite:unused), or remove it'],
    ['a citation naming an unknown outlet', article('[x](cite:a)', '  - { id: a, outlet: nowhere }'),
      'content/articles/test.mdx: citations[0].outlet: citation "a" names outlet "nowhere", which is not in content/outlets/: add content/outlets/nowhere.yaml, or correct the id'],
    ['two citations sharing an id', article('[x](cite:a)', '  - { id: a, outlet: rudaw }\n  - { id: a, outlet: aljazeera }'),
      'content/articles/test.mdx: citations[1].id: "a" is used by two citations: give each its own id'],
  ])('%s stops the build, naming the file and the field, and saying what to do', async (_name, md, message) => {
    const rendering = render(md);
    await expect(rendering).rejects.toThrow(ContentError);
    await expect(rendering).rejects.toThrow(message);
  });
});
