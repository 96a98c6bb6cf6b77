import { chromium, devices, type Browser, type BrowserContext, type BrowserContextOptions } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../browser.ts';

/** A phone: 360×780 CSS pixels, touch, a phone's user agent and pixel ratio. */
export const PHONE: BrowserContextOptions = {
  userAgent: devices['Pixel 5']!.userAgent,
  viewport: { width: 360, height: 780 },
  screen: { width: 360, height: 780 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

/** The system Chromium, with the project's flags for a machine that reaches only the loopback. */
export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs], timeout: 60_000 });
}

/** A fresh context (empty cache, no cookies) whose every page times out rather than hangs. */
export async function freshContext(browser: Browser, options: BrowserContextOptions = PHONE): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}
