import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ARTICLE, articleFrontmatter, outletData } from './helpers';
import { actorPath, outletPath, timelineYearPath } from '../../src/lib/urls';

const { title, authors, publication, date } = articleFrontmatter();

/** The page's JSON-LD, parsed. */
const jsonLd = async (page: Page) => JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);

/** The breadcrumb trail's links, each checked to lead to a page that answers. */
async function breadcrumbs(page: Page): Promise<string[]> {
  const hrefs = await page.locator('nav[aria-label="Breadcrumb"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) expect((await page.request.get(href)).ok(), href).toBe(true);
  return hrefs;
}

test.describe('the archive', () => {
  test("the article's header links to its issue, which lists it in a PublicationIssue", async ({ page }) => {
    await page.goto(ARTICLE);
    // The issue in this archive (the words "Volume …, Issue …" may link to where it was first published).
    await page.locator('article > header a[href^="/publications/"]').click();
    await expect(page.locator('h1')).toHaveText(`${publication.name}, Volume ${publication.volume}, Issue ${publication.issue}`);
    await expect(page.locator(`main a[href="${ARTICLE}"]`)).toHaveText(title);
    expect(await breadcrumbs(page)).toHaveLength(3);
    const ld = await jsonLd(page);
    expect(ld).toMatchObject({ '@type': 'PublicationIssue', issueNumber: publication.issue, isPartOf: { '@type': 'PublicationVolume', volumeNumber: publication.volume, isPartOf: { name: publication.name } } });
    expect(ld.hasPart.map((a: { headline: string }) => a.headline)).toContain(title);
    // The issue's date heads the page; an article of the same date does not say it again.
    await expect(page.locator('main h1 + p time')).toHaveAttribute('datetime', date);
    await expect(page.locator(`main .article-list li:has(a[href="${ARTICLE}"]) time`)).toHaveCount(0);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(`Issue ${publication.issue}`));
  });

  test("the article's header links to each author's page, which lists it and names the person", async ({ page }) => {
    for (const author of authors) {
      await page.goto(ARTICLE);
      await page.locator('article > header a', { hasText: author }).click();
      await expect(page.locator('h1')).toHaveText(author);
      await expect(page.locator(`main a[href="${ARTICLE}"]`)).toHaveText(title);
      await breadcrumbs(page);
      const ld = await jsonLd(page);
      expect(ld).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: author } });
      await expect(page).toHaveTitle(new RegExp(author));
    }
  });

  test('the issue is in its volume and its publication, and the article in its year', async ({ page }) => {
    await page.goto('/archive/');
    await page.locator('main a', { hasText: publication.name }).first().click();
    await expect(page.locator('h1')).toHaveText(publication.name);
    const periodical = await jsonLd(page);
    expect(periodical).toMatchObject({ '@type': 'Periodical', name: publication.name });
    expect(periodical.hasPart).toContainEqual(expect.objectContaining({ '@type': 'PublicationVolume', volumeNumber: publication.volume }));
    await page.locator('main a', { hasText: `Volume ${publication.volume} (` }).click();
    await expect(page.locator('h1')).toHaveText(`${publication.name}, Volume ${publication.volume}`);
    await expect(page.locator(`main a[href="${ARTICLE}"]`)).toHaveCount(1);
    const volume = await jsonLd(page);
    expect(volume).toMatchObject({ '@type': 'PublicationVolume', volumeNumber: publication.volume, isPartOf: { '@type': 'Periodical', name: publication.name } });
    expect(volume.hasPart).toContainEqual(expect.objectContaining({ '@type': 'PublicationIssue', issueNumber: publication.issue }));
    await page.goto('/archive/');
    await page.locator('main .year-bars a', { hasText: date.slice(0, 4) }).click();
    await expect(page.locator('h1')).toContainText(date.slice(0, 4));
    await expect(page.locator(`main a[href="${ARTICLE}"]`)).toHaveCount(1);
  });

  test('the home page leads with the latest issue and its articles', async ({ page }) => {
    await page.goto('/');
    const latest = page.locator('section[aria-labelledby="latest-issue"]');
    await expect(latest.locator('h2')).toContainText(`Issue ${publication.issue}`);
    await expect(latest.locator(`a[href="${ARTICLE}"]`)).toHaveText(title);
    await expect(page.locator('main a[href="/archive/"]')).toHaveCount(1);
  });

  test('the authors index lists every author with a count', async ({ page }) => {
    await page.goto('/authors/');
    for (const author of authors) await expect(page.locator('main li', { hasText: author })).toContainText(/\d/);
  });
});

test.describe('every kind of page says what it is in JSON-LD', () => {
  test('an actor page is the profile of the person, with every spelling', async ({ page }) => {
    const id = 'mustafa-al-kadhimi';
    const actor = parse(readFileSync(`content/actors/${id}.yaml`, 'utf8')) as { name: string; role: string; aliases: string[]; arabicScript: { ar: string[] } };
    await page.goto(actorPath(id));
    const ld = await jsonLd(page);
    const home = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(ld).toMatchObject({ '@type': 'ProfilePage', url: home, mainEntity: { '@type': 'Person', name: actor.name, description: actor.role } });
    expect(ld.mainEntity.alternateName).toEqual([...actor.aliases, ...actor.arabicScript.ar]);
  });

  test("an outlet page is the news organisation's profile, with its site and languages", async ({ page }) => {
    const outlet = outletData('rudaw');
    await page.goto(outletPath('rudaw'));
    expect(await jsonLd(page)).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'NewsMediaOrganization', name: outlet.name, url: `https://${outlet.domain}/`, knowsLanguage: outlet.languages },
    });
  });

  test('a timeline year is a collection covering that year', async ({ page }) => {
    const year = date.slice(0, 4);
    await page.goto(timelineYearPath(Number(year)));
    const ld = await jsonLd(page);
    expect(ld).toMatchObject({ '@type': 'CollectionPage', temporalCoverage: year });
    expect(await page.title()).toContain(ld.name);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', ld.description);
  });

  test("the home page is the WebSite, whose SearchAction, filled in, searches the site", async ({ page }) => {
    await page.goto('/');
    const ld = await jsonLd(page);
    expect(ld).toMatchObject({ '@type': 'WebSite', potentialAction: { '@type': 'SearchAction', 'query-input': 'required name=query' } });
    const target = new URL(ld.potentialAction.target.replace('{query}', 'Kadhimi'));
    await page.goto(target.pathname + target.search);
    await expect(page.locator('[data-search-result]').first()).toContainText('Kadhimi');
  });

  test('the timeline overview covers its first year to its last', async ({ page }) => {
    await page.goto('/timeline/');
    const years = await page.locator('main .year-bars .year').allTextContents();
    const ld = await jsonLd(page);
    expect(ld).toMatchObject({ '@type': 'CollectionPage', temporalCoverage: `${years[0]}/${years.at(-1)}` });
  });

  test("each section's index is a CollectionPage named as its heading, described as its page", async ({ page }) => {
    for (const path of ['/actors/', '/outlets/', '/archive/', '/authors/', '/publications/']) {
      await page.goto(path);
      const ld = await jsonLd(page);
      expect(ld, path).toMatchObject({ '@type': 'CollectionPage', url: await page.locator('link[rel="canonical"]').getAttribute('href'), name: (await page.locator('h1').textContent())!.trim() });
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', ld.description);
    }
  });
});
