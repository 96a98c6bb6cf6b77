import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for a headless Chromium on a machine with no network but the loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The Chromium to drive: `CHROMIUM_PATH`, then Debian's `/usr/bin/chromium`, then Playwright's own.
 * Fails with the fix when there is none, rather than a stack trace from deep inside Playwright.
 */
export function chromiumPath(): string | undefined {
  return findChromium([process.env.CHROMIUM_PATH, '/usr/bin/chromium'], chromium.executablePath());
}

/** The first candidate that exists; undefined to let Playwright use its own browser when that exists. */
export function findChromium(
  candidates: Array<string | undefined>,
  bundled: string,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  for (const candidate of candidates) if (candidate && exists(candidate)) return candidate;
  if (bundled && exists(bundled)) return undefined;
  throw new Error(
    'No Chromium found for the browser tests. Install one with `sudo apt-get install -y chromium` ' +
      '(Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}
