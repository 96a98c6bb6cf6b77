import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SITE = 'tests/fixtures/site';

export interface BuildResult {
  ok: boolean;
  output: string;
  /** The fixture article's path as the build reports it. */
  articleFile: string;
  published: boolean;
}

/**
 * Builds the small fixture site in a temporary content folder after `change` has edited it, the
 * way `npm run build` would, and reports what the build said and whether it published anything.
 */
export function buildFixture(change: (root: string) => void): BuildResult {
  const root = mkdtempSync(join(tmpdir(), 'longreads-fixture-'));
  try {
    cpSync(SITE, root, { recursive: true });
    change(root);
    const out = join(root, 'dist');
    const result = spawnSync('npx', ['astro', 'build'], {
      env: { ...process.env, CONTENT_DIR: root, OUT_DIR: out, ASTRO_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return {
      ok: result.status === 0,
      output: `${result.stdout}\n${result.stderr}`,
      articleFile: join(root, 'articles', 'good.mdx'),
      published: existsSync(join(out, 'index.html')),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Rewrites the fixture article with `edit` applied to its source. */
export const editArticle = (edit: (source: string) => string) => (root: string) => {
  const file = join(root, 'articles', 'good.mdx');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
};
