import { describe, expect, test } from 'vitest';
import { render } from './render';

describe('footnote check', () => {
  test('a referenced footnote renders as a numbered reference and a note with a back-link', () => {
    const { html } = render('Text.[^1]\n\n[^1]: The note.\n');
    expect(html).toContain('<a href="#fn-1" id="fnref-1" data-footnote-ref');
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Notes</h2>');
    expect(html).toMatch(/<li id="fn-1">\s*<p[^>]*>The note\. <a href="#fnref-1" data-footnote-backref/);
  });

  test('a reference with no definition stops the build instead of rendering as text', () => {
    expect(() => render('Text.[^1] More.[^2]\n\n[^1]: The note.\n')).toThrow(
      'content/articles/test.mdx: [^2]: footnote reference has no definition',
    );
  });

  test('a definition nobody references stops the build', () => {
    expect(() => render('Text.[^1]\n\n[^1]: One.\n\n[^9]: Orphan.\n')).toThrow(
      'content/articles/test.mdx: [^9]: footnote is defined but never referenced in the text',
    );
  });
});
