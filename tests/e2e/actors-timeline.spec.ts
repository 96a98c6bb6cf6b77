import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseInterval } from '../../src/lib/dates';
import { ARTICLE, idsOn } from './helpers';

const actorIds = readdirSync('content/actors').map((f) => f.replace(/\.yaml$/, ''));

/** Links from a page into the article, as fragment ids. */
async function articleAnchors(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const hrefs = await page.locator(`main a[href^="${ARTICLE}#"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return hrefs.map((h) => h.split('#')[1]!);
}

test.describe('actors', () => {
  test('the al-Kadhimi page lists both spellings and links to every paragraph that mentions him under either', async ({ page }) => {
    await page.goto(ARTICLE);
    const mentioning = await page.locator('[data-actor="mustafa-al-kadhimi"]').evaluateAll((els) => [
      ...new Set(els.map((el) => el.closest('p')!.id)),
    ]);
    const spellings = await page.locator('[data-actor="mustafa-al-kadhimi"]').allTextContents();
    expect(spellings.map((s) => s.toLowerCase())).toEqual(expect.arrayContaining(['al-kadhimi', 'al-khadimi']));

    await page.goto('/actors/mustafa-al-kadhimi/');
    await expect(page.locator('h1')).toHaveText('Mustafa al-Kadhimi');
    const aliases = page.locator('section[aria-labelledby="aliases-label"] li');
    await expect(aliases.filter({ hasText: /^al-Kadhimi/ })).toHaveCount(1);
    await expect(aliases.filter({ hasText: /^al-Khadimi/ })).toHaveCount(1);
    const linked = new Set(await articleAnchors(page, '/actors/mustafa-al-kadhimi/'));
    expect([...linked].sort()).toEqual(mentioning.sort());
  });

  test('an ambiguous phrase the author attributed goes to the right person', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('a[data-actor="muhammad-sadiq-al-sadr"]', { hasText: 'his late father' })).toHaveCount(1);
  });

  test('every actor page exists and every link from it lands on an existing anchor', async ({ page }) => {
    const ids = await idsOn(page, ARTICLE);
    for (const actor of actorIds) {
      const anchors = await articleAnchors(page, `/actors/${actor}/`);
      expect(anchors.length, `${actor} has no mentions`).toBeGreaterThan(0);
      for (const anchor of anchors) expect(ids.has(anchor), `${actor} → #${anchor}`).toBe(true);
    }
  });

  test('an actor page shows who is most often mentioned with them', async ({ page }) => {
    await page.goto('/actors/moqtada-al-sadr/');
    await expect(page.locator('section[aria-labelledby="with-label"] a').first()).toHaveAttribute('href', /^\/actors\//);
  });

  test('the actors index groups them by kind with mention counts', async ({ page }) => {
    await page.goto('/actors/');
    for (const heading of ['People', 'Groups', 'States', 'Places']) await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.locator('main li a[href^="/actors/"]')).toHaveCount(actorIds.length);
  });
});

test.describe('dates and the timeline', () => {
  test('every date in the article is a <time> with a valid ISO value', async ({ page }) => {
    await page.goto(ARTICLE);
    const values = await page.locator('.article-body > p time, .footnotes p time').evaluateAll((ts) =>
      ts.map((t) => t.getAttribute('data-interval') ?? t.getAttribute('datetime')!),
    );
    expect(values.length).toBeGreaterThan(20);
    for (const value of values) expect(parseInterval(value), value).toBeDefined();
    await expect(page.locator('.article-body time', { hasText: 'the following day' })).toHaveAttribute('datetime', '2021-11-08');
    await expect(page.locator('.article-body time', { hasText: 'from 2014 to 2017' })).toHaveAttribute('data-interval', '2014/2017');
  });

  test('the timeline has entries for November 7, 5 and 4, 2021, each linking to its paragraph', async ({ page }) => {
    const ids = await idsOn(page, ARTICLE);
    await page.goto('/timeline/');
    for (const day of ['2021-11-07', '2021-11-05', '2021-11-04']) {
      const entry = page.locator(`li[data-date="${day}"]`);
      await expect(entry).toHaveCount(1);
      const hrefs = await entry.locator(`a[href^="${ARTICLE}#"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(ids.has(href.split('#')[1]!)).toBe(true);
    }
  });

  test('the timeline runs in chronological order, grouped by year', async ({ page }) => {
    await page.goto('/timeline/');
    const years = await page.locator('main h2[id^="year-"]').allTextContents();
    expect(years).toEqual([...years].sort());
    const dates = await page.locator('li[data-date]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-date')!.split('/')[0]!));
    const key = (d: string) => (d + '-00-00').slice(0, 10);
    expect(dates.map(key)).toEqual([...dates.map(key)].sort());
  });

  test('every timeline link lands on an existing anchor', async ({ page }) => {
    const ids = await idsOn(page, ARTICLE);
    const anchors = await articleAnchors(page, '/timeline/');
    expect(anchors.length).toBeGreaterThan(20);
    for (const anchor of anchors) expect(ids.has(anchor)).toBe(true);
    const local = await page.locator('main svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const pageIds = new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
    for (const href of local.filter((h) => h.startsWith('#'))) expect(pageIds.has(href.slice(1))).toBe(true);
  });

  test('the timeline reads on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/timeline/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
