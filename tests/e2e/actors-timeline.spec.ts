import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { formatDate, parseInterval } from '../../src/lib/dates';
import { ARTICLE, eachPage, idsOn } from './helpers';
import { actorPath, dateAnchor } from '../../src/lib/urls';

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

  test('every actor page exists and every link from it lands on an existing anchor', async ({ page, request }) => {
    const ids = await idsOn(page, ARTICLE);
    // The pages as a host serves them, read without rendering: what is checked here is their links.
    const served = async (path: string) => {
      const response = await request.get(path);
      expect(response.ok(), `${path} is served`).toBe(true);
      return response.text();
    };
    for (const actor of actorIds) {
      const anchors: string[] = [];
      for (let path: string | undefined = actorPath(actor); path; ) {
        const html = await served(path);
        anchors.push(...[...html.matchAll(new RegExp(`href="${ARTICLE}#([^"]+)"`, 'g'))].map((m) => m[1]!));
        path = /<link rel="next" href="([^"]+)"/.exec(html)?.[1];
      }
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
    const year = page.url();
    for (const day of ['2021-11-07', '2021-11-05', '2021-11-04']) {
      // The day's own mark, or the one for the close dates it is among ("November 4, 2021 to November 8, 2021: …").
      const marks = await page.locator('.time-axis a').evaluateAll((as) => as.map((a) => ({ name: a.getAttribute('aria-label')!, href: a.getAttribute('href')! })));
      const mark = marks.find((m) => m.name.startsWith(`${formatDate(day)}:`)) ?? marks.find((m) => {
        const span = /^(.+) to (.+): /.exec(m.name);
        return span && Date.parse(`${span[1]} UTC`) <= Date.parse(`${day}T00:00Z`) && Date.parse(`${day}T00:00Z`) <= Date.parse(`${span[2]} UTC`);
      });
      expect(mark, `a mark for ${day}`).toBeDefined();
      await page.goto(new URL(mark!.href, year).href);
      const entry = page.locator(`li[data-date="${day}"]`);
      await expect(entry).toHaveCount(1);
      await expect(entry).toHaveAttribute('id', dateAnchor(day));
      const hrefs = await entry.locator(`a[href^="${ARTICLE}#"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(ids.has(href.split('#')[1]!)).toBe(true);
      await page.goto(year);
    }
  });

  test('the timeline runs in chronological order, page by page from its overview, each entry linking to its paragraph', async ({ page }) => {
    const ids = await idsOn(page, ARTICLE);
    await page.goto('/timeline/');
    const years = await page.locator('main .year-bars .year').allTextContents();
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort());
    const counts = await page.locator('main .year-bars .count').evaluateAll((cs) => cs.map((c) => Number(c.firstChild!.textContent!.replace(/,/g, ''))));
    const dates: string[] = [];
    const anchors: string[] = [];
    let entries = 0;
    const pages = await eachPage(page, (await page.locator('main .year-bars a').first().getAttribute('href'))!, async () => {
      const found = await page.locator('main').evaluate((main, article) => ({
        dates: [...main.querySelectorAll('li[data-date]')].map((li) => li.getAttribute('data-date')!.split('/')[0]!),
        entries: main.querySelectorAll('li[data-date] blockquote').length,
        anchors: [...main.querySelectorAll(`a[href^="${article}#"]`)].map((a) => a.getAttribute('href')!.split('#')[1]!),
      }), ARTICLE);
      dates.push(...found.dates);
      anchors.push(...found.anchors);
      entries += found.entries;
    });
    expect(pages.length).toBeGreaterThanOrEqual(years.length);
    const key = (d: string) => (d + '-00-00').slice(0, 10);
    expect(dates.map(key)).toEqual([...dates.map(key)].sort());
    // Each year's entries are on its pages: as many as the overview counts.
    expect(entries).toBe(counts.reduce((a, b) => a + b, 0));
    expect(anchors.length).toBeGreaterThan(20);
    for (const anchor of anchors) expect(ids.has(anchor), anchor).toBe(true);
  });

  test('a year between two others ends with its earlier and later neighbours side by side, on a phone too', async ({ page }) => {
    await page.goto('/timeline/');
    const years = await page.locator('main .year-bars a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(years.length).toBeGreaterThan(2);
    for (const width of [360, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(years[1]!);
      const [earlier, later] = await page.locator('nav.sequence a').all();
      await expect(earlier!).toHaveAccessibleName(/^Earlier /);
      await expect(later!).toHaveAccessibleName(/^Later /);
      const [a, b] = [(await earlier!.boundingBox())!, (await later!.boundingBox())!];
      expect(Math.round(a.y), `${width} px`).toBe(Math.round(b.y));
      expect(a.x + a.width, `${width} px`).toBeLessThanOrEqual(b.x);
      await earlier!.click();
      await expect(page).toHaveURL(new RegExp(`${years[0]}$`));
    }
  });

  test('the timeline reads on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/timeline/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await eachPage(page, (await page.locator('main .year-bars a').first().getAttribute('href'))!, async (path) => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    });
  });
});

test.describe('the timeline charts on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  /** What a page's charts offer: each tap target (a mark on a time axis, a row of a bar chart), and each axis's legend, mark kinds and labels. */
  const charts = (page: Page) =>
    page.locator('main').evaluate((main) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      return {
        targets: [...main.querySelectorAll('.time-axis svg a, .year-bars a')].map((a) => ({ name: a.getAttribute('aria-label') ?? a.textContent!.trim(), ...box(a) })),
        axes: [...main.querySelectorAll('.time-axis')].map((figure) => ({
          legend: figure.querySelector('figcaption')?.textContent ?? '',
          kinds: [...new Set([...figure.querySelectorAll('svg a')].map((a) => (a.querySelector('circle') ? 'day' : 'period')))],
          frame: box(figure.querySelector('svg[role="group"]')!),
          labels: [...figure.querySelectorAll('text.axis-label')].map((t) => ({ text: t.textContent!, ...box(t) })),
        })),
      };
    });

  test('no chart target is under 24 × 24 px or overlaps another; each is named, each axis says what its marks are, no label is cut off', async ({ page }) => {
    await page.goto('/timeline/');
    const paths = ['/timeline/', ...(await eachPage(page, (await page.locator('main .year-bars a').first().getAttribute('href'))!, async () => {})), ARTICLE];
    let seen = 0;
    for (const path of paths) {
      await page.goto(path);
      const { targets, axes } = await charts(page);
      seen += targets.length;
      for (const t of targets) {
        expect(t.name, `${path}: a mark without a name`).not.toBe('');
        // 24 px, give or take the browser's sub-pixel rounding.
        expect(t.right - t.left, `${path}: ${t.name}`).toBeGreaterThanOrEqual(23.99);
        expect(t.bottom - t.top, `${path}: ${t.name}`).toBeGreaterThanOrEqual(23.99);
      }
      targets.forEach((a, i) =>
        targets.slice(i + 1).forEach((b) => {
          const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
          expect(apart, `${path}: ${a.name} overlaps ${b.name}`).toBe(true);
        }),
      );
      for (const axis of axes) {
        if (axis.kinds.includes('day')) expect(axis.legend, path).toContain('a day');
        if (axis.kinds.includes('period')) expect(axis.legend, path).toContain('longer period');
        for (const label of axis.labels) {
          expect(label.left, `${path}: ${label.text}`).toBeGreaterThanOrEqual(axis.frame.left - 0.5);
          expect(label.right, `${path}: ${label.text}`).toBeLessThanOrEqual(axis.frame.right + 0.5);
        }
      }
    }
    expect(seen).toBeGreaterThan(20);
  });
});
