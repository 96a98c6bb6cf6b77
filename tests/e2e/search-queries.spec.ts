import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { ARTICLE, searchSettled } from './helpers';
import { actorPath, dateAnchor, SECTIONS } from '../../src/lib/urls';

/**
 * Queries through the real index, as a reader types them into the search page, one page load for
 * all of them. Expectations come from the content: the actors' spellings and Arabic-script names,
 * the article's paragraph that holds the day asked for, the timeline's entry for it.
 */

interface Actor {
  id: string;
  name: string;
  aliases: string[];
  arabic: string[];
}
const actors: Actor[] = readdirSync('content/actors').map((file) => {
  const data = parse(readFileSync(`content/actors/${file}`, 'utf8'));
  return { id: file.replace(/\.yaml$/, ''), name: data.name, aliases: data.aliases ?? [], arabic: [...(data.arabicScript?.ar ?? []), ...(data.arabicScript?.fa ?? [])] };
});
const actor = (id: string) => actors.find((a) => a.id === id)!;

interface Answer {
  status: string;
  /** Each result's title link and its passages' links, as paths with their fragment. */
  results: Array<{ kind: string; href: string; passages: string[] }>;
  marks: number;
}

async function ask(page: Page, query: string): Promise<Answer> {
  await page.locator('#search-input').fill(query);
  await expect(page.locator('#search-status')).toContainText(`“${query}”`);
  await searchSettled(page);
  return page.evaluate(() => {
    const path = (a: Element | null) => (a ? new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash : '');
    return {
      status: document.querySelector('#search-status')!.textContent ?? '',
      results: [...document.querySelectorAll<HTMLElement>('[data-search-result]')].map((r) => ({
        kind: r.dataset.kind ?? '',
        href: path(r.querySelector('h2 a')),
        passages: [...r.querySelectorAll('[data-search-subresult] a')].map(path),
      })),
      marks: document.querySelectorAll('#search-results mark').length,
    };
  });
}

/** Spellings of names in Latin letters, as readers type them (at least four letters: "IS" and "US" are words too). */
const LATIN = ['mustafa-al-kadhimi', 'moqtada-al-sadr', 'esmail-qaani', 'muhammad-al-halboosi', 'qais-al-khazali']
  .flatMap((id) => [actor(id).name, ...actor(id).aliases].filter((s) => s.length >= 4).map((spelling) => ({ id, spelling })));
/** Every Arabic-script name in the registry, and forms readers type: one word of it, ى for ي, hamza left out. */
const ARABIC = [
  ...actors.flatMap((a) => a.arabic.map((spelling) => ({ id: a.id, spelling }))),
  { id: 'mustafa-al-kadhimi', spelling: 'الكاظمي' },
  { id: 'mustafa-al-kadhimi', spelling: 'الكاظمى' },
  { id: 'bashar-al-assad', spelling: 'بشار الاسد' },
  { id: 'esmail-qaani', spelling: 'اسماعيل قاانی' },
];
/** Names the site does not hold: nothing found, nothing highlighted. */
const ABSENT = ['Hezbollah', 'Asaib', 'Soleimani', 'Sistani', 'Erdogan', 'Nasrallah', 'Muhandis', 'Kataib', 'Abadi', 'حزب الله'];
/** November 7, 2021, the day of the attack, in every form readers write it. */
const DAY = '2021-11-07';
const DAY_FORMS = ['2021-11-07', '2021/11/07', '7.11.2021', '11/7/2021', '7/11/2021', 'Nov. 7, 2021', 'November 7, 2021', '7 November 2021', '7th November', 'the 7th of November', 'November 7', '7 Nov'];

/** What the article says, read once for every test here: the paragraph that holds the day, and the actors it names. */
async function articleFacts(page: Page) {
  await page.goto(ARTICLE);
  const dayParagraph = await page.locator(`.article-body p:has(time[datetime="${DAY}"])`).first().getAttribute('id');
  const mentioned = new Set(await page.locator('.article-body [data-actor]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.actor)));
  expect(dayParagraph).toBeTruthy();
  await page.goto(SECTIONS.search);
  return { dayParagraph, mentioned };
}

/** Searches each spelling: its actor is among the first three results, and the article's paragraphs are found where it names the actor. */
async function spellingsFindTheirActor(page: Page, spellings: Array<{ id: string; spelling: string }>) {
  const { mentioned } = await articleFacts(page);
  const wrong: string[] = [];
  for (const { id, spelling } of spellings) {
    const { results } = await ask(page, spelling);
    const at = results.findIndex((r) => r.href === actorPath(id));
    if (at < 0 || at > 2) wrong.push(`"${spelling}": ${actorPath(id)} is result ${at + 1} of ${results.map((r) => r.href).join(', ')}`);
    // An actor the article mentions: its paragraphs are found by any spelling too.
    const article = results.find((r) => r.href.startsWith(ARTICLE));
    if (mentioned.has(id) && !article?.passages.some((p) => p.startsWith(`${ARTICLE}#p-`))) wrong.push(`"${spelling}": no paragraph of the article`);
  }
  expect(wrong).toEqual([]);
}

// Two tests, so that the two browser workers share the spellings.
test('the registry\'s spellings in Latin letters find their actor first, and the article\'s paragraphs where it names them', async ({ page }) => {
  expect(LATIN.length).toBeGreaterThanOrEqual(10);
  await spellingsFindTheirActor(page, LATIN);
});

test('the registry\'s names in Arabic script, and the forms readers type, find their actor first, and the article\'s paragraphs where it names them', async ({ page }) => {
  expect(ARABIC.length).toBeGreaterThanOrEqual(10);
  await spellingsFindTheirActor(page, ARABIC);
});

test('a day in every form finds its paragraph and timeline entry first, before the outlets; names the site does not hold find nothing', async ({ page }) => {
  test.setTimeout(60_000);
  const { dayParagraph } = await articleFacts(page);
  // The paragraph, or the day's entry on whichever page of the timeline holds it.
  const isDayPassage = (p: string | undefined) => p === `${ARTICLE}#${dayParagraph}` || (!!p && p.startsWith(SECTIONS.timeline) && p.endsWith(`#${dateAnchor(DAY)}`));
  expect(ABSENT.length + DAY_FORMS.length).toBeGreaterThanOrEqual(20);
  const wrong: string[] = [];
  for (const form of DAY_FORMS) {
    const { status, results } = await ask(page, form);
    const firstPassages = results.slice(0, 2).map((r) => r.passages[0]);
    if (!firstPassages.every(isDayPassage)) wrong.push(`"${form}": first passages ${firstPassages.join(', ')}`);
    // The article and the timeline come before the outlets that published that day.
    const kinds = results.map((r) => r.kind);
    if (kinds.lastIndexOf('article') > kinds.indexOf('outlet') && kinds.includes('outlet')) wrong.push(`"${form}": an outlet before the article`);
    if (form === '7/11/2021' && !status.includes('7/11/2021: 7 November or 11 July 2021')) wrong.push(`"${form}": both readings not said: ${status}`);
  }
  for (const name of ABSENT) {
    const { status, results, marks } = await ask(page, name);
    if (!status.startsWith(`No results for “${name}”`) || results.length > 0 || marks > 0) wrong.push(`"${name}": ${status} (${results.length} results, ${marks} marks)`);
  }
  expect(wrong).toEqual([]);
});
