import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { at } from '../markdown/render';
import { FixtureSite, treeHash } from './build-fixture';

/*
 * One real build per stage at which a build can fail, each with a mistake made there: what the
 * build prints, and that the output folder is untouched. Every kind of mistake is checked
 * in-process (tests/unit/validate-entry, registry, content-files; tests/markdown), where a build
 * adds nothing; that a successful build replaces the output whole, in reproducible.test.ts.
 * The builds share one fixture site, output and cache, in order: those after the two files for
 * one URL get through content sync and bundling, so a fixed mistake needs no cache cleared.
 */
describe('a build that fails, at whatever stage, names the mistake and leaves the last good dist/ byte for byte', () => {
  const site = new FixtureSite();
  let lastGood = '';

  beforeAll(() => {
    mkdirSync(site.out);
    writeFileSync(join(site.out, 'index.html'), '<!doctype html><title>The last good site</title>\n');
    writeFileSync(join(site.out, 'MARKER'), 'left by the last good build\n');
    lastGood = treeHash(site.out);
  });
  afterEach(() => site.reset());
  afterAll(() => site.remove());

  const stages: Array<[string, () => Record<string, string> | void, () => string[]]> = [
    [
      'loading the config: a YAML syntax error in the registry',
      () => site.edit('actors/jane-doe.yaml', (s) => s.replace('name: "Jane Doe"', 'name: "Jane Doe')),
      () => {
        const line = site.read('actors/jane-doe.yaml').split('\n').indexOf('name: "Jane Doe') + 1;
        return [`${site.file('actors/jane-doe.yaml')}:${line}:`, 'YAML: Missing closing "quote: check the quotes'];
      },
    ],
    [
      'syncing content: two files for one URL',
      () => writeFileSync(site.file('articles/Good.mdx'), site.read('articles/good.mdx')),
      () => [`${site.file('articles/Good.mdx')}: (file name):`, `rename it to good.mdx, but ${site.file('articles/good.mdx')} is already there: two files for one page; keep one`],
    ],
    [
      'compiling the markdown: a citation of an id the frontmatter lacks',
      () => site.edit('articles/good.mdx', (s) => s.replace('(cite:wire-2021-11-07)', '(cite:nope)')),
      () => [`${site.file('articles/good.mdx')}:${at(site.read('articles/good.mdx'), '[wire.example')}: (cite:nope): the text cites "nope", which is not in the frontmatter's citations: add it there, or correct the id`],
    ],
    [
      'rendering the pages: a component the article does not have',
      () => site.edit('articles/good.mdx', (s) => s.replace('Jane Doe spoke', 'Jane Doe <Aside /> spoke')),
      () => ['Caught error rendering /articles/good/', 'Expected component `Aside` to be defined'],
    ],
    [
      'indexing for search: Pagefind’s program missing',
      () => ({ PAGEFIND_BINARY_PATH: site.file('no-pagefind-here') }),
      () => ['Pagefind could not build the search index', 'so nothing was published', '`npm install` restores it'],
    ],
  ];

  for (const [stage, mistake, message] of stages) {
    test(stage, () => {
      const env = mistake() ?? {};
      const result = site.build(env);
      expect(result.ok, result.output).toBe(false);
      for (const fragment of message()) expect(result.output).toContain(fragment);
      expect(treeHash(site.out)).toBe(lastGood);
      expect(readdirSync(site.root).filter((name) => name.startsWith('.'))).toEqual([]);
    });
  }
});
