import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ASTRO_BIN } from '../bench/build';

export interface BuildResult {
  ok: boolean;
  /** What the build printed, stdout and stderr. */
  output: string;
}

/** `astro build` of this repository, as `npm run build` runs it (without npx's start-up), with `env` added. */
export function astroBuild(env: Record<string, string>): BuildResult {
  const result = spawnSync(process.execPath, [ASTRO_BIN, 'build'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file under `dir`, hidden ones too, relative to it, in a stable order. */
export function treeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** One hash of a folder's file names and bytes: equal hashes, the same folder byte for byte. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of treeFiles(dir)) hash.update(`${file}\0`).update(readFileSync(join(dir, file))).update('\0');
  return hash.digest('hex');
}

const SITE = 'tests/fixtures/site';
const FOLDERS = ['actors', 'articles', 'outlets'];

/**
 * The small fixture site in a temporary folder, with its own output and cache, built the way
 * `npm run build` builds the real one.
 */
export class FixtureSite {
  readonly root = mkdtempSync(join(tmpdir(), 'longreads-fixture-'));
  readonly out = join(this.root, 'dist');
  readonly cache = join(this.root, 'cache');

  constructor() {
    this.reset();
  }

  /** The path of a content file, e.g. "articles/good.mdx". */
  file(path: string): string {
    return join(this.root, path);
  }

  read(path: string): string {
    return readFileSync(this.file(path), 'utf8');
  }

  edit(path: string, change: (source: string) => string): void {
    writeFileSync(this.file(path), change(this.read(path)));
  }

  /** Puts the content back as the fixture has it; the output and the cache are kept. */
  reset(): void {
    for (const folder of FOLDERS) rmSync(this.file(folder), { recursive: true, force: true });
    cpSync(SITE, this.root, { recursive: true });
  }

  build(env: Record<string, string> = {}): BuildResult {
    return astroBuild({ CONTENT_DIR: this.root, OUT_DIR: this.out, ASTRO_CACHE_DIR: this.cache, ...env });
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
