/**
 * On every page: `/` focuses the search box (the search page's own, or the header's); the header's
 * box becomes a combobox that answers as one types on its first focus, when its script and
 * Pagefind are fetched; and words searched for are highlighted when the reader lands from a search
 * result. Each part is fetched only when needed, so that no page pays for search up front.
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

const header = document.getElementById('site-search') as HTMLInputElement | null;
header?.addEventListener('focus', () => void import('./search-combobox').then(({ attach }) => attach(header)), { once: true });

// Only a page with a query string can have words to highlight; the highlighter checks for them.
if (location.search) {
  import('./search-highlight').then(({ highlightFromUrl }) => highlightFromUrl(document, new URL(location.href)));
}
