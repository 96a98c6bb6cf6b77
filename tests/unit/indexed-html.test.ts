import { describe, expect, test } from 'vitest';
import { withPassageAnchorsOnly } from '../../src/lib/indexed-html';
import { PASSAGE_ELEMENTS } from '../../src/lib/markup';

describe('the page as the search index reads it', () => {
  const headings = [...PASSAGE_ELEMENTS].filter((name) => /^h[1-6]$/.test(name));
  const others = [...PASSAGE_ELEMENTS].filter((name) => !headings.includes(name));

  test.each(others)('a <%s> keeps its id on an empty <%s> just before it: a result links to where it starts, and its text is not stored twice', (name) => {
    expect(withPassageAnchorsOnly(`<${name} id="x" class="y">words</${name}>`)).toBe(`<${name} id="x"></${name}><${name} class="y">words</${name}>`);
  });

  test.each(headings)('a <%s> keeps its id and its text: a result names its passages by their section', (name) => {
    const html = `<${name} id="x" class="y">Section</${name}>`;
    expect(withPassageAnchorsOnly(html)).toBe(html);
  });

  test('a citation’s link, a note’s number and a heading’s text lose theirs, and keep every other attribute', () => {
    const html =
      '<h2 id="s"><span id="s-text">Section</span></h2>' +
      '<p id="p-1">Said (<a href="#source-r" id="cite-r-1" class="cite" data-cite="r">r, May 5</a>)' +
      '<sup><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup>.</p>';
    expect(withPassageAnchorsOnly(html)).toBe(
      '<h2 id="s"><span>Section</span></h2>' +
        '<p id="p-1"></p><p>Said (<a href="#source-r" class="cite" data-cite="r">r, May 5</a>)' +
        '<sup><a href="#fn-1" data-footnote-ref>1</a></sup>.</p>',
    );
  });

  test('words that quote an id are words, not a tag', () => {
    const text = 'Write &lt;a id="x"&gt; for an anchor: id="x" names it.';
    expect(withPassageAnchorsOnly(`<p id="p">${text}</p>`)).toBe(`<p id="p"></p><p>${text}</p>`);
  });
});
