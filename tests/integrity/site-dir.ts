import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site these checks read: the same folder `npm run build` wrote. */
export const SITE_DIR = process.env.OUT_DIR ?? 'dist';

/** Every file under the built site, relative to it, in a stable order. */
export function siteFiles(dir = SITE_DIR): string[] {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/ has no built site: run \`npm run build\` first (\`npm test\` does).`);
  }
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(dir).map((f) => relative(dir, f)).sort();
}
