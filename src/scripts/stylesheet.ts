/**
 * Links a stylesheet that a script fetched on demand brings with it (imported with `?url`, so that
 * it stays out of every page's CSS); resolves once it applies, or could not be had, in which case
 * what it styles shows unstyled rather than not at all.
 */
export function linkStylesheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  document.head.append(link);
  return loaded;
}
