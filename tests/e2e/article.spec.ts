import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ARTICLE, ARTICLE_FILE, articleFrontmatter, inViewport, normalise } from './helpers';

const seed = readFileSync('tests/fixtures/seed-article.txt', 'utf8');

/** The seed's body as paragraphs, with the note markers ("[1]") that the site renders as footnotes taken out. */
function seedParagraphs(): string[] {
  const lines = seed.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines
    .slice(2) // the title line and the byline are checked against the header
    .map((l) => normalise(l.replace(/ \[\d\]$/, '').replace(/^\[\d\] /, '')));
}

test.describe('the article', () => {
  test('shows every paragraph of the seed text, word for word and in order', async ({ page }) => {
    // Below the sidenote width, so each note is read once, at the end.
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(ARTICLE);
    // Note numbers and back arrows are the site's, not the author's: hide them, then read what is visible.
    await page.locator('[data-footnote-ref], [data-footnote-backref]').evaluateAll((els) => els.forEach((el) => ((el as HTMLElement).style.display = 'none')));
    const visible = normalise(await page.locator('.article-body').innerText());
    let from = 0;
    const paragraphs = seedParagraphs();
    expect(paragraphs.length).toBeGreaterThan(30);
    for (const paragraph of paragraphs) {
      const at = visible.indexOf(paragraph, from);
      expect(at, `not found in order: "${paragraph.slice(0, 80)}…"`).toBeGreaterThanOrEqual(0);
      from = at + paragraph.length;
    }
  });

  test('keeps the author’s spellings', async ({ page }) => {
    await page.goto(ARTICLE);
    const text = await page.locator('.article-body').innerText();
    for (const spelling of ['al-Kadhimi', 'al-Khadimi', 'al-Sadar', 'Shamakhani', 'Esmael Qaani', '(rudaw.net, November 7)']) {
      expect(text).toContain(spelling);
    }
  });

  test('has a header with title, author, publication, volume, issue and publisher', async ({ page }) => {
    await page.goto(ARTICLE);
    const { title } = articleFrontmatter();
    const header = page.locator('article > header');
    await expect(header.locator('h1')).toHaveText(title);
    const text = normalise((await header.textContent()) ?? '');
    for (const part of ['Rami Jameel', 'Terrorism Monitor', 'Volume 19', 'Issue 22', 'The Jamestown Foundation']) expect(text).toContain(part);
    await expect(header.locator('time')).toHaveAttribute('datetime', '2021-11');
  });

  test('says where it was first published, with a link to it there', async ({ page }) => {
    await page.goto(ARTICLE);
    const { firstPublished, publication } = articleFrontmatter();
    const issue = `${publication.name}, Volume ${publication.volume}, Issue ${publication.issue}`;
    await expect(page.locator('article > header')).toContainText(`First published in ${issue}`);
    const link = page.locator('article > header').getByRole('link', { name: issue });
    await expect(link).toHaveAttribute('href', firstPublished!);
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('a phrase the author says names no actor is tied to none', async ({ page }) => {
    const phrases = [...readFileSync(ARTICLE_FILE, 'utf8').matchAll(/\[([^\]]+)\]\(actor:none\)/g)].map((m) => m[1]!);
    expect(phrases.length).toBeGreaterThan(0);
    await page.goto(ARTICLE);
    for (const phrase of phrases) {
      const paragraph = page.locator('.article-body p', { hasText: phrase });
      await expect(paragraph).toHaveCount(1);
      // The mentions whose words overlap the phrase's, by their place in the paragraph's text.
      const tied = await paragraph.evaluate((p, words) => {
        const start = p.textContent!.indexOf(words);
        const offset = (el: Element) => {
          const range = document.createRange();
          range.setStart(p, 0);
          range.setEndBefore(el);
          return range.toString().length;
        };
        return [...p.querySelectorAll('[data-actor]')]
          .filter((el) => offset(el) < start + words.length && offset(el) + el.textContent!.length > start)
          .map((el) => el.textContent);
      }, phrase);
      expect(tied).toEqual([]);
    }
  });

  test('is semantic HTML in English with headings in order', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('main article')).toHaveCount(1);
    const levels = await page.locator('main h1, main h2, main h3, main h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    const sections = await page.locator('.article-body > h2').allInnerTexts();
    expect(sections.map(normalise)).toEqual(
      expect.arrayContaining([
        'Elections, Power, Money, and Militias',
        'Al-Kadhimi and the Militias',
        'Al-Kadhimi’s Strong Allies',
        'The Potential Anti-PMF Alliance',
        'What Does Not Kill Al-Khadimi Makes Him Stronger',
        'The Iran-Backed Shia Militias’ Strategic Next Steps',
        'Conclusion',
      ]),
    );
  });

  test('each note reference leads to its note, and the note leads back', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(ARTICLE);
    for (const n of [1, 2, 3]) {
      await page.locator(`a#fnref-${n}`).click();
      await expect(page).toHaveURL(new RegExp(`#fn-${n}$`));
      expect(await inViewport(page, `#fn-${n}`)).toBe(true);
      await page.locator(`#fn-${n} a[data-footnote-backref]`).click();
      await expect(page).toHaveURL(new RegExp(`#fnref-${n}$`));
      expect(await inViewport(page, `#fnref-${n}`)).toBe(true);
    }
  });

  test('every paragraph has its own stable anchor, and a linked paragraph is highlighted', async ({ page }) => {
    await page.goto(ARTICLE);
    const ids = await page.locator('.article-body > p, .footnotes p').evaluateAll((ps) => ps.map((p) => p.id));
    expect(ids.every((id) => /^p-[a-z0-9-]+-[0-9a-f]{6}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const target = ids[5]!;
    const plain = await page.locator(`#${ids[6]}`).evaluate((p) => getComputedStyle(p).backgroundColor);
    await page.goto(`${ARTICLE}#${target}`);
    expect(await inViewport(page, `#${target}`)).toBe(true);
    const highlighted = await page.locator(`#${target}`).evaluate((p) => getComputedStyle(p).backgroundColor);
    expect(highlighted).not.toBe(plain);
  });

  test('reads at about 65 characters a line on a desktop', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(ARTICLE);
    const perLine = await page.locator('.article-body > p').first().evaluate((p) => {
      // Count the characters laid out on the paragraph's first line, across all its text nodes.
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let count = 0;
      let top: number | undefined;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.textContent!.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getBoundingClientRect();
          top ??= rect.top;
          if (rect.top > top + 2) return count;
          count++;
        }
      }
      return count;
    });
    expect(perLine).toBeGreaterThanOrEqual(55);
    expect(perLine).toBeLessThanOrEqual(80);
  });

  test('fits a 360 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    for (const path of ['/', ARTICLE]) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
  });

  test('on a 320 or 360 px phone the header is two rows: the name, search and theme, then every section link', async ({ page }) => {
    for (const width of [320, 360]) {
      await page.setViewportSize({ width, height: 780 });
      await page.goto(ARTICLE);
      const top = async (selector: string) => Math.round((await page.locator(selector).boundingBox())!.y);
      const links = await page.locator('header nav a').all();
      expect(links.length).toBeGreaterThan(3);
      const linkTops = new Set(await Promise.all(links.map(async (l) => Math.round((await l.boundingBox())!.y))));
      expect([...linkTops], `${width} px`).toHaveLength(1);
      const firstRow = await top('header a[href="/"] >> nth=0');
      for (const selector of ['#site-search', '[data-theme-toggle]']) expect(Math.abs((await top(selector)) - firstRow), `${selector} at ${width} px`).toBeLessThan(16);
      expect([...linkTops][0]).toBeGreaterThan(firstRow + 16);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });

  test('the home page lists the article', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: articleFrontmatter().title }).click();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  });
});

test.describe('a page shorter than the window', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const path of ['/', '/outlets/rudaw/', '/404.html']) {
    test(`${path} keeps its footer at the bottom of the window`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(900);
      const footer = (await page.locator('body > footer').boundingBox())!;
      expect(Math.round(footer.y + footer.height)).toBe(900);
    });
  }
});
