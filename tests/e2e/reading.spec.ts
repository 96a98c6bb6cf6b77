import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { formatDate } from '../../src/lib/dates';
import { languageName } from '../../src/lib/sources';
import { ACTOR_GLOSSARY_PATH } from '../../src/lib/urls';
import { ARTICLE, CARD_STYLES, holdRequests, normalise, outletData } from './helpers';

const card = (page: Page) => page.locator('#in-place-card');
const NARROW = { width: 1000, height: 800 };
const WIDE = { width: 1400, height: 900 };

/** A note's text as the Notes list gives it, without its back-link. */
async function noteText(page: Page, n: number): Promise<string> {
  return normalise((await page.locator(`#fn-${n} p`).first().textContent())!.replace('↩', ''));
}

function actorData(id: string): { name: string; kind: string; role: string } {
  return parse(readFileSync(`content/actors/${id}.yaml`, 'utf8'));
}

/** Scrolls the element to the middle of the window, so that what follows cannot need to scroll. */
async function centre(page: Page, selector: string) {
  await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
}

test.describe('notes and citations in place', () => {
  test.use({ viewport: NARROW });

  test('focusing the first note reference shows its note in place without scrolling', async ({ page }) => {
    await page.goto(ARTICLE);
    await centre(page, '#fnref-1');
    const before = await page.evaluate(() => window.scrollY);
    await page.locator('#fnref-1').focus();
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toContainText(await noteText(page, 1));
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    // Near its reference: just below or just above it.
    const ref = (await page.locator('#fnref-1').boundingBox())!;
    const box = (await card(page).boundingBox())!;
    expect(Math.min(Math.abs(box.y - (ref.y + ref.height)), Math.abs(box.y + box.height - ref.y))).toBeLessThan(40);
    // While shown, the card describes its reference.
    await expect(page.locator('#fnref-1')).toHaveAttribute('aria-describedby', 'in-place-card-body');
  });

  test('Escape closes the note and keeps focus on its reference', async ({ page }) => {
    await page.goto(ARTICLE);
    await centre(page, '#fnref-1');
    await page.locator('#fnref-1').focus();
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();
    await expect(page.locator('#fnref-1')).toBeFocused();
    await expect(page.locator('#fnref-1')).toHaveAttribute('aria-describedby', 'footnote-label');
  });

  test('hovering a citation shows the outlet’s name, the date written out, the language and an out-link', async ({ page }) => {
    await page.goto(ARTICLE);
    const outlet = outletData('rudaw');
    await centre(page, 'a.cite[data-cite="rudaw-2021-11-07"]');
    await page.locator('a.cite[data-cite="rudaw-2021-11-07"]').hover();
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toContainText(outlet.name);
    await expect(card(page)).toContainText(formatDate('2021-11-07'));
    await expect(card(page)).toContainText(languageName(outlet.languages[0]!));
    await expect(card(page).locator(`a[href="https://${outlet.domain}/"]`)).toBeVisible();
    await expect(card(page).locator('a[href="#source-rudaw-2021-11-07"]')).toBeVisible();
    // Moving away hides it.
    await page.mouse.move(5, 5);
    await expect(card(page)).toBeHidden();
  });

  test('an actor mention’s card shows the actor’s name, kind and role', async ({ page }) => {
    await page.goto(ARTICLE);
    const actor = actorData('mustafa-al-kadhimi');
    const mention = page.locator('.article-body a.actor[data-actor="mustafa-al-kadhimi"]').first();
    await mention.scrollIntoViewIfNeeded();
    await mention.hover();
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toContainText(actor.name);
    await expect(card(page)).toContainText(actor.role);
    await expect(card(page)).toContainText(new RegExp(actor.kind, 'i'));
    await expect(card(page).locator('a[href="/actors/mustafa-al-kadhimi/"]')).toBeVisible();
  });

  test('the glossary the actor cards read gives the name, kind and role of each actor the article mentions', async ({ page, request }) => {
    await page.goto(ARTICLE);
    const glossary = await (await request.get(ACTOR_GLOSSARY_PATH)).json();
    const mentioned = new Set(await page.locator('.article-body [data-actor]').evaluateAll((els) => els.map((el) => el.getAttribute('data-actor')!)));
    expect(mentioned.size).toBeGreaterThan(0);
    for (const id of mentioned) {
      const actor = actorData(id);
      expect(glossary[id]).toEqual({ name: actor.name, kind: expect.stringMatching(new RegExp(`^${actor.kind}$`, 'i')), role: actor.role });
    }
  });

  test('Tab goes from a citation into its card’s out-links, and Escape brings focus back to the citation', async ({ page }) => {
    await page.goto(ARTICLE);
    const cite = page.locator('a.cite[data-cite="rudaw-2021-11-07"]');
    await centre(page, 'a.cite[data-cite="rudaw-2021-11-07"]');
    await cite.focus();
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(card(page).locator('a[href="https://rudaw.net/"]')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();
    await expect(cite).toBeFocused();
  });
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });

  test('a phone that only reads downloads neither the cards, their styles nor the glossary; the first tap brings them', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(ARTICLE, { waitUntil: 'networkidle' });
    await centre(page, 'a.actor[data-actor="mustafa-al-kadhimi"]');
    await page.waitForLoadState('networkidle');
    const cards = (path: string) => /in-place-cards/.test(path) || path === ACTOR_GLOSSARY_PATH;
    expect(fetched.filter(cards)).toEqual([]);
    await page.locator('a.actor[data-actor="mustafa-al-kadhimi"]').first().tap();
    await expect(card(page)).toContainText(actorData('mustafa-al-kadhimi').role);
    const brought = fetched.filter(cards);
    expect(brought.some((path) => path.endsWith('.js'))).toBe(true);
    expect(brought.some((path) => path.endsWith('.css'))).toBe(true);
    expect(brought).toContain(ACTOR_GLOSSARY_PATH);
  });

  test('no "/" key hint is shown where there is no keyboard', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('#site-search')).toBeVisible();
    await expect(page.locator('.site-search-key')).toBeHidden();
  });

  test('the first tap on a citation opens its card and the second follows the link', async ({ page }) => {
    await page.goto(ARTICLE);
    const cite = page.locator('a.cite[data-cite="aljazeera-2021-11-05"]');
    await centre(page, 'a.cite[data-cite="aljazeera-2021-11-05"]');
    await cite.tap();
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toContainText('Al Jazeera');
    expect(new URL(page.url()).hash).toBe('');
    await cite.tap();
    await expect(page).toHaveURL(/#source-aljazeera-2021-11-05$/);
    await expect(card(page)).toBeHidden();
  });

  test('a tap on a note reference shows the note, and the card’s link goes to it', async ({ page }) => {
    await page.goto(ARTICLE);
    await centre(page, '#fnref-2');
    await page.locator('#fnref-2').tap();
    await expect(card(page)).toContainText(await noteText(page, 2));
    await card(page).getByRole('link', { name: 'Go to the note' }).tap();
    await expect(page).toHaveURL(/#fn-2$/);
  });

  test('a tap while the cards’ styles are still loading shows its card once they apply', async ({ page }) => {
    const { asked, release } = await holdRequests(page, CARD_STYLES);
    await page.goto(ARTICLE);
    await centre(page, '#fnref-2');
    // Focus without a keyboard shows no card but fetches the cards, which then wait on their styles.
    await page.locator('#fnref-2').evaluate((el: HTMLElement) => el.focus());
    await asked;
    await page.locator('#fnref-2').tap();
    expect(new URL(page.url()).hash).toBe('');
    release();
    await expect(card(page)).toContainText(await noteText(page, 2));
    expect(new URL(page.url()).hash).toBe('');
  });

  test('tapping a note’s back-link returns to the text without a card over it', async ({ page }) => {
    await page.goto(`${ARTICLE}#fn-2`);
    await page.locator('#fn-2 a[data-footnote-backref]').tap();
    await expect(page).toHaveURL(/#fnref-2$/);
    await page.waitForTimeout(400);
    await expect(card(page)).toBeHidden();
  });
});

test.describe('on a wide touch screen', () => {
  test.use({ viewport: WIDE, hasTouch: true, isMobile: true });

  test('a tap on a citation before the cards’ styles apply shows its card once they do', async ({ page }) => {
    const { asked, release } = await holdRequests(page, CARD_STYLES);
    await page.goto(ARTICLE);
    // On a wide screen the cards load at once, and wait on their styles.
    await asked;
    const cite = 'a.cite[data-cite="aljazeera-2021-11-05"]';
    await centre(page, cite);
    await page.locator(cite).tap();
    expect(new URL(page.url()).hash).toBe('');
    release();
    await expect(card(page)).toContainText('Al Jazeera');
    expect(new URL(page.url()).hash).toBe('');
  });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: WIDE });

  test('the "/" key hint is shown beside the header’s search box', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('.site-search-key')).toBeVisible();
  });

  test('at 1400 px wide the notes sit in the margin beside their references', async ({ page }) => {
    await page.goto(ARTICLE);
    const column = (await page.locator('.article-body > p').first().boundingBox())!;
    for (const n of [1, 2, 3]) {
      const note = page.locator(`.sidenote#side-fn-${n}`);
      await expect(note).toBeVisible();
      await expect(note).toContainText(await noteText(page, n));
      const box = (await note.boundingBox())!;
      const ref = (await page.locator(`#fnref-${n}`).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(column.x + column.width);
      expect(box.x + box.width).toBeLessThanOrEqual(WIDE.width);
      expect(Math.abs(box.y - ref.y)).toBeLessThan(40);
    }
    // Focus lights the sidenote rather than opening a card over it.
    await page.locator('#fnref-1').focus();
    await expect(page.locator('#side-fn-1')).toHaveClass(/is-active/);
    await expect(card(page)).toBeHidden();
    await expect(page.locator('#fnref-1')).toHaveAttribute('aria-describedby', 'side-fn-1');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDE.width);
  });

  test('the contents stay in the left margin and mark the section being read', async ({ page }) => {
    await page.goto(ARTICLE);
    const toc = page.locator('nav.toc');
    const column = (await page.locator('.article-body > p').first().boundingBox())!;
    await page.locator('#al-kadhimis-strong-allies').evaluate((h) => h.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await expect(toc.locator('a[href="#al-kadhimis-strong-allies"]')).toHaveAttribute('aria-current', 'true');
    await expect(toc.locator('a[aria-current]')).toHaveCount(1);
    const box = (await toc.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(column.x);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(WIDE.height);
  });
});

