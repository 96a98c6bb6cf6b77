/**
 * `npm test`: one build of the site, then side by side the checks that read it or need no build,
 * the build tests and the browser tests. The build tests are one Node process at a time and the
 * browser waits on pages most of its time, so together they fill the machine's two cores instead
 * of taking turns; each runner's own report is printed as it comes, and the run fails if any fails.
 */
import { spawn } from 'node:child_process';

const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  new Promise<number>((done) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });

const npx = (...args: string[]): [string, string[]] => ['npx', ['--no-install', ...args]];

let status = await run(...npx('astro', 'build'));
if (status === 0) {
  const statuses = await Promise.all([
    run(...npx('vitest', 'run', '--project', 'checks')),
    run(...npx('vitest', 'run', '--project', 'builds')),
    run(...npx('playwright', 'test'), { E2E_SKIP_BUILD: '1' }),
  ]);
  status = statuses.find((s) => s !== 0) ?? 0;
}
process.exit(status);
