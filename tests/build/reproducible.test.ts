import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { siteFiles } from '../integrity/site-dir';

/** Builds the real site into a fresh folder and returns each file's hash. */
function cleanBuild(): Map<string, string> {
  const root = mkdtempSync(join(tmpdir(), 'longreads-repro-'));
  try {
    const out = join(root, 'dist');
    const result = spawnSync('npx', ['astro', 'build'], {
      env: { ...process.env, OUT_DIR: out, ASTRO_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status, result.stderr).toBe(0);
    return new Map(siteFiles(out).map((f) => [f, createHash('sha256').update(readFileSync(join(out, f))).digest('hex')]));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('two clean builds of the same commit produce identical files', () => {
  const first = cleanBuild();
  const second = cleanBuild();
  expect([...second.keys()]).toEqual([...first.keys()]);
  const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
});
