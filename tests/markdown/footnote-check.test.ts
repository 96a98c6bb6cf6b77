import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { render, snapshotFile } from './render';

describe('footnote check', () => {
  test('a referenced footnote renders as a numbered reference and a note with a back-link', async () => {
    await expect((await render('Text.[^1]\n\n[^1]: The note.\n')).html).toMatchFileSnapshot(snapshotFile('footnotes', 'a referenced footnote'));
  });

  test.each([
    ['a reference with no definition', 'Text.[^1] More.[^2]\n\n[^1]: The note.\n', 'content/articles/test.mdx: [^2]: footnote reference has no definition'],
    ['a definition nobody references', 'Text.[^1]\n\n[^1]: One.\n\n[^9]: Orphan.\n', 'content/articles/test.mdx: [^9]: footnote is defined but never referenced in the text'],
  ])('%s stops the build instead of rendering', async (_name, md, message) => {
    const rendering = render(md);
    await expect(rendering).rejects.toThrow(ContentError);
    await expect(rendering).rejects.toThrow(message);
  });
});
