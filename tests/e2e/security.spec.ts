import { expect, test, type Page } from '@playwright/test';
import { ARTICLE } from './helpers';

const PAGES = ['/', ARTICLE, '/actors/', '/actors/mustafa-al-kadhimi/', '/outlets/', '/outlets/aljazeera/', '/timeline/', '/search/?q=Sadr', '/404.html'];

/** Records CSP violations, console errors and requests that leave the site while `visit` runs. */
async function watch(page: Page, visit: () => Promise<void>) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /content security policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (!['127.0.0.1', 'localhost'].includes(url.hostname)) problems.push(`request to another host: ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await visit();
  return problems;
}

test.describe('security', () => {
  for (const path of PAGES) {
    test(`${path} carries a strict CSP and runs under it with no violation`, async ({ page }) => {
      const problems = await watch(page, async () => {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
      });
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'self'");
      const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toMatch(/https?:/);
      expect(problems).toEqual([]);
    });
  }

  test('searching runs Pagefind under the CSP without a violation', async ({ page }) => {
    const problems = await watch(page, async () => {
      await page.goto('/search/');
      await page.locator('#search-input').fill('Kazemi');
      await expect(page.locator('[data-search-result]').first()).toBeVisible();
    });
    expect(problems).toEqual([]);
  });
});
