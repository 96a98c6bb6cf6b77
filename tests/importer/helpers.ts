import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { run } from '../../src/importer/cli';
import { importArticle, type Imported, type ImporterRegistry } from '../../src/importer/import-article';
import { CLASS } from '../../src/lib/markup';
import { loadActors, loadOutlets, loadPublications } from '../../src/lib/registry';
import { render, siteRegistry as markdownRegistry } from '../markdown/render';

export const SEED_FILE = 'tests/fixtures/seed-article.txt';
export const SEED = readFileSync(SEED_FILE, 'utf8');
export const HAND_MADE = readFileSync('content/articles/al-khadimi-assassination-attempt.mdx', 'utf8');

/** The seed with a citation of an outlet the registry lacks and a fourth note. */
export const VARIANT = SEED.replace(
  'and call for calm (baghdadtoday.com, November 5).',
  'and call for calm (baghdadtoday.com, November 5; shafaq.com, November 6). [4]',
).concat('\n\n[4] A fourth note, added to the seed for this test.');

/** The site's registry, as the importer reads it. */
export const siteRegistry = (root = 'content'): ImporterRegistry => ({
  root,
  actors: loadActors(root),
  outlets: loadOutlets(root),
  publications: loadPublications(root),
});

/** Imports a text in-process against the site's registry; fails the test if nothing is imported. */
export function imported(source: string, { html = false, registry = siteRegistry() } = {}) {
  const result = importArticle(source, { html }, registry);
  if (!result.article) throw new Error(`not imported:\n${result.report.errors.map((e) => `${e.line}: ${e.message}`).join('\n')}`);
  return { report: result.report, ...result.article };
}

export const frontmatterOf = (mdx: string) =>
  parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]!) as { date: string; citations: Array<{ id: string; outlet: string; date?: string; url?: string }> };

/**
 * The article rendered by the site's own markdown plugins, with what a reader follows: citations
 * and notes. `newOutlets` are those an import created, as if written to content/outlets/.
 */
export async function rendered(mdx: string, newOutlets: Imported['outlets'] = []) {
  const registry = { ...markdownRegistry, outlets: [...markdownRegistry.outlets, ...newOutlets.map((o) => ({ ...o, file: `content/outlets/${o.id}.yaml` }))] };
  const root = parseHtml((await render(mdx, { registry })).html);
  const ids = new Set(root.querySelectorAll('[id]').map((el) => el.id));
  return {
    citeLinks: root.querySelectorAll(`a.${CLASS.citation}`).map((a) => ({ words: a.text, href: a.getAttribute('href')! })),
    noteRefs: root.querySelectorAll('a[data-footnote-ref]').map((a) => ({ href: a.getAttribute('href')!, id: a.id })),
    notes: root.querySelectorAll('section.footnotes li').map((li) => ({ id: li.id, text: li.text.trim(), back: li.querySelector('a[data-footnote-backref]')?.getAttribute('href') })),
    ids,
    text: root.text,
  };
}

/** A copy of the site's content with no articles, removed after `use`. */
export function withContentCopy<T>(use: (root: string) => T): T {
  const root = mkdtempSync(join(tmpdir(), 'longreads-import-'));
  try {
    cpSync('content', root, { recursive: true, filter: (src) => !src.includes('/articles/') });
    return use(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Runs the CLI in-process; returns its exit code and what it printed. */
export function runCli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, (line) => out.push(line), (line) => err.push(line));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file under a folder with its text, to show that nothing changed. */
export function snapshotDir(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );
}
