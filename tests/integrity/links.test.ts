import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { SITE } from '../../src/consts';
import { SITE_DIR, siteFiles } from './site-dir';

/** The page a site path is served from, as a static host resolves it. */
function fileFor(path: string, files: Set<string>): string | undefined {
  const clean = decodeURIComponent(path.replace(/^\//, ''));
  for (const candidate of [clean, join(clean, 'index.html'), `${clean}.html`]) if (files.has(candidate)) return candidate;
  return undefined;
}

test('every internal link and #anchor in the built site resolves', () => {
  const files = new Set(siteFiles());
  const pages = [...files].filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const links: Array<{ from: string; href: string }> = [];
  for (const page of pages) {
    const root = parse(readFileSync(join(SITE_DIR, page), 'utf8'));
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
  expect(checked).toBeGreaterThan(500);
  expect(broken).toEqual([]);
});

test('every link to another site opens safely, and no page loads anything from another host', () => {
  const unsafe: string[] = [];
  const foreign: string[] = [];
  for (const page of siteFiles().filter((f) => f.endsWith('.html'))) {
    const root = parse(readFileSync(join(SITE_DIR, page), 'utf8'));
    for (const a of root.querySelectorAll('a[href^="http"]')) {
      // The site's own canonical addresses (in "Cite this article") are not another site.
      if (a.getAttribute('href')!.startsWith(SITE.url)) continue;
      const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) unsafe.push(`${page}: ${a.getAttribute('href')}`);
    }
    // What a page fetches by itself; <link rel=canonical/alternate> and <a> only name addresses.
    for (const el of root.querySelectorAll('script[src], img[src], iframe[src], source[src], link[rel="stylesheet"], link[rel="preload"], link[rel="icon"], link[rel="modulepreload"]')) {
      const url = el.getAttribute('src') ?? el.getAttribute('href')!;
      if (/^(https?:)?\/\//.test(url)) foreign.push(`${page}: ${url}`);
    }
  }
  expect(unsafe).toEqual([]);
  expect(foreign).toEqual([]);
});
