import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '/work/wt/archives/tests/browser.ts';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4733';
const [widths, scheme, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const path of paths) for (const w of widths!.split(',').map(Number)) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme as 'light' | 'dark', deviceScaleFactor: 1 });
  await page.goto(base + path);
  const name = `/tmp/arch-shots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${w}-${scheme}.png`;
  await page.screenshot({ path: name, fullPage: true });
  console.log(name, await page.evaluate(() => document.documentElement.scrollWidth));
  await page.close();
}
await browser.close();
