import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, type Page } from '@playwright/test';
import { OLDER_INDEX_DIR } from '../../src/lib/urls';

export const ARTICLE = '/articles/al-khadimi-assassination-attempt/';
export const ARTICLE_FILE = 'content/articles/al-khadimi-assassination-attempt.mdx';

/** The article's frontmatter, read from the source rather than restated in the tests. */
export function articleFrontmatter(): {
  title: string;
  firstPublished?: string;
  authors: string[];
  date: string;
  publication: { name: string; volume?: number; issue?: number; publisher: string };
  citations: Array<{ id: string; outlet: string; date?: string }>;
} {
  const source = readFileSync(ARTICLE_FILE, 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!);
}

/** Every citation of every article in content/, for counts that must not assume one article. */
export function allCitations(): Array<{ id: string; outlet: string; date?: string }> {
  return readdirSync('content/articles')
    .filter((f) => /\.mdx?$/.test(f))
    .flatMap((f) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/articles/${f}`, 'utf8'))![1]!).citations ?? []);
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

/**
 * The pages of a sequence from `first` on, as a reader gets them by following "next": a list over
 * numbered pages, or the timeline's years and months. Each is visited; `visit` reads it.
 */
export async function eachPage(page: Page, first: string, visit: (path: string) => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  for (let path: string | null = first; path; ) {
    if (seen.includes(path)) throw new Error(`${path} is next twice`);
    seen.push(path);
    await page.goto(path);
    await visit(path);
    const next = page.locator('link[rel="next"]');
    path = (await next.count()) > 0 ? await next.getAttribute('href') : null;
  }
  return seen;
}

/**
 * Waits for a search to have searched the whole archive: until the older pages' index is merged in,
 * the first results are the newest pages' alone, in a list marked busy.
 */
export async function searchSettled(page: Page, list = '#search-results'): Promise<void> {
  await expect(page.locator(list)).not.toHaveAttribute('aria-busy', 'true');
}

/** Holds back every request `url` matches until `release` is called; `asked` resolves at the first of them. */
export async function holdRequests(page: Page, url: string | RegExp): Promise<{ asked: Promise<void>; release: () => void }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let ask = () => {};
  const asked = new Promise<void>((resolve) => (ask = resolve));
  await page.route(url, async (route) => {
    ask();
    await held;
    await route.continue();
  });
  return { asked, release };
}

/** Holds back every request for the older pages' index until the returned function is called. */
export async function holdOlderIndex(page: Page): Promise<() => void> {
  return (await holdRequests(page, `**/${OLDER_INDEX_DIR}/**`)).release;
}

/** The in-place cards' stylesheet, which the cards wait on before they listen. */
export const CARD_STYLES = /in-place-cards.*\.css$/;