test.describe('the contents after a jump', () => {
  test.use({ viewport: WIDE });

  /** The section a passage is in: the last section heading before it. */
  const sectionOf = (page: Page, selector: string) =>
    page.locator(selector).evaluate((target) => {
      const headings = [...document.querySelectorAll<HTMLElement>('.article-body > h2[id], .article-body > section > h2[id]')];
      return headings.filter((h) => h.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)!.id;
    });

  test('a search result landing on a passage marks that passage’s section', async ({ page }) => {
    const passage = await page.goto(ARTICLE).then(() => page.locator('.article-body > p', { hasText: 'Qais al-Khazali, the leader' }).getAttribute('id'));
    await page.goto(`${ARTICLE}?pagefind-highlight=Khazali#${passage}`);
    const section = await sectionOf(page, `#${passage}`);
    await expect(page.locator(`nav.toc a[href="#${section}"]`)).toHaveAttribute('aria-current', 'true');
  });

  test('a back-link from the Sources to a passage marks that passage’s section, and the back button the Sources again', async ({ page }) => {
    await page.goto(`${ARTICLE}#source-annaharar-2021-10-16`);
    await expect(page.locator('nav.toc a[href="#sources-label"]')).toHaveAttribute('aria-current', 'true');
    await page.locator('#source-annaharar-2021-10-16 .backlinks a').click();
    const section = await sectionOf(page, '#cite-annaharar-2021-10-16-1');
    await expect(page.locator(`nav.toc a[href="#${section}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('nav.toc a[aria-current]')).toHaveCount(1);
    await page.goBack();
    await expect(page.locator('nav.toc a[href="#sources-label"]')).toHaveAttribute('aria-current', 'true');
  });
});

test('each section heading has a "#" link to itself, named for the section', async ({ page }) => {
  await page.goto(ARTICLE);
  const heading = page.getByRole('heading', { level: 2, name: 'Al-Kadhimi and the Militias', exact: true });
  await expect(heading).toBeVisible();
  const link = page.getByRole('link', { name: 'Link to section: Al-Kadhimi and the Militias' });
  await expect(link).toHaveAttribute('href', '#al-kadhimi-and-the-militias');
  await link.focus();
  await expect(link).toBeVisible();
  await expect(page.getByRole('link', { name: 'Link to section: Notes' })).toHaveAttribute('href', '#footnote-label');
  await expect(page.getByRole('heading', { level: 2, name: 'Notes', exact: true })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: NARROW });

  test('the article and its notes read whole, and a note link jumps to its note', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('.article-body > p').first()).toBeVisible();
    await expect(page.locator('#footnote-label')).toBeVisible();
    await expect(page.locator('#footnote-label')).toHaveText('Notes');
    for (const n of [1, 2, 3]) await expect(page.locator(`#fn-${n}`)).toBeVisible();
    await expect(page.locator('.sidenote')).toHaveCount(0);
    await expect(page.locator('nav.toc')).toBeVisible();
    await page.locator('#fnref-1').click();
    await expect(page).toHaveURL(/#fn-1$/);
    await expect(page.locator('#fn-1')).toBeInViewport();
    await page.locator('#fn-1 a[data-footnote-backref]').click();
    await expect(page).toHaveURL(/#fnref-1$/);
    // A citation and an actor mention are plain links.
    await page.locator('a.actor[data-actor="mustafa-al-kadhimi"]').first().click();
    await expect(page).toHaveURL(/\/actors\/mustafa-al-kadhimi\/$/);
  });

  test('the theme follows the system and the toggle, which needs a script, is not shown', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    // The dark palette's background, chosen by the system's preference alone.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(21, 23, 26)');
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    await context.close();
  });
});

test('print shows the notes and the Sources, prints the address after each out-link and hides the header', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['body > header', 'nav.toc', '[data-theme-toggle]', 'form[role="search"]', '.skip-link']) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  await expect(page.locator('#footnote-label')).toBeVisible();
  for (const n of [1, 2, 3]) await expect(page.locator(`#fn-${n}`)).toBeVisible();
  await expect(page.locator('.sources')).toBeVisible();
  await expect(page.locator('#source-rudaw-2021-11-07')).toBeVisible();
  const after = await page
    .locator('#source-rudaw-2021-11-07 a[href="https://rudaw.net/"]')
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/https:\/\/rudaw\.net\/|attr\(href\)/);
  // Links within the site print no address.
  expect(await page.locator('a.cite').first().evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  const colours = await page.locator('.article-body > p').first().evaluate((p) => [getComputedStyle(p).color, getComputedStyle(document.body).backgroundColor]);
  expect(colours[0]).toBe('rgb(0, 0, 0)');
  expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(colours[1]);
});

test.describe('themes', () => {
  /**
   * Records the theme as the body starts to parse, before anything is painted, by a line put into
   * the served page (and allowed by its CSP, which stays in force for the rest).
   */
  async function themeAtFirstPaint(page: Page): Promise<string | undefined> {
    const probe = 'window.__theme = document.documentElement.dataset.theme';
    const hash = createHash('sha256').update(probe).digest('base64');
    await page.route('**/articles/*/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace('<body>', `<body><script>${probe}</script>`)
        .replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
      await route.fulfill({ response, body: html });
    });
    await page.goto(ARTICLE);
    const theme = await page.evaluate(() => (window as unknown as { __theme?: string }).__theme);
    await page.unrouteAll();
    return theme;
  }

  test('the theme toggle switches the theme and the choice survives a reload without a flash', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(light);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

    // A new load: the theme is on <html> before the body is parsed, so nothing is painted light first.
    expect(await themeAtFirstPaint(page)).toBe('dark');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await context.close();
  });

  test('without a stored choice the theme follows the system from the first paint', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    expect(await themeAtFirstPaint(page)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await context.close();
  });

  test('the theme script in <head> runs before any stylesheet or content, and the CSP allows it by its hash', async ({ page }) => {
    await page.goto(ARTICLE);
    const first = await page.evaluate(() => {
      const el = document.head.querySelector('script, link[rel="stylesheet"], style');
      return { tag: el?.tagName, type: el?.getAttribute('type'), text: el?.textContent ?? '' };
    });
    expect(first.tag).toBe('SCRIPT');
    expect(first.type).toBeNull();
    expect(first.text).toContain('dataset.theme');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    if (csp) expect(csp).toContain(`'sha256-${createHash('sha256').update(first.text).digest('base64')}'`);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce', viewport: NARROW });

  test('nothing slides or fades when the reader asks for less motion', async ({ page }) => {
    await page.goto(ARTICLE);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await centre(page, '#fnref-1');
    await page.locator('#fnref-1').focus();
    await expect(card(page)).toBeVisible();
    expect(await card(page).evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  });
});
