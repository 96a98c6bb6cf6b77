import { describe, expect, test, vi } from 'vitest';
import { LOCAL_URL, siteUrl } from '../../src/consts';
import { isPlaceholder, siteAddress } from '../../src/integrations/site-address';

describe('the site address', () => {
  test('comes from SITE_URL, as an origin without a trailing slash', () => {
    expect(siteUrl('https://reads.example.com/')).toBe('https://reads.example.com');
    expect(siteUrl('http://192.0.2.7:8080')).toBe('http://192.0.2.7:8080');
  });

  test('is where npm start serves the site when SITE_URL is not set', () => {
    expect(siteUrl(undefined)).toBe(LOCAL_URL);
    expect(siteUrl('')).toBe(LOCAL_URL);
  });

  test.each(['reads.example.com', 'ftp://reads.example.com', 'https://reads.example.com/blog/'])('"%s" stops the build, saying what SITE_URL must be', (value) => {
    expect(() => siteUrl(value)).toThrow(`SITE_URL: "${value}" is not the address of a site: give an absolute http(s) address with no path`);
  });

  test('a build under a placeholder address warns, loudly; under a real one it says nothing', () => {
    expect(isPlaceholder(LOCAL_URL)).toBe(true);
    expect(isPlaceholder('https://longreads.example.org')).toBe(true);
    expect(isPlaceholder('https://jamestown.org')).toBe(false);
    const warnings = (url: string) => {
      const logger = { warn: vi.fn() };
      const hook = siteAddress(url).hooks['astro:build:start'] as unknown as (options: { logger: typeof logger }) => void;
      hook({ logger });
      return logger.warn.mock.calls.map(([line]) => line as string);
    };
    expect(warnings(LOCAL_URL).join('\n')).toContain(`This build addresses the site as ${LOCAL_URL}: set SITE_URL to its real address before deploying.`);
    expect(warnings('https://reads.jamestown.org')).toEqual([]);
  });
});
