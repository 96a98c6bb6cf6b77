import { describe, expect, test } from 'vitest';
import { render } from './render';

const article = (body: string, citations = '  - { id: rudaw-2021-11-07, outlet: rudaw, date: "2021-11-07" }') =>
  `---\ndate: "2021-11"\ncitations:\n${citations}\n---\n\n${body}\n`;

describe('citations plugin', () => {
  test('a cite: link becomes a link to its Sources entry with an anchor of its own', () => {
    const { html } = render(article('Calm ([rudaw.net, November 7](cite:rudaw-2021-11-07)).'));
    expect(html).toContain(
      '<a href="#source-rudaw-2021-11-07" id="cite-rudaw-2021-11-07-1" class="cite" data-cite="rudaw-2021-11-07">rudaw.net, November 7</a>',
    );
  });

  test('the wording of the citation is kept exactly as written', () => {
    const { html } = render(article('([rudaw.net, November 7](cite:rudaw-2021-11-07). )'));
    expect(html).toContain('>rudaw.net, November 7</a>. )');
  });

  test('a second citation of the same source gets the next anchor', () => {
    const { html } = render(article('[a](cite:rudaw-2021-11-07) and [b](cite:rudaw-2021-11-07)'));
    expect(html).toContain('id="cite-rudaw-2021-11-07-2"');
  });

  test('ordinary links are left alone', () => {
    const { html } = render(article('[x](cite:rudaw-2021-11-07) [site](https://example.org/)'));
    expect(html).toContain('<a href="https://example.org/">site</a>');
  });

  test('citing an id that is not in the frontmatter stops with the file and the id', () => {
    expect(() => render(article('[x](cite:rudaw-2021-11-07) [y](cite:nope)'))).toThrow(
      'content/articles/test.mdx: (cite:nope): the text cites "nope", which is not in the frontmatter\'s citations',
    );
  });

  test('a citation never cited stops the build', () => {
    const citations = '  - { id: rudaw-2021-11-07, outlet: rudaw }\n  - { id: unused, outlet: rudaw }';
    expect(() => render(article('[x](cite:rudaw-2021-11-07)', citations))).toThrow(
      'content/articles/test.mdx: citations[1].id: citation "unused" is never cited in the text',
    );
  });

  test('a citation naming an unknown outlet stops the build', () => {
    expect(() => render(article('[x](cite:a)', '  - { id: a, outlet: nowhere }'))).toThrow(
      'content/articles/test.mdx: citations[0].outlet: citation "a" names outlet "nowhere", which is not in content/outlets/',
    );
  });

  test('two citations sharing an id stop the build', () => {
    expect(() => render(article('[x](cite:a)', '  - { id: a, outlet: rudaw }\n  - { id: a, outlet: aljazeera }'))).toThrow(
      'content/articles/test.mdx: citations[1].id: "a" is used by two citations',
    );
  });
});
