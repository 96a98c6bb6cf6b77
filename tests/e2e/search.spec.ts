import { expect, test, type Locator, type Page } from '@playwright/test';
import { ARTICLE, inViewport } from './helpers';

const KADHIMI = '/actors/mustafa-al-kadhimi/';
const SADR = '/actors/moqtada-al-sadr/';
const RESULT = '[data-search-result]';

/** Searches as a reader does, by typing into the search page's box, and waits for the results. */
async function search(page: Page, query: string): Promise<Locator> {
  if (!page.url().includes('/search/')) await page.goto('/search/');
  await page.locator('#search-input').fill(query);
  await expect(page.locator('#search-status')).toContainText(query);
  return page.locator(RESULT);
}

/** How many results the status line says there are. */
async function total(page: Page): Promise<number> {
  const status = (await page.locator('#search-status').textContent()) ?? '';
  return Number(/(\d+) results?/.exec(status)?.[1] ?? NaN);
}

/** Every link in the first `n` results, as paths with their fragment, the highlight words left out. */
async function linksInFirst(results: Locator, n = 5): Promise<string[]> {
  const count = Math.min(n, await results.count());
  const links: string[] = [];
  for (let i = 0; i < count; i++) {
    const hrefs = await results.nth(i).locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      links.push(url.pathname + url.hash);
    }
  }
  return links;
}

/** The id of the article paragraph whose text holds `words`. */
async function paragraphWith(page: Page, words: string): Promise<string> {
  await page.goto(ARTICLE);
  const id = await page.locator('.article-body p', { hasText: words }).first().getAttribute('id');
  expect(id).toBeTruthy();
  return id!;
}

test.describe('finding actors in any spelling', () => {
  for (const spelling of ['Khadimi', 'Kazemi']) {
    test(`"${spelling}" finds al-Kadhimi's page first, then the passages that mention him`, async ({ page }) => {
      const results = await search(page, spelling);
      await expect(results.first().locator('h2 a')).toHaveAttribute('href', new RegExp(`^${KADHIMI}`));
      await expect(results.first()).toHaveAttribute('data-kind', 'actor');
      const links = await linksInFirst(results);
      expect(links.some((l) => l.startsWith(`${ARTICLE}#p-`))).toBe(true);
    });
  }

  test('"Shamkhani" finds the passage that spells him "Shamakhani"', async ({ page }) => {
    const paragraph = await paragraphWith(page, 'Ali Shamakhani');
    const results = await search(page, 'Shamkhani');
    expect(await linksInFirst(results)).toContain(`${ARTICLE}#${paragraph}`);
  });

  test('"Muqtada" finds Moqtada al-Sadr', async ({ page }) => {
    const results = await search(page, 'Muqtada');
    await expect(results.first().locator('h2 a')).toHaveAttribute('href', new RegExp(`^${SADR}`));
    // The article never writes "Muqtada", yet its passages about him are found and highlighted.
    const article = results.filter({ has: page.locator(`h2 a[href^="${ARTICLE}"]`) });
    await expect(article).toHaveCount(1);
    await expect(article.locator('mark').first()).toHaveText(/Sadr/);
  });
});

test.describe('finding dates in any common form', () => {
  for (const form of ['November 7', '7 November', 'Nov 7', '2021-11-07']) {
    test(`"${form}" finds the attack and its timeline entry`, async ({ page }) => {
      const attack = await paragraphWith(page, 'A loud explosion was heard');
      const results = await search(page, form);
      const links = await linksInFirst(results);
      expect(links).toContain(`${ARTICLE}#${attack}`);
      expect(links).toContain('/timeline/#date-2021-11-07');
    });
  }

  test('a year such as "2016" finds what happened then', async ({ page }) => {
    const passage = await paragraphWith(page, 'In 2016, the Iraqi parliament');
    const results = await search(page, '2016');
    const links = await linksInFirst(results);
    expect(links).toContain('/timeline/#date-2016');
    expect(links).toContain(`${ARTICLE}#${passage}`);
  });
});

