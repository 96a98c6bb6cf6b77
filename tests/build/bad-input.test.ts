import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture, editArticle } from './build-fixture';

// Each case is a real `astro build` of a small site with one mistake in it.
describe('a build with bad input stops, names the file and the problem, and publishes nothing', () => {
  test('the fixture site itself builds', () => {
    const result = buildFixture(() => {});
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
    expect(result.published).toBe(true);
  });

  const cases: Array<[string, (root: string) => void, (file: string) => string[]]> = [
    [
      'frontmatter without a title',
      editArticle((s) => s.replace(/^title: .*\n/m, '')),
      (file) => [file, 'title', 'Required'],
    ],
    [
      'frontmatter with a date that is not a date',
      editArticle((s) => s.replace('date: "2021-11"', 'date: "2021-02-30"')),
      (file) => [file, 'date', 'is not a real date'],
    ],
    [
      'a citation without an outlet',
      editArticle((s) => s.replace('    outlet: wire\n', '')),
      (file) => [file, 'citations', 'outlet'],
    ],
    [
      'frontmatter that is not valid YAML',
      editArticle((s) => s.replace('summary: "A small article that builds."', 'summary: "unclosed')),
      (file) => [`${file}:15:11`],
    ],
    [
      'a body citing an id that is not in the frontmatter',
      editArticle((s) => s.replace('(cite:wire-2021-11-07)', '(cite:wire-2021-11-07) [x](cite:nope)')),
      (file) => [`${file}: (cite:nope): the text cites "nope", which is not in the frontmatter's citations`],
    ],
    [
      'a frontmatter citation never cited',
      editArticle((s) => s.replace('citations:\n', 'citations:\n  - { id: unused, outlet: wire }\n')),
      (file) => [`${file}: citations[0].id: citation "unused" is never cited in the text`],
    ],
    [
      'a citation naming an outlet that does not exist',
      editArticle((s) => s.replace('outlet: wire', 'outlet: nowhere')),
      (file) => [`${file}: citations[0].outlet: citation "wire-2021-11-07" names outlet "nowhere", which is not in content/outlets/`],
    ],
    [
      'two citations sharing an id',
      editArticle((s) => s.replace('citations:\n', 'citations:\n  - { id: wire-2021-11-07, outlet: wire }\n')),
      (file) => [`${file}: citations[1].id: "wire-2021-11-07" is used by two citations`],
    ],
    [
      'a footnote reference with no definition',
      editArticle((s) => s.replace('.[^1]', '.[^1] Again.[^2]')),
      (file) => [`${file}: [^2]: footnote reference has no definition`],
    ],
    [
      'a footnote defined but never referenced',
      editArticle((s) => `${s}\n[^2]: Orphan.\n`),
      (file) => [`${file}: [^2]: footnote is defined but never referenced in the text`],
    ],
    [
      'a date: link that is not a valid date',
      editArticle((s) => s.replace('On November 7,', 'On [the next day](date:2021-11-31),')),
      (file) => [`${file}: (date:2021-11-31): "2021-11-31" is not a valid ISO date or period`],
    ],
    [
      'a forced actor that does not exist',
      editArticle((s) => s.replace('Jane Doe spoke', '[she](actor:nobody) spoke')),
      (file) => [`${file}: (actor:nobody): actor "nobody" does not exist in content/actors/`],
    ],
    [
      'broken MDX syntax',
      editArticle((s) => s.replace('Jane Doe spoke', 'Jane Doe {spoke')),
      (file) => ['expected a corresponding closing brace for `{`', `${file}:18:25`],
    ],
  ];

  for (const [name, change, expected] of cases) {
    test(name, () => {
      const result = buildFixture(change);
      expect(result.ok).toBe(false);
      for (const fragment of expected(result.articleFile)) expect(result.output).toContain(fragment);
      expect(result.published).toBe(false);
    });
  }

  test('two actors sharing an alias', () => {
    const result = buildFixture((root) =>
      writeFileSync(join(root, 'actors', 'john-doe.yaml'), 'name: "John Doe"\nkind: person\nrole: "Another"\naliases:\n  - "J. Doe"\n'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('john-doe.yaml: aliases: "J. Doe" is also a name or alias of "jane-doe"');
    expect(result.published).toBe(false);
  });
});
