import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { SITE } from '../../src/consts';
import { SITE_DIR, siteFiles } from './site-dir';
import { checkLinks } from './links';

test('every internal link and #anchor in the built site resolves', () => {
  const { checked, broken } = checkLinks(SITE_DIR);
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
