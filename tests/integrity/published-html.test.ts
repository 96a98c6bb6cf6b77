import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { INDEXER_ONLY_ATTRIBUTES } from '../../src/lib/published-html';
import { PAGEFIND } from '../../src/lib/markup';
import { SITE_DIR, siteFiles } from './site-dir';

const pages = siteFiles()
  .filter((f) => f.endsWith('.html'))
  .map((file) => ({ file, root: parse(readFileSync(join(SITE_DIR, file), 'utf8')) }));

test('no published page carries an attribute only the search indexer reads; the highlighter’s bounds stay', () => {
  expect(pages.length).toBeGreaterThan(10);
  const found = pages.flatMap(({ file, root }) =>
    INDEXER_ONLY_ATTRIBUTES.flatMap((name) => root.querySelectorAll(`[${name}]`).map(() => `${file}: ${name}`)),
  );
  expect([...new Set(found)]).toEqual([]);
  const articles = pages.filter(({ file }) => /^articles\/[^/]+\/index\.html$/.test(file));
  expect(articles.length).toBeGreaterThan(0);
  for (const { root } of articles) {
    expect(root.querySelectorAll(`[${PAGEFIND.body}]`)).toHaveLength(1);
    expect(root.querySelectorAll(`[${PAGEFIND.ignore}]`).length).toBeGreaterThan(0);
  }
});

test('each page’s CSP allows exactly its own inline scripts and styles', () => {
  const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
  for (const { file, root } of pages) {
    const policy = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const listed = new Set([...policy.matchAll(/'(sha\d+-[^']+)'/g)].map((m) => m[1]!));
    const inline = root
      .querySelectorAll('script:not([src]):not([type="application/ld+json"]), style')
      .map((el) => sha256(el.rawText));
    expect({ file, listed: [...listed].sort() }).toEqual({ file, listed: [...new Set(inline)].sort() });
  }
});
