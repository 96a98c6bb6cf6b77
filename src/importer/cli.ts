/**
 * `npm run import -- [--html] [--force] [--content-dir <dir>] <file>…`: each editor's text (or
 * saved HTML page) becomes an article, <slug>.mdx in the articles folder, with any new outlets, and a report.
 * A file with an error writes nothing; an existing article is overwritten only with --force.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, contentFolder } from '../consts';
import { loadActors, loadOutlets, loadPublications } from '../lib/registry';
import { importArticle, type ImporterRegistry } from './import-article';
import { outletYaml } from './outlets';
import { formatReport } from './report';

const USAGE = 'usage: npm run import -- [--html] [--force] [--content-dir <dir>] <file>…';

/** Imports every file; returns the exit code: 0 when every file was written. */
export function run(argv: string[], print = console.log, printError = console.error): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { html: { type: 'boolean' }, force: { type: 'boolean' }, 'content-dir': { type: 'string' } },
    });
  } catch (error) {
    printError(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.positionals.length === 0) {
    printError(USAGE);
    return 2;
  }
  const root = args.values['content-dir'] ?? contentDir();
  let registry: ImporterRegistry;
  try {
    registry = { root, actors: loadActors(root), outlets: loadOutlets(root), publications: loadPublications(root) };
  } catch (error) {
    printError(`cannot read the registry in ${root}: ${(error as Error).message}`);
    return 2;
  }
  let failed = 0;
  for (const file of args.positionals) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (error) {
      printError(`${file}: cannot read it: ${(error as Error).message}`);
      failed++;
      continue;
    }
    const { report, article } = importArticle(source, { html: args.values.html ?? false }, registry);
    const target = article && join(root, 'articles', `${article.slug}.mdx`);
    if (target && existsSync(target) && !args.values.force) {
      report.errors.push({ line: 1, message: `${target} exists: import with --force to overwrite it` });
    }
    const ok = article !== undefined && report.errors.length === 0;
    if (ok) {
      mkdirSync(join(root, 'articles'), { recursive: true });
      for (const outlet of article.outlets) {
        writeFileSync(join(root, 'outlets', `${outlet.id}.yaml`), outletYaml(outlet.data), { flag: 'wx' });
        registry.outlets.push(outlet);
      }
      writeFileSync(target!, article.mdx);
    } else {
      failed++;
    }
    const { out, errors } = formatReport(file, report, contentFolder('actors', root), ok ? target : undefined);
    print(out);
    if (errors) printError(errors);
  }
  if (args.positionals.length > 1) print(`${args.positionals.length - failed} of ${args.positionals.length} files imported`);
  return failed === 0 ? 0 : 1;
}
