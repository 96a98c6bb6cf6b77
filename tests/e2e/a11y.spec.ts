import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { ARTICLE } from './helpers';

/** The pages checked: one of each kind. */
const PAGES = [ARTICLE, '/', '/actors/mustafa-al-kadhimi/', '/outlets/aljazeera/', '/timeline/', '/search/', '/404.html'];

/** Every WCAG 2.0, 2.1 and 2.2 A and AA rule axe has, and its best practices (such as landmarks told apart). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Contrast is the slow rule, and the per-kind pages above already check it for every kind's
 * styles in both themes; the pass over every page looks for everything else.
 */
const LIGHT_PASS_SKIPS = ['color-contrast'];

/** Axe's findings on the page, or only within `scope` (a selector) where the rest is checked elsewhere. */
async function violations(page: Page, { scope }: { scope?: string } = {}) {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  if (scope) builder.include(scope);
  const { violations } = await builder.analyze();
  // One line per failing element, so that the failure says what to fix.
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.ok(), `${path} loads`).toBe(true);
}

for (const path of PAGES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 AA or best-practice violation on ${path} in the ${scheme} theme of the system`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await open(page, path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      expect(await violations(page)).toEqual([]);
      await context.close();
    });
  }

}

// Every kind's dark styles are checked above; here, that the toggle's dark is the same dark.
test('axe finds no WCAG 2.2 AA or best-practice violation in the dark theme picked with the toggle', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await open(page, '/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await violations(page)).toEqual([]);
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  // The page around them is checked with the article above: here the card and the notes in the margin.
  test(`axe finds no violation in an open card, or in the notes in the margin, in the ${scheme} theme`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    await page.locator('a.cite').first().focus();
    await expect(page.locator('#in-place-card')).toBeVisible();
    expect(await violations(page, { scope: '#in-place-card' })).toEqual([]);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.keyboard.press('Escape');
    await expect(page.locator('.sidenote').first()).toBeVisible();
    expect(await violations(page, { scope: '.sidenote' })).toEqual([]);
    await context.close();
  });
}

test('the page can be used with the keyboard alone: skip link first, focus always visible', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  // Every stop of the next stretch of Tab presses shows a focus ring.
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    expect(ring.outline, `focus ring on ${ring.tag} #${i}`).toBe(true);
  }
});

test('landmarks: one banner, one main, one contentinfo, and named navigation', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(1);
});

/**
 * The pass over every page the sitemap lists is light: axe is loaded once per part, and each page is
 * read into that one document (its markup and styles; its scripts are the per-kind tests' business)
 * instead of being opened and injected with axe anew, which costs a second a page.
 */
const AXE_SOURCE = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');
const SHARDS = 2;

async function lightViolations(page: Page, path: string): Promise<string[]> {
  return page.evaluate(
    async ({ path, tags, skips }) => {
      const html = await (await fetch(path)).text();
      const next = new DOMParser().parseFromString(html, 'text/html').documentElement;
      document.replaceChild(document.adoptNode(next), document.documentElement);
      const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
      await Promise.all(sheets.map((link) => link.sheet ?? new Promise((done) => link.addEventListener('load', done, { once: true }))));
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
      const { violations } = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(skips.map((id) => [id, { enabled: false }])),
      });
      return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
    },
    { path, tags: TAGS, skips: LIGHT_PASS_SKIPS },
  );
}

for (let shard = 0; shard < SHARDS; shard++) {
  test(`axe finds no violation on any page the sitemap lists (part ${shard + 1} of ${SHARDS})`, async ({ browser, request }) => {
    test.setTimeout(120_000);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(paths.length).toBeGreaterThan(PAGES.length);
    // The pages' own CSP allows their own inline styles only: read into one document, they need it set aside.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await open(page, '/404.html');
    await page.evaluate(AXE_SOURCE);
    const found: string[] = [];
    for (const path of paths.filter((p, i) => i % SHARDS === shard && !PAGES.includes(p))) {
      found.push(...(await lightViolations(page, path)).map((v) => `${path} ${v}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });
}
