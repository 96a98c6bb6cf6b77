import { expect, test } from '@playwright/test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { articleFrontmatter } from './helpers';

const ARTICLE = '/articles/al-khadimi-assassination-attempt/';
const TITLE = 'Assassination Attempt against Prime Minister Al-Khadimi Highlights Intra-Shia Divisions in Iraq';

test('the Cite section shows Chicago and APA and its BibTeX download names Jameel and the title', async ({ page }) => {
  await page.goto(ARTICLE);
  const cite = page.getByRole('region', { name: 'Cite this article' });
  await expect(cite).toBeVisible();
  await expect(cite).toHaveAttribute('data-pagefind-ignore', 'all');
  await expect(cite.getByRole('definition').first()).toContainText('Terrorism Monitor 19, no. 22 (November 2021)');
  await expect(cite.getByRole('definition').nth(1)).toContainText('Jameel, R. (2021).');

  const link = cite.getByRole('link', { name: 'BibTeX' });
  await expect(link).toHaveAttribute('download', /\.bib$/);
  const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
  expect(response.ok()).toBe(true);
  const [entry] = new Cite(await response.text()).data as Array<{ title: string; author: Array<{ family: string }> }>;
  expect(entry!.author[0]!.family).toBe('Jameel');
  expect(entry!.title).toBe(TITLE);

  for (const name of ['RIS', 'CSL-JSON']) {
    const href = await cite.getByRole('link', { name }).getAttribute('href');
    expect((await page.request.get(new URL(href!, page.url()).href)).ok(), name).toBe(true);
  }
});

test('the article page carries JSON-LD and the Scholar citation tags', async ({ page }) => {
  await page.goto(ARTICLE);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd['@type']).toBe('Article');
  expect(jsonLd.headline).toBe(TITLE);
  expect(jsonLd.citation).toHaveLength(articleFrontmatter().citations.length);
  expect(jsonLd.isBasedOn).toBe(articleFrontmatter().firstPublished);
  expect(jsonLd.isPartOf).toMatchObject({ '@type': 'PublicationIssue', issueNumber: 22, isPartOf: { volumeNumber: 19, name: 'Terrorism Monitor' } });
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', TITLE);
  await expect(page.locator('meta[name="citation_publication_date"]')).toHaveAttribute('content', '2021/11');
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
});

test('the RSS feed lists the article', async ({ page }) => {
  const feed = await (await page.request.get('/rss.xml')).text();
  expect(feed).toContain(`<title>${TITLE}</title>`);
  expect(feed).toContain(`${ARTICLE}</link>`);
});

test('robots.txt allows all and points to the sitemap', async ({ page }) => {
  const robots = await (await page.request.get('/robots.txt')).text();
  expect(robots).toMatch(/^User-agent: \*\nAllow: \//);
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});

test('the not-found page says so and offers a search form', async ({ page }) => {
  // Static hosts answer unknown paths with 404.html; the test server serves it only by name.
  await page.goto('/404.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const search = page.locator('main form[action="/search/"][method="get"]');
  await expect(search.locator('input[name="q"]')).toBeVisible();
  for (const href of ['/', '/actors/', '/outlets/', '/timeline/']) await expect(page.locator(`main a[href="${href}"]`)).toBeVisible();
});
