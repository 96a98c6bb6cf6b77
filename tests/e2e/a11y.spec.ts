import AxeBuilder from '@axe-core/playwright';
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

async function violations(page: Page, { light = false } = {}) {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  if (light) builder.disableRules(LIGHT_PASS_SKIPS);
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

test('axe finds no WCAG 2.2 AA or best-practice violation in the dark theme picked with the toggle', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await open(page, ARTICLE);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await violations(page)).toEqual([]);
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation with a card open, or with the notes in the margin, in the ${scheme} theme`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    await page.locator('a.cite').first().focus();
    await expect(page.locator('#in-place-card')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.keyboard.press('Escape');
    await expect(page.locator('.sidenote').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
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

/** The sitemap's pages are checked in this many tests, so that the workers share them. */
const SHARDS = 4;

for (let shard = 0; shard < SHARDS; shard++) {
  test(`axe finds no violation on any page the sitemap lists (part ${shard + 1} of ${SHARDS})`, async ({ page, request }) => {
    // A page at a time, a second or so each: the part's time grows with the site, not a step's.
    test.setTimeout(120_000);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(paths.length).toBeGreaterThan(PAGES.length);
    const found: string[] = [];
    for (const path of paths.filter((p, i) => i % SHARDS === shard && !PAGES.includes(p))) {
      await open(page, path);
      found.push(...(await violations(page, { light: true })).map((v) => `${path} ${v}`));
    }
    expect(found).toEqual([]);
  });
}
