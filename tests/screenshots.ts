/**
 * Screenshots of pages at phone and desktop widths, light and dark, for a person to look at.
 * Usage: npm run screenshots -- /articles/<slug>/ /actors/  (needs `npm start` running on :4321)
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './browser.ts';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const path of paths) {
  for (const [device, viewport] of [['phone', { width: 360, height: 780 }], ['desktop', { width: 1400, height: 900 }]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      await page.goto(base + path);
      const name = `${out}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${device}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
