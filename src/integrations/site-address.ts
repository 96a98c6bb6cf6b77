import type { AstroIntegration } from 'astro';

/** Addresses that stand for a real one: the local default, and the domains reserved for examples (RFC 2606). */
export function isPlaceholder(url: string): boolean {
  const { hostname } = new URL(url);
  return ['localhost', '127.0.0.1', '[::1]'].includes(hostname) || /(^|\.)example(\.(com|org|net))?$/.test(hostname);
}

/** What a build says when it addresses itself by a placeholder: fine for `npm start` and the tests, wrong for a deploy. */
export function placeholderWarning(url: string): string[] {
  const rule = '!'.repeat(78);
  return [
    rule,
    `This build addresses the site as ${url}: set SITE_URL to its real address before deploying.`,
    'Canonical links, Open Graph, the sitemap, the feed and "Cite this article" all carry it.',
    'Right for `npm start` and the tests; for a deploy: SITE_URL=https://your.domain npm run build',
    rule,
  ];
}

/** Warns, loudly, when a build would publish the site under a placeholder address. */
export function siteAddress(url: string): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (isPlaceholder(url)) for (const line of placeholderWarning(url)) logger.warn(line);
      },
    },
  };
}
