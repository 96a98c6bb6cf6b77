/**
 * Gives each section heading of the article a "#" link to itself, to copy or share. The link sits
 * in the heading, so the page's structure is unchanged; the heading is named by its own words
 * only (aria-labelledby), and the "#" is drawn by CSS, so the heading's text stays its text.
 */
const headings = document.querySelectorAll<HTMLHeadingElement>(
  '.article-body > h2[id], .article-body .footnotes > h2[id], .article-body .sources > h2[id]',
);

for (const heading of headings) {
  const text = document.createElement('span');
  text.id = `${heading.id}-text`;
  text.append(...heading.childNodes);
  const link = document.createElement('a');
  link.className = 'heading-link';
  link.href = `#${heading.id}`;
  link.setAttribute('aria-label', `Link to section: ${text.textContent?.trim() ?? ''}`);
  heading.append(text, link);
  heading.setAttribute('aria-labelledby', text.id);
}
