import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BuildOptions {
  /** Content root holding articles/, actors/, outlets/; absent builds the repository's own content. */
  contentDir?: string;
  outDir: string;
  cacheDir: string;
  timeoutMs: number;
  /** Where Astro's output goes, for a failed build's diagnosis. */
  logFile: string;
  /**
   * A string found in the paths of generated content (the temporary folder's name): set it for
   * builds of generated content so that the shared `.astro/` files are put back afterwards.
   */
  dotAstroMarker?: string;
}

export interface BuildResult {
  ok: boolean;
  /** Wall time of `astro build`, start to exit, in milliseconds. */
  wallMs: number;
  /** Why it failed: exit code, timeout, or the line where Astro said what went wrong. */
  error?: string;
  /** Why the first try failed, when a second one succeeded (its time is the one reported). */
  retried?: string;
  /** Where the time went, from when Astro's log lines arrived; absent when the log did not say. */
  phases?: Phases;
}

/** Milliseconds per phase of `astro build`, told apart by the lines Astro prints. */
export interface Phases {
  /** Node and Astro starting, config, content layer sync. */
  'start-up and content sync': number;
  /** Types, Vite bundling of pages and the prerender bundle. */
  bundling: number;
  /** Rendering every page to HTML ("generating static routes"). */
  'rendering pages': number;
  /** `astro:build:done`: the sitemap, then the Pagefind index. */
  'sitemap and Pagefind': number;
  /** From Pagefind's last line to the process's exit. */
  exit: number;
}

interface Line {
  /** Milliseconds since the build started when the line arrived. */
  t: number;
  text: string;
}

function phases(lines: Line[], wallMs: number): Phases | undefined {
  const at = (pattern: RegExp, after = 0) => lines.find((l) => l.t >= after && pattern.test(l.text))?.t;
  const synced = at(/Synced content/);
  const routes = at(/generating static routes/);
  const rendered = routes === undefined ? undefined : at(/\[build\] ✓ Completed in/, routes);
  const indexed = rendered === undefined ? undefined : at(/\[pagefind\] indexed/, rendered);
  if (synced === undefined || routes === undefined || rendered === undefined || indexed === undefined) return undefined;
  return {
    'start-up and content sync': synced,
    bundling: routes - synced,
    'rendering pages': rendered - routes,
    'sitemap and Pagefind': indexed - rendered,
    exit: wallMs - indexed,
  };
}

export interface TreeSize {
  bytes: number;
  files: number;
}

/** The repository root: builds run there, as `npm run build` would. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(join(ROOT, 'package.json'));
const astroPackage = require.resolve('astro/package.json');
export const ASTRO_BIN = join(astroPackage, '..', (require(astroPackage) as { bin: { astro: string } }).bin.astro);

/** Builds still running, so that an interrupted benchmark can stop them. */
export const running = new Set<ChildProcess>();

/** Stops a build and everything it started: it runs in a process group of its own. */
export function stopBuild(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Astro writes the list of article modules to the shared `.astro/content-modules.mjs` whatever
 * `cacheDir` is, and a build whose content store has not changed reads that file without
 * rewriting it. A build of generated articles would leave it pointing at files that are deleted
 * a minute later, and break the next build of the real site in this work tree. So: remember the
 * files, and put them back after the build, unless someone else rewrote them in between.
 */
function guardDotAstro(foreignMarker: string): () => void {
  const files = ['content-modules.mjs', 'content-assets.mjs'].map((name) => join(ROOT, '.astro', name));
  const before = files.map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined));
  return () => {
    files.forEach((file, i) => {
      const saved = before[i];
      if (saved === undefined || saved.includes(foreignMarker) || !existsSync(file)) return;
      const now = readFileSync(file, 'utf8');
      if (now.includes(foreignMarker)) writeFileSync(file, saved);
    });
  };
}

