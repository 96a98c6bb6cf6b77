import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Publishes a build whole or not at all: `astro build` writes into a staging folder beside the
 * output folder, which replaces the output only once every step (pages, sitemap, Pagefind) has
 * succeeded; a build that fails anywhere leaves the last good output byte for byte as it was.
 *
 * Why an integration and not a script around `astro build`: every way of building gets it (npm
 * run build, npm start, npm test, the benchmark, the test fixtures, a bare `npx astro build`), and
 * it holds for every stage: nothing before this hook writes output (loading the config, which
 * reads the registry, fails before it), and everything after it writes only into the staging
 * folder. It must be the last integration, so that its `astro:build:done` runs after Pagefind's.
 */
export function stagedOutput(): AstroIntegration {
  let output = '';
  let staging = '';
  let previous = '';
  return {
    name: 'staged-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        output = fileURLToPath(config.outDir).replace(/\/$/, '');
        // Beside the output, so that the swap is a rename within one file system.
        staging = join(dirname(output), `.${basename(output)}-staging`);
        previous = join(dirname(output), `.${basename(output)}-previous`);
        // A build killed between the two renames below left the last good output here.
        if (!existsSync(output) && existsSync(previous)) renameSync(previous, output);
        rmSync(staging, { recursive: true, force: true });
        process.on('exit', () => rmSync(staging, { recursive: true, force: true }));
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': ({ logger }) => {
        rmSync(previous, { recursive: true, force: true });
        if (existsSync(output)) renameSync(output, previous);
        // Astro leaves a .git in the output folder alone (some deploy it as a repository); so does the swap.
        if (existsSync(join(previous, '.git'))) renameSync(join(previous, '.git'), join(staging, '.git'));
        renameSync(staging, output);
        rmSync(previous, { recursive: true, force: true });
        logger.info(`published ${output}`);
      },
    },
  };
}