test.describe('results', () => {
  test('each result shows its kind, its title, a highlighted excerpt and passages that lead into the page', async ({ page }) => {
    const results = await search(page, 'Sadr');
    const first = results.first();
    await expect(first.locator('.search-kind')).toHaveText(/^(Article|Actor|Outlet|Timeline)$/);
    await expect(first.locator('h2 a')).not.toBeEmpty();
    await expect(first.locator('.search-excerpt mark').first()).toBeVisible();
    const article = results.filter({ has: page.locator(`h2 a[href^="${ARTICLE}"]`) });
    const passages = article.locator('[data-search-subresult] a');
    expect(await passages.count()).toBeGreaterThan(0);
    for (const href of await passages.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      expect(new URL(href).hash).toMatch(/^#p-/);
    }
  });

  test('a search can be linked to, and the link fills in the box', async ({ page }) => {
    await page.goto('/search/?q=Sadr');
    await expect(page.locator('#search-input')).toHaveValue('Sadr');
    await expect(page.locator(RESULT).first()).toBeVisible();
  });

  test('a result link lands on its paragraph, with the words searched for highlighted', async ({ page }) => {
    const results = await search(page, 'Shamkhani');
    const link = results.locator(`[data-search-subresult] a[href*="${ARTICLE}"]`).first();
    const hash = new URL((await link.evaluate((a) => (a as HTMLAnchorElement).href))).hash;
    await link.click();
    await page.waitForURL(`**${ARTICLE}*`);
    expect(new URL(page.url()).hash).toBe(hash);
    const target = page.locator(hash);
    await expect(target).toHaveCount(1);
    expect(await inViewport(page, hash)).toBe(true);
    // The text says "Shamakhani": the mention is highlighted all the same.
    await expect(target.locator('.search-hit').first()).toHaveText(/Shamakhani/);
  });

  test('a date form highlights the date as the text writes it', async ({ page }) => {
    await page.goto(`${ARTICLE}?pagefind-highlight=2021-11-07`);
    await expect(page.locator('time.search-hit[datetime="2021-11-07"]').first()).toBeVisible();
  });
});

test.describe('filters and sorting', () => {
  test('the kind filter narrows the results to that kind', async ({ page }) => {
    const results = await search(page, 'Sadr');
    const all = await total(page);
    await page.getByRole('radio', { name: 'Actors' }).check();
    await expect(page).toHaveURL(/kind=actor/);
    await expect.poll(() => total(page)).toBeLessThan(all);
    await expect(results.first()).toHaveAttribute('data-kind', 'actor');
    await expect(page.locator(`${RESULT}:not([data-kind="actor"])`)).toHaveCount(0);
  });

  test('the actor, outlet and year filters narrow the results', async ({ page }) => {
    await search(page, 'Sadr');
    const all = await total(page);
    for (const [name, value] of [['actor', 'Ali Shamkhani'], ['outlet', 'Rudaw'], ['year', '2016']] as const) {
      await page.locator(`select[name="${name}"]`).selectOption(value);
      await expect(page).toHaveURL(new RegExp(`${name}=`));
      await expect.poll(() => total(page)).toBeLessThan(all);
      await page.locator(`select[name="${name}"]`).selectOption('');
      await expect.poll(() => total(page)).toBe(all);
    }
    // The article cites Rudaw: it stays when filtering by that outlet.
    await page.locator('select[name="outlet"]').selectOption('Rudaw');
    await expect(page.locator(`${RESULT} h2 a[href^="${ARTICLE}"]`)).toHaveCount(1);
  });

  test('results can be sorted by date, the timeline’s entries in order too', async ({ page }) => {
    const entries = page.locator(`${RESULT} [data-search-subresult] a[href^="/timeline/"][href*="#date-"]`);
    const dates = () => entries.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice('#date-'.length)));
    await page.goto('/search/?q=Sadr&kind=date&sort=asc');
    await expect(entries.first()).toBeVisible();
    const oldest = await dates();
    expect(oldest.length).toBeGreaterThan(1);
    expect(oldest).toEqual([...oldest].sort());
    await page.locator('select[name="sort"]').selectOption('desc');
    await expect(page).toHaveURL(/sort=desc/);
    await expect.poll(async () => (await dates())[0]! > oldest[0]!).toBe(true);
    const newest = await dates();
    expect(newest).toEqual([...newest].sort().reverse());
  });
});

test.describe('safety and keys', () => {
  test('a query with markup in it is shown as text and never run', async ({ page }) => {
    const attack = '<img src=x onerror=window.__xss=1>';
    await search(page, attack);
    await page.goto(`/search/?q=${encodeURIComponent(attack)}`);
    await expect(page.locator('#search-status')).toContainText(attack);
    await page.waitForTimeout(300);
    await expect(page.locator('img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    // Nor on the page a result would lead to, where the words come back in the address.
    await page.goto(`${ARTICLE}?pagefind-highlight=${encodeURIComponent(attack)}`);
    await page.waitForTimeout(300);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  });

  test('the / key focuses the header search box, visibly', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator('body').press('/');
    const box = page.locator('header #site-search');
    await expect(box).toBeFocused();
    expect(await box.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    await expect(box).toHaveValue('');
  });

  test('the / key focuses the search page’s own box there', async ({ page }) => {
    await page.goto('/search/');
    await page.locator('body').press('/');
    await expect(page.locator('#search-input')).toBeFocused();
  });

  test('the header search box takes the reader to the search page', async ({ page }) => {
    await page.goto('/timeline/');
    await page.locator('#site-search').fill('Kazemi');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL('**/search/?q=Kazemi');
    await expect(page.locator(RESULT).first().locator('h2 a')).toHaveAttribute('href', new RegExp(`^${KADHIMI}`));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and points to actors, outlets and the timeline', async ({ page }) => {
    await page.goto('/search/');
    const message = page.locator('[data-search-nojs]');
    await expect(message).toBeVisible();
    await expect(message).toContainText('JavaScript');
    for (const href of ['/actors/', '/outlets/', '/timeline/']) await expect(message.locator(`a[href="${href}"]`)).toHaveCount(1);
    await expect(page.locator('#search-input')).toBeHidden();
  });
});
