/**
 * Loads the marking of the section being read (toc.ts) once it can show something: at once where
 * the contents stay in view, in the margin (the 75rem query of TableOfContents' style), or when
 * the page has already moved (a link to a passage, a search result, the back button); otherwise
 * at the first scroll, resize or jump, since on a narrow screen the contents sit above every
 * section and nothing is being read past them yet. A phone opening an article at its top fetches
 * it when the reader first scrolls.
 */
const MOVES = ['scroll', 'resize', 'hashchange'] as const;

function load(): void {
  for (const type of MOVES) window.removeEventListener(type, load);
  void import('./toc');
}

if (document.querySelector('nav.toc')) {
  if (window.matchMedia('(min-width: 75rem)').matches || window.scrollY > 0 || location.hash) load();
  else for (const type of MOVES) window.addEventListener(type, load, { passive: true });
}
