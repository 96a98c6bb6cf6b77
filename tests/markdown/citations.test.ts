import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { render, snapshotFile } from './render';

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

  test.each([
    ['citing an id that is not in the frontmatter', article('[x](cite:rudaw-2021-11-07) [y](cite:nope)'),
      'content/articles/test.mdx: (cite:nope): the text cites "nope", which is not in the frontmatter\'s citations'],
    ['a citation never cited', article('[x](cite:rudaw-2021-11-07)', '  - { id: rudaw-2021-11-07, outlet: rudaw }\n  - { id: unused, outlet: rudaw }'),
      'content/articles/test.mdx: citations[1].id: citation "unused" is never cited in the text'],
    ['a citation naming an unknown outlet', article('[x](cite:a)', '  - { id: a, outlet: nowhere }'),
      'content/articles/test.mdx: citations[0].outlet: citation "a" names outlet "nowhere", which is not in content/outlets/'],
    ['two citations sharing an id', article('[x](cite:a)', '  - { id: a, outlet: rudaw }\n  - { id: a, outlet: aljazeera }'),
      'content/articles/test.mdx: citations[1].id: "a" is used by two citations'],
  ])('%s stops the build, naming the file and the field', async (_name, md, message) => {
    const rendering = render(md);
    await expect(rendering).rejects.toThrow(ContentError);
    await expect(rendering).rejects.toThrow(message);
  });
});
