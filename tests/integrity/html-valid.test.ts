import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, formatterFactory } from 'html-validate';
import { expect, test } from 'vitest';
import { SITE_DIR, siteFiles } from './site-dir';

test('every built page is valid HTML', async () => {
  // The project's rules, wherever the site was built (a folder outside the project finds no config of its own).
  const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const pages = siteFiles().filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(10);
  const failures = [];
  for (const page of pages) {
    const report = await validator.validateFile(join(SITE_DIR, page));
    if (!report.valid) failures.push(...report.results);
  }
  const text = formatterFactory('text');
  expect(failures.length === 0 ? '' : text(failures)).toBe('');
});
