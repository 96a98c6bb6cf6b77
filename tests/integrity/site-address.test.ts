import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { SITE } from '../../src/consts';
import { SITE_DIR, siteFiles } from './site-dir';

/** The other sites the built files may name, from the content: outlets, cited pages, where articles were first published. */
function contentHosts(): Set<string> {
  const hosts = new Set<string>();
  for (const file of readdirSync('content/outlets')) hosts.add(parse(readFileSync(join('content/outlets', file), 'utf8')).domain);
  for (const file of readdirSync('content/articles')) {
    const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join('content/articles', file), 'utf8'))![1]!);
    const urls = [frontmatter.firstPublished, ...(frontmatter.citations ?? []).map((c: { url?: string }) => c.url)];
    for (const url of urls) if (url) hosts.add(new URL(url).host);
  }
  return hosts;
}

// Web-archive lookups, and the namespaces of schema.org, XHTML and the sitemap's XML.
const SERVICES = ['web.archive.org', 'schema.org', 'www.w3.org', 'www.sitemaps.org', 'www.google.com'];

test("every address of the site in the built files is SITE.url: no placeholder or other address is left in code", () => {
  const others = new Set([...contentHosts(), ...SERVICES]);
  const own = new URL(SITE.url).host;
  // The test build is addressed as SITE_URL says, or as `npm start` serves it: never a made-up domain.
  expect(own).not.toMatch(/(^|\.)example\.(com|org|net)$/);
  const stray: string[] = [];
  let ownAddresses = 0;
  const text = siteFiles().filter((f) => !f.startsWith('pagefind/') && /\.(html|xml|json|txt|bib|ris)$/.test(f));
  for (const file of text) {
    for (const [url] of readFileSync(join(SITE_DIR, file), 'utf8').matchAll(/https?:\/\/[^\s"'<>)\\*]+/g)) {
      const { host } = new URL(url);
      if (host === own) ownAddresses++;
      else if (!others.has(host)) stray.push(`${file}: ${url}`);
    }
  }
  // Canonical links, the sitemap, the feed and the citations carry the site's own address.
  expect(ownAddresses).toBeGreaterThan(text.filter((f) => f.endsWith('.html')).length);
  expect(stray).toEqual([]);
});