const ANSI = /\x1b\[[0-9;]*m/g;

/** The line that says what went wrong, rather than the stack trace under it. */
function reason(log: string): string {
  const lines = log.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('at ') && !/^Stack trace:?$/.test(l));
  const error = lines.find((l) => /\[ERROR\]|Error\b|error:/.test(l));
  return (error ?? lines.slice(-3).join(' | ')).slice(0, 400);
}

/** One `astro build`, start to exit. */
async function buildOnce(options: BuildOptions, cwd: string): Promise<BuildResult & { log: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: options.contentDir ?? join(ROOT, 'content'),
    OUT_DIR: options.outDir,
    ASTRO_CACHE_DIR: options.cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  const restore = options.dotAstroMarker ? guardDotAstro(options.dotAstroMarker) : () => {};
  const lines: Line[] = [];
  const partial = { stdout: '', stderr: '' };
  const started = performance.now();
  const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--root', ROOT], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  // Each line is stamped when it arrives, which is how the phases are told apart.
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream]!.on('data', (chunk: Buffer) => {
      const t = performance.now() - started;
      const parts = (partial[stream] + chunk.toString()).split('\n');
      partial[stream] = parts.pop()!;
      for (const text of parts) lines.push({ t, text: text.replace(ANSI, '') });
    });
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    stopBuild(child);
  }, options.timeoutMs);
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(-1));
    child.on('close', (exitCode) => resolve(exitCode));
  });
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  running.delete(child);
  restore();
  for (const rest of [partial.stdout, partial.stderr]) if (rest) lines.push({ t: wallMs, text: rest.replace(ANSI, '') });
  const text = lines.map((l) => `[+${(l.t / 1000).toFixed(2)}s] ${l.text}`).join('\n');
  if (code === 0 && !timedOut) return { ok: true, wallMs, log: text, phases: phases(lines, wallMs) };
  return {
    ok: false,
    wallMs,
    log: text,
    error: timedOut ? `timed out after ${Math.round(options.timeoutMs / 1000)} s` : `astro build exited with ${code}: ${reason(text)}`,
  };
}

/**
 * `astro build` with the project's own Astro on the Node that runs the benchmark (Node 24, via
 * npm's PATH), of the repository (`--root`), pointed elsewhere by CONTENT_DIR, OUT_DIR and
 * ASTRO_CACHE_DIR: the same as `npx astro build` without npx's start-up time.
 *
 * It runs in the output's parent folder, not in the repository: Astro 7 puts the prerender
 * bundle of an outDir outside the working directory in `<cwd>/.astro/.prerender/` and deletes it
 * afterwards, so two such builds in one work tree delete each other's chunks. Inside the
 * working directory it goes to `<outDir>/.prerender/`, where a `node_modules` link lets the
 * bundle find its packages.
 *
 * A failed build is tried once more from a clean cache: other builds in this tree rewrite the
 * shared `.astro/content-modules.mjs` under a running build. Both tries are reported.
 */
export async function astroBuild(options: BuildOptions): Promise<BuildResult> {
  const cwd = dirname(options.outDir);
  mkdirSync(cwd, { recursive: true });
  const link = join(cwd, 'node_modules');
  if (!existsSync(link)) symlinkSync(join(ROOT, 'node_modules'), link, 'dir');
  const first = await buildOnce(options, cwd);
  let result = first;
  if (!first.ok && !first.error?.startsWith('timed out')) {
    rmSync(options.outDir, { recursive: true, force: true });
    rmSync(options.cacheDir, { recursive: true, force: true });
    const second = await buildOnce(options, cwd);
    result = second.ok ? { ...second, retried: first.error } : { ...second, error: `${second.error} (first try: ${first.error})` };
  }
  writeFileSync(options.logFile, first === result ? result.log : `${first.log}\n\n===== second try =====\n\n${result.log}`);
  const { log: _, ...outcome } = result;
  return outcome;
}

/** Bytes and files under a folder; zeros when it does not exist. */
export async function treeSize(dir: string): Promise<TreeSize> {
  const total: TreeSize = { bytes: 0, files: 0 };
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    total.bytes += (await stat(join(entry.parentPath, entry.name))).size;
    total.files += 1;
  }
  return total;
}
