import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { SITE_DIR, siteFiles } from '../integrity/site-dir';
import { astroBuild, treeFiles } from './build-fixture';

const root = mkdtempSync(join(tmpdir(), 'longreads-repro-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('a fresh build, from an empty cache, replaces its output folder whole with the files of dist/, byte for byte', () => {
  const published = siteFiles(SITE_DIR);
  const out = join(root, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'MARKER'), 'left by an earlier build\n');
  const result = astroBuild({ OUT_DIR: out, ASTRO_CACHE_DIR: join(root, 'cache') });
  expect(result.ok, result.output).toBe(true);
  expect(treeFiles(out)).toEqual(published);
  const differing = published.filter((file) => !readFileSync(join(out, file)).equals(readFileSync(join(SITE_DIR, file))));
  expect(differing).toEqual([]);
});
