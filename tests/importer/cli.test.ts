import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, SEED, SEED_FILE, snapshotDir, withContentCopy } from './helpers';

const ARTICLE = 'assassination-attempt-against-prime-minister-al-khadimi.mdx';

/** The seed with `edit` applied, written next to the content copy. */
function seedVariant(root: string, name: string, edit: (seed: string) => string): string {
  const file = join(root, `${name}.txt`);
  writeFileSync(file, edit(SEED));
  return file;
}

/** The seed's line number of the first line containing `text`. */
const seedLine = (text: string) => SEED.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('npm run import', () => {
  test('writes the article into the content folder and prints the report', () => {
    withContentCopy((root) => {
      const { code, out, err } = runCli(['--content-dir', root, SEED_FILE]);
      expect(err).toBe('');
      expect(code).toBe(0);
      const target = join(root, 'articles', ARTICLE);
      expect(out).toContain(`${SEED_FILE} → ${target}`);
      expect(out).toContain('found: 26 paragraphs, 7 headings, 24 citations of 24 sources, 3 notes');
      expect(out).toContain('outlets: 18 matched, 0 created');
      expect(out).toContain(`${SEED_FILE}:7: relative date "three years ago"`);
      expect(out).toContain(`${SEED_FILE}:17: "(PMFs)" is not a citation: left as text`);
      expect(readFileSync(target, 'utf8')).toMatch(/^---\ntitle: "Assassination Attempt/);
    });
  });

  test('never overwrites an article without --force', () => {
    withContentCopy((root) => {
      const target = join(root, 'articles', ARTICLE);
      writeFileSync(target, 'the editor’s version');
      const refused = runCli(['--content-dir', root, SEED_FILE]);
      expect(refused.code).toBe(1);
      expect(refused.err).toBe(`${SEED_FILE}:1: ${target} exists: import with --force to overwrite it`);
      expect(refused.out).toContain(`${SEED_FILE}: not imported, nothing written`);
      expect(readFileSync(target, 'utf8')).toBe('the editor’s version');

      expect(runCli(['--force', '--content-dir', root, SEED_FILE]).code).toBe(0);
      expect(readFileSync(target, 'utf8')).toMatch(/^---\ntitle:/);
    });
  });

  test('imports several files, each on its own: one failing does not stop the others', () => {
    withContentCopy((root) => {
      const broken = seedVariant(root, 'broken', (s) => s.replace('(rudaw.net, November 7)', '(rudaw.net, Novembr 7)'));
      const other = seedVariant(root, 'other', (s) => s.replace(/^Assassination Attempt/, 'Another Attempt'));
      const { code, out } = runCli(['--content-dir', root, broken, other]);
      expect(code).toBe(1);
      expect(out).toContain('1 of 2 files imported');
      expect(existsSync(join(root, 'articles', ARTICLE))).toBe(false);
      expect(existsSync(join(root, 'articles', 'another-attempt-against-prime-minister-al-khadimi-highlights.mdx'))).toBe(true);
    });
  });

  test('says which registry it cannot read', () => {
    withContentCopy((root) => {
      rmSync(join(root, 'publications'), { recursive: true });
      const { code, err } = runCli(['--content-dir', root, SEED_FILE]);
      expect(code).toBe(2);
      expect(err).toMatch(new RegExp(`^cannot read the registry in ${root}: ENOENT: no such file or directory, scandir '${root}/publications'`));
    });
  });

  test('says how it is used when given no file or an unknown option', () => {
    expect(runCli([])).toMatchObject({ code: 2, err: expect.stringContaining('usage: npm run import --') });
    expect(runCli(['--nope', SEED_FILE])).toMatchObject({ code: 2, err: expect.stringContaining("Unknown option '--nope'") });
  });
});

describe('bad input is reported with its line, and nothing is written for that file', () => {
  const cases: Array<[string, (seed: string) => string, (file: string) => string]> = [
    [
      'a text without its title line',
      (s) => s.slice(s.indexOf('\n') + 1),
      (file) => `${file}:2: no title line: the text must start with "<title>; Publication: <name> Volume: <n> Issue: <n>"`,
    ],
    [
      'a publication not in content/publications/',
      (s) => s.replace('Publication: Terrorism Monitor', 'Publication: Eurasia Daily Monitor'),
      (file) => `${file}:1: publication "Eurasia Daily Monitor" is not in ${dirname(file)}/publications/: add it there with its publisher`,
    ],
    [
      'a text without a byline',
      (s) => s.replace('By: Rami Jameel\n\n', ''),
      (file) => `${file}:3: no byline: a line "By: <author>" must follow the title`,
    ],
    [
      'a note marker without a note',
      (s) => s.replace('that system.', 'that system. [4]'),
      (file) => `${file}:${seedLine('that system.')}: note marker [4] has no note: add "[4] …" under "Notes"`,
    ],
    [
      'a note never referenced',
      (s) => s.replace('October 13). [3]', 'October 13).'),
      (file) => `${file}:${seedLine('[3] Khamis')}: note [3] is never referenced in the text: add its marker "[3]"`,
    ],
    [
      'a citation date that cannot be read',
      (s) => s.replace('(rudaw.net, November 7)', '(rudaw.net, Novembr 7)'),
      (file) => `${file}:5: cannot read the date "Novembr 7" in the citation "(rudaw.net, Novembr 7)"`,
    ],
    [
      'a citation date that is not a real day',
      (s) => s.replace('(aljazeera.net, November 26, 2016)', '(aljazeera.net, November 31, 2016)'),
      (file) => `${file}:17: cannot read the date "November 31, 2016" in the citation "(aljazeera.net, November 31, 2016)"`,
    ],
    [
      'a citation naming a source that is neither a domain nor an outlet',
      (s) => s.replace('May 27; The Jamestown Foundation)', 'May 27; The Brookings Institution)'),
      (file) =>
        `${file}:25: "The Brookings Institution" in the citation "(arabi21.com, May 27; The Brookings Institution)" is neither a domain nor the name of an outlet in ${dirname(file)}/outlets/`,
    ],
  ];

  test.each(cases)('%s', (_name, edit, message) => {
    withContentCopy((root) => {
      const file = seedVariant(root, 'bad', edit);
      const before = snapshotDir(root);
      const { code, out, err } = runCli(['--content-dir', root, file]);
      expect(code).toBe(1);
      expect(err.split('\n')).toEqual([message(file)]);
      expect(out).toContain(`${file}: not imported, nothing written`);
      expect(snapshotDir(root)).toEqual(before);
    });
  });

  test('a bracket that is not a citation is left as text and reported, and the file is imported', () => {
    withContentCopy((root) => {
      const file = seedVariant(root, 'brackets', (s) =>
        s.replace('legalized the Popular Mobilization Forces (PMFs)', 'legalized the Popular Mobilization Forces (PMF)').replace('in late 2019.', 'in late 2019 (2019).'),
      );
      const { code, out } = runCli(['--content-dir', root, file]);
      expect(code).toBe(0);
      expect(out).toContain(`${file}:13: "(2019)" is not a citation: left as text`);
      expect(out).toContain(`${file}:17: "(PMF)" is not a citation: left as text`);
      const mdx = readFileSync(join(root, 'articles', ARTICLE), 'utf8');
      expect(mdx).toContain('in late 2019 (2019).');
      expect(mdx).toContain('Popular Mobilization Forces (PMF) as');
    });
  });

  test('a bracket that reads like a citation of an unknown named source is left as text and reported', () => {
    withContentCopy((root) => {
      const file = seedVariant(root, 'named', (s) => s.replace('(annabaa.com, November 9)', '(Reuters, November 9)'));
      const { code, out } = runCli(['--content-dir', root, file]);
      expect(code).toBe(0);
      expect(out).toContain(
        `${file}:49: "(Reuters, November 9)" reads like a citation, but "Reuters" is neither a domain nor an outlet in ${root}/outlets/: left as text (add the outlet to link it)`,
      );
    });
  });
});
