import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { formatDate, parseInterval } from '../../src/lib/dates';
import { ARTICLE, eachPage, idsOn } from './helpers';

const actorIds = readdirSync('content/actors').map((f) => f.replace(/\.yaml$/, ''));

/** Links into the article from a page and the pages after it (older mentions, later years), as fragment ids. */
async function articleAnchors(page: Page, path: string): Promise<string[]> {
  const anchors: string[] = [];
  await eachPage(page, path, async () => {
    const hrefs = await page.locator(`main a[href^="${ARTICLE}#"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    anchors.push(...hrefs.map((h) => h.split('#')[1]!));
  });
  return anchors;
}

/** The timeline's pages, oldest to newest, as a reader gets them from the overview's first year on. */
async function timelinePages(page: Page): Promise<string[]> {
  await page.goto('/timeline/');
  const first = await page.locator('main .year-bars a').first().getAttribute('href');
  return eachPage(page, first!, async () => {});
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

  test('the timeline has entries for November 7, 5 and 4, 2021, each reached from the chart and linking to its paragraph', async ({ page }) => {
    const ids = await idsOn(page, ARTICLE);
    await page.goto('/timeline/');
    await page.locator('main .year-bars a', { hasText: '2021' }).click();
    for (const day of ['2021-11-07', '2021-11-05', '2021-11-04']) {
      const mark = page.locator(`.time-axis a[aria-label^="${formatDate(day)}:"]`);
      await expect(mark).toHaveCount(1);
      const landing = (await mark.getAttribute('href'))!;
      await page.goto(landing);
      const entry = page.locator(`li[data-date="${day}"]`);
      await expect(entry).toHaveCount(1);
      await expect(entry).toHaveAttribute('id', landing.split('#')[1]!);
      const hrefs = await entry.locator(`a[href^="${ARTICLE}#"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(ids.has(href.split('#')[1]!)).toBe(true);
      await page.goBack();
    }
  });

  test('the timeline runs in chronological order, a page per year, from its overview on', async ({ page }) => {
    await page.goto('/timeline/');
    const years = await page.locator('main .year-bars .year').allTextContents();
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort());
    const dates: string[] = [];
    let entries = 0;
    const pages = await timelinePages(page);
    for (const path of pages) {
      await page.goto(path);
      dates.push(...(await page.locator('li[data-date]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-date')!.split('/')[0]!))));
      entries += await page.locator('li[data-date] blockquote').count();
    }
    expect(pages.length).toBeGreaterThanOrEqual(years.length);
    const key = (d: string) => (d + '-00-00').slice(0, 10);
    expect(dates.map(key)).toEqual([...dates.map(key)].sort());
    // Each year's entries are on its pages: as many as the overview counts.
    const counts = await page.goto('/timeline/').then(() => page.locator('main .year-bars .count').evaluateAll((cs) => cs.map((c) => Number(c.firstChild!.textContent!.replace(/,/g, '')))));
    expect(entries).toBe(counts.reduce((a, b) => a + b, 0));
  });

  test('every timeline link lands on an existing anchor', async ({ page }) => {
    const ids = await idsOn(page, ARTICLE);
    await page.goto('/timeline/');
    const anchors: string[] = [];
    for (const path of await timelinePages(page)) {
      await page.goto(path);
      anchors.push(...(await page.locator(`main a[href^="${ARTICLE}#"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('#')[1]!))));
      for (const href of await page.locator('main svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        const [target, anchor] = href.split('#');
        if (!anchor) continue;
        const targetIds = target && target !== path ? await idsOn(page, target) : new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
        expect(targetIds.has(anchor), `${path}: ${href}`).toBe(true);
        if (target && target !== path) await page.goto(path);
      }
    }
    expect(anchors.length).toBeGreaterThan(20);
    for (const anchor of anchors) expect(ids.has(anchor)).toBe(true);
  });

  test('the timeline reads on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    for (const path of ['/timeline/', ...(await timelinePages(page))]) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
  });
});

test.describe('the timeline charts on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  /** Every tap target of the page's charts: the marks on a time axis and the rows of a bar chart. */
  const targets = (page: Page) =>
    page.locator('.time-axis svg a, .year-bars a').evaluateAll((as) =>
      as.map((a) => {
        const r = a.getBoundingClientRect();
        return { name: a.getAttribute('aria-label') ?? a.textContent!.trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );

  test('no chart target is under 24 × 24 px, none overlaps another, and each has a name', async ({ page }) => {
    const paths = ['/timeline/', ...(await timelinePages(page)), ARTICLE];
    let seen = 0;
    for (const path of paths) {
      await page.goto(path);
      const found = await targets(page);
      seen += found.length;
      for (const t of found) {
        expect(t.name, `${path}: a mark without a name`).not.toBe('');
        // 24 px, give or take the browser's sub-pixel rounding.
        expect(t.right - t.left, `${path}: ${t.name}`).toBeGreaterThanOrEqual(23.99);
        expect(t.bottom - t.top, `${path}: ${t.name}`).toBeGreaterThanOrEqual(23.99);
      }
      found.forEach((a, i) =>
        found.slice(i + 1).forEach((b) => {
          const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
          expect(apart, `${path}: ${a.name} overlaps ${b.name}`).toBe(true);
        }),
      );
    }
    expect(seen).toBeGreaterThan(20);
  });

  test('each chart says what its marks are, and no tick label is cut off', async ({ page }) => {
    for (const path of [...(await timelinePages(page)), ARTICLE]) {
      await page.goto(path);
      for (const chart of await page.locator('.time-axis').all()) {
        const kinds = await chart.locator('svg a').evaluateAll((as) => [...new Set(as.map((a) => (a.querySelector('circle') ? 'day' : 'period')))]);
        const legend = (await chart.locator('figcaption').textContent()) ?? '';
        if (kinds.includes('day')) expect(legend, path).toContain('a day');
        if (kinds.includes('period')) expect(legend, path).toContain('longer period');
        const box = await chart.locator('svg[role="group"]').boundingBox();
        for (const label of await chart.locator('svg text.axis-label').all()) {
          const r = (await label.boundingBox())!;
          expect(r.x, `${path}: ${await label.textContent()}`).toBeGreaterThanOrEqual(box!.x - 0.5);
          expect(r.x + r.width, `${path}: ${await label.textContent()}`).toBeLessThanOrEqual(box!.x + box!.width + 0.5);
        }
      }
    }
  });
});
