import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { INDEXER_ONLY_ATTRIBUTES, withOwnCspHashes, withoutIndexerAttributes } from '../../src/lib/published-html';
import { DATA, PAGEFIND } from '../../src/lib/markup';

describe('the published page without the indexer’s attributes', () => {
  test.each(INDEXER_ONLY_ATTRIBUTES)('%s is taken out of every tag, the other attributes kept in order', (name) => {
    const html = `<p><a href="/x/" class="actor" ${name}="⟦a; b &quot;c&quot; > d⟧" ${DATA.actor}="x">X</a> and <time datetime="2021" ${name}="y">2021</time></p>`;
    expect(withoutIndexerAttributes(html)).toBe(`<p><a href="/x/" class="actor" ${DATA.actor}="x">X</a> and <time datetime="2021">2021</time></p>`);
  });

  test('what the highlighter and the indexer’s bounds rely on stays: the body, the ignored parts', () => {
    const html = `<article ${PAGEFIND.body} ${PAGEFIND.filter}="kind:article"><span ${PAGEFIND.ignore}>^</span><nav ${PAGEFIND.ignore}="all"></nav></article>`;
    expect(withoutIndexerAttributes(html)).toBe(`<article ${PAGEFIND.body}><span ${PAGEFIND.ignore}>^</span><nav ${PAGEFIND.ignore}="all"></nav></article>`);
  });

  test('a page whose words quote such an attribute keeps its words', () => {
    const text = `<p>Pagefind reads ${PAGEFIND.filter}="actor" from a tag: &lt;a ${PAGEFIND.filter}="actor"&gt;</p>`;
    expect(withoutIndexerAttributes(text)).toBe(text);
  });

  test('an attribute whose name only starts like one is kept', () => {
    const html = `<div ${PAGEFIND.filter}-extra="1" data-spellings-note="2"></div>`;
    expect(withoutIndexerAttributes(html)).toBe(html);
  });
});

describe('the published page’s CSP', () => {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
  const theme = 'document.documentElement.dataset.theme="dark"';
  const style = '.a{color:red}';

  test('keeps the hashes of the page’s own inline scripts and styles, and every other source', () => {
    const policy = (scripts: string[], styles: string[]) =>
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'${scripts.map((h) => ` ${h}`).join('')}; style-src 'self'${styles.map((h) => ` ${h}`).join('')};`;
    const body = `<script>${theme}</script><style>${style}</style><script type="module" src="/a.js"></script>`;
    const site = policy([hash(theme), hash('other()'), hash('')], [hash('.b{}'), hash(style)]);
    expect(withOwnCspHashes(page(site, body))).toBe(page(policy([hash(theme)], [hash(style)]), body));
  });

  test('a script loaded from a file is no inline script: its text (none) keeps no hash', () => {
    const body = '<script type="module" src="/a.js"></script>';
    expect(withOwnCspHashes(page(`script-src 'self' ${hash('')}`, body))).toBe(page(`script-src 'self'`, body));
  });

  test('a page without a CSP is left as it is', () => {
    const html = `<html><head></head><body><script>${theme}</script></body></html>`;
    expect(withOwnCspHashes(html)).toBe(html);
  });
});
