/**
 * On every page: `/` focuses the search box (the search page's own, or the header's), and words
 * searched for are highlighted when the reader lands from a search result. The highlighter is
 * fetched only then, so that no other page pays for it.
 */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
  const box = (document.getElementById('search-input') ?? document.getElementById('site-search')) as HTMLInputElement | null;
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

// Only a page with a query string can have words to highlight; the highlighter checks for them.
if (location.search) {
  import('./search-highlight').then(({ highlightFromUrl }) => highlightFromUrl(document, new URL(location.href)));
}
