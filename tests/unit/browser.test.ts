import { describe, expect, test } from 'vitest';
import { findChromium } from '../browser';

describe('finding Chromium for the browser tests', () => {
  const only = (...present: string[]) => (path: string) => present.includes(path);

  test('CHROMIUM_PATH comes first, then Debian’s chromium', () => {
    expect(findChromium(['/opt/chrome', '/usr/bin/chromium'], '/pw/chrome', only('/opt/chrome', '/usr/bin/chromium'))).toBe('/opt/chrome');
    expect(findChromium([undefined, '/usr/bin/chromium'], '/pw/chrome', only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });

  test('Playwright’s own browser is used when it is the only one', () => {
    expect(findChromium([undefined, '/usr/bin/chromium'], '/pw/chrome', only('/pw/chrome'))).toBeUndefined();
  });

  test('with no browser at all, the error says how to install one', () => {
    expect(() => findChromium([undefined, '/usr/bin/chromium'], '/pw/chrome', only())).toThrow(
      'No Chromium found for the browser tests. Install one with `sudo apt-get install -y chromium`',
    );
  });
});
