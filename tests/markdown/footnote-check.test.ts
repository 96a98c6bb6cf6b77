import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { at, render, snapshotFile } from './render';

describe('footnote check', () => {
  test('a referenced footnote renders as a numbered reference and a note with a back-link', async () => {
    await expect((await render('Text.[^1]\n\n[^1]: The note.\n')).html).toMatchFileSnapshot(snapshotFile('footnotes', 'a referenced footnote'));
  });

  test.each([
    ['a reference with no definition', 'Text.[^1]\n\nMore text,\nand more.[^2]\n\n[^1]: The note.\n', '[^2]',
      '[^2]: footnote reference has no definition: add a line "[^2]: …" below the text, or correct the number'],
    ['a definition nobody references', 'Text.[^1]\n\n[^1]: One.\n\n[^9]: Orphan.\n', '[^9]:',
      '[^9]: footnote is defined but never referenced in the text: add [^9] where it belongs, or remove the note'],
  ])('%s stops the build at its line and column instead of rendering', async (_name, md, where, message) => {
    const rendering = render(md);
    await expect(rendering).rejects.toThrow(ContentError);
    await expect(rendering).rejects.toThrow(`content/articles/test.mdx:${at(md, where)}: ${message}`);
  });
});
