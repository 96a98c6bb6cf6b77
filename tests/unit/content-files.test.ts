import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contentFiles, slugFor } from '../../src/lib/content-files';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'longreads-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files = (...names: string[]) => names.forEach((name) => writeFileSync(join(dir, name), ''));

describe('a content file’s name is its id and URL, as written', () => {
  test('slug names are read, in order, as ids', () => {
    files('b-2.mdx', 'a.mdx');
    expect(contentFiles(dir, '.mdx')).toEqual([
      { id: 'a', file: join(dir, 'a.mdx') },
      { id: 'b-2', file: join(dir, 'b-2.mdx') },
    ]);
  });

  test('hidden files and folders are not entries', () => {
    files('a.mdx', '.DS_Store');
    mkdirSync(join(dir, 'images'));
    expect(contentFiles(dir, '.mdx').map((f) => f.id)).toEqual(['a']);
  });

  test('a name that is not a slug stops the build with the name to use', () => {
    files('Al Khadimi Assassination Attempt.mdx');
    expect(() => contentFiles(dir, '.mdx')).toThrow(
      `${join(dir, 'Al Khadimi Assassination Attempt.mdx')}: (file name): the file name is the URL, in lowercase letters, digits and hyphens; rename it to al-khadimi-assassination-attempt.mdx`,
    );
  });

  test('two files for one URL stop the build naming both', () => {
    files('al-khadimi-assassination-attempt.mdx', 'Al Khadimi Assassination Attempt.mdx');
    expect(() => contentFiles(dir, '.mdx')).toThrow(
      `${join(dir, 'Al Khadimi Assassination Attempt.mdx')}: (file name): the file name is the URL, in lowercase letters, digits and hyphens; rename it to al-khadimi-assassination-attempt.mdx, but ${join(dir, 'al-khadimi-assassination-attempt.mdx')} is already there: two files for one page; keep one`,
    );
  });

  test('a file of another kind stops the build instead of being left out unseen', () => {
    files('a.mdx', 'a.md', 'notes.txt');
    expect(() => contentFiles(dir, '.mdx')).toThrow(
      `${join(dir, 'a.md')}: (file name): only .mdx files are read here; rename it to a.mdx, but ${join(dir, 'a.mdx')} is already there: two files for one page; keep one`,
    );
    rmSync(join(dir, 'a.md'));
    expect(() => contentFiles(dir, '.mdx')).toThrow(`${join(dir, 'notes.txt')}: (file name): only .mdx files are read here; rename it to notes.mdx`);
  });

  test('the suggested name drops accents and joins words with one hyphen', () => {
    expect(slugFor('Muqtada al-Ṣadr  --  Interview (2021)')).toBe('muqtada-al-sadr-interview-2021');
  });
});
