import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { siteFiles } from './site-dir';

/** The page a site path is served from, as a static host resolves it. */
function fileFor(path: string, files: Set<string>): string | undefined {
  const clean = decodeURIComponent(path.replace(/^\//, ''));
  for (const candidate of [clean, join(clean, 'index.html'), `${clean}.html`]) if (files.has(candidate)) return candidate;
  return undefined;
}

/** Every internal link and `#anchor` of a built site checked: how many, and those that lead nowhere. */
export function checkLinks(dir: string): { checked: number; broken: string[] } {
  const files = new Set(siteFiles(dir));
  const pages = [...files].filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const links: Array<{ from: string; href: string }> = [];
  for (const page of pages) {
    const root = parse(readFileSync(join(dir, page), 'utf8'));
    ids.set(page, new Set(root.querySelectorAll('[id]').map((el) => el.id)));
    for (const a of root.querySelectorAll('a[href], link[href]')) links.push({ from: page, href: a.getAttribute('href')! });
  }
  const broken: string[] = [];
  let checked = 0;
  for (const { from, href } of links) {
    if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
    const url = new URL(href, `http://site/${from.replace(/index\.html$/, '')}`);
    const target = fileFor(url.pathname, files);
    checked++;
    if (!target) broken.push(`${from}: ${href} (no such page)`);
    else if (url.hash && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from}: ${href} (no such anchor)`);
  }
  return { checked, broken };
}
