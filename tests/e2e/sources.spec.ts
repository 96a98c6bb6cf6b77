import { expect, test } from '@playwright/test';
import { formatDate } from '../../src/lib/dates';
import { readdirSync } from 'node:fs';
import { allCitations, ARTICLE, articleFrontmatter, eachPage, idsOn, inViewport, normalise, outletData } from './helpers';

const { citations } = articleFrontmatter();

test.describe('sources', () => {
  test('every inline citation is a link to an entry that names its outlet and date and links out to the outlet', async ({ page }) => {
    await page.goto(ARTICLE);
    const links = page.locator('.article-body a.cite');
    await expect(links).toHaveCount(citations.length);
    for (const citation of citations) {
      const link = page.locator(`a.cite[data-cite="${citation.id}"]`).first();
      await expect(link).toHaveAttribute('href', `#source-${citation.id}`);
      const entry = page.locator(`#source-${citation.id}`);
      const outlet = outletData(citation.outlet);
      const text = normalise((await entry.textContent()) ?? '');
      expect(text).toContain(outlet.name);
      if (citation.date) expect(text).toContain(formatDate(citation.date));
      const out = entry.locator(`a[href="https://${outlet.domain}/"]`);
      await expect(out).toHaveCount(1);
      await expect(out).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(entry.locator('a[href^="https://web.archive.org/web/"]')).toHaveCount(1);
    }
  });

  test('the list is set smaller than the text, and its 24 entries fit in two screens of a desktop', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(ARTICLE);
    const size = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('.sources li')).toBeLessThan(await size('.article-body > p'));
    await expect(page.locator('.sources ol > li')).toHaveCount(citations.length);
    const list = (await page.locator('.sources ol').boundingBox())!;
    expect(list.height).toBeLessThanOrEqual(2 * 900);
  });

  test('each entry reads evenly: single spaces, wrapped lines aligned, no link label broken', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(ARTICLE);
    const faults = await page.locator('.sources ol > li').evaluateAll((items) =>
      items.flatMap((li) => {
        const found: string[] = [];
        if (/\s{2,}/.test(li.textContent!.trim())) found.push(`${li.id}: two spaces in a row`);
        // No part of the entry is pushed off the text by a margin of its own.
        for (const el of li.querySelectorAll('*')) {
          const style = getComputedStyle(el);
          if (style.display.startsWith('inline') && (style.marginLeft !== '0px' || style.marginRight !== '0px')) found.push(`${li.id}: margin on ${el.className || el.localName}`);
        }
        // Every line of the entry starts at the same edge.
        const range = document.createRange();
        range.selectNodeContents(li);
        const starts = new Map<number, number>();
        for (const r of range.getClientRects()) starts.set(Math.round(r.top), Math.min(starts.get(Math.round(r.top)) ?? Infinity, Math.round(r.left)));
        if (new Set(starts.values()).size > 1) found.push(`${li.id}: lines start at ${[...new Set(starts.values())].join(', ')}`);
        for (const a of li.querySelectorAll('a')) if (a.getClientRects().length > 1) found.push(`${li.id}: "${a.textContent}" breaks across lines`);
        return found;
      }),
    );
    expect(faults).toEqual([]);
  });

  test('the citation’s wording stays as the author wrote it', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('a.cite[data-cite="rudaw-2021-11-07"]')).toHaveText('rudaw.net, November 7');
    await expect(page.locator('a.cite[data-cite="alarabiya-2014-06-09"]')).toHaveText('alarabiya.net, June 9, 2014');
  });

  test('following a citation lands on its entry', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(ARTICLE);
    await page.locator('a.cite[data-cite="aljazeera-2016-11-26"]').click();
    await expect(page).toHaveURL(/#source-aljazeera-2016-11-26$/);
    expect(await inViewport(page, '#source-aljazeera-2016-11-26')).toBe(true);
  });

  test('every back-link from the Sources lands on the paragraph that cites it', async ({ page }) => {
    await page.goto(ARTICLE);
    const backlinks = await page.locator('.sources .backlinks a').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, entry: a.closest('li')!.id })),
    );
    expect(backlinks.length).toBe(citations.length);
    for (const { href, entry } of backlinks) {
      const target = page.locator(href);
      await expect(target).toHaveCount(1);
      // The back-link lands on the citation inside its paragraph, and that citation is this entry's.
      expect(await target.evaluate((el) => el.closest('p')?.id ?? '')).toMatch(/^p-/);
      await expect(target).toHaveAttribute('href', `#${entry}`);
    }
    await page.goto(`${ARTICLE}${backlinks[7]!.href}`);
    const paragraph = page.locator(`${backlinks[7]!.href}`).locator('xpath=ancestor::p');
    const background = await paragraph.evaluate((p) => getComputedStyle(p).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('each outlet page lists as many citing passages as the articles have citations of it, those of this article landing on its paragraph', async ({ page }) => {
    const articleIds = await idsOn(page, ARTICLE);
    const everyCitation = allCitations();
    for (const outlet of [...new Set(citations.map((c) => c.outlet))]) {
      let listed = 0;
      await eachPage(page, `/outlets/${outlet}/`, async () => {
        listed += await page.locator('.citing-passage').count();
        const hrefs = await page.locator(`.citing-passage a.go[href^="${ARTICLE}#"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        for (const href of hrefs) expect(articleIds.has(href.split('#')[1]!)).toBe(true);
        await expect(page.locator('h1')).toHaveText(outletData(outlet).name);
      });
      expect(listed, outlet).toBe(everyCitation.filter((c) => c.outlet === outlet).length);
    }
  });

  test('the outlets index lists every outlet with its citation count', async ({ page }) => {
    await page.goto('/outlets/');
    const items = page.locator('main li');
    await expect(items).toHaveCount(readdirSync('content/outlets').filter((f) => f.endsWith('.yaml')).length);
    const cited = allCitations().filter((c) => c.outlet === 'aljazeera').length;
    await expect(page.locator('main li', { hasText: outletData('aljazeera').name })).toContainText(String(cited));
  });

  test('a time axis of the citations links each dated citation to its entry, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    const marks = await page.locator('.sources svg a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, name: a.getAttribute('aria-label')! })));
    const dated = citations.filter((c) => c.date);
    // A mark per source, or one for several close together that says how many it stands for.
    for (const mark of marks) expect(dated.map((c) => `#source-${c.id}`)).toContain(mark.href);
    const counted = marks.reduce((sum, mark) => sum + Number(/: (\d+) sources$/.exec(mark.name)?.[1] ?? 1), 0);
    expect(counted).toBe(dated.length);
    await context.close();
  });
});
