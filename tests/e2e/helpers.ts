import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';

export const ARTICLE = '/articles/al-khadimi-assassination-attempt/';
export const ARTICLE_FILE = 'content/articles/al-khadimi-assassination-attempt.mdx';

/** The article's frontmatter, read from the source rather than restated in the tests. */
export function articleFrontmatter(): {
  title: string;
  firstPublished?: string;
  publication: { name: string; volume?: number; issue?: number };
  citations: Array<{ id: string; outlet: string; date?: string }>;
} {
  const source = readFileSync(ARTICLE_FILE, 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!);
}

export function outletData(id: string): { name: string; domain: string; languages: string[] } {
  return parse(readFileSync(`content/outlets/${id}.yaml`, 'utf8'));
}

export const normalise = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** Every element id on a page, to check that links land somewhere. */
export async function idsOn(page: Page, path: string): Promise<Set<string>> {
  await page.goto(path);
  return new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id)));
}

/** Whether the element's box is at least partly inside the viewport. */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
}
