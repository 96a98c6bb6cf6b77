import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { render } from './render';

const frontmatter = '---\ndate: "2021-11"\ncitations: []\n---\n';

describe('text required', () => {
  test('an article with text renders', async () => {
    expect((await render(`${frontmatter}\nOne sentence.\n`)).html).toContain('One sentence.');
  });

  test.each([
    ['nothing after the frontmatter', ''],
    ['only blank lines', '\n\n   \n'],
    ['only a heading', '\n## A heading\n'],
  ])('an article with %s stops the build, saying where the text goes', async (_name, body) => {
    const rendering = render(`${frontmatter}${body}`);
    await expect(rendering).rejects.toThrow(ContentError);
    await expect(rendering).rejects.toThrow('content/articles/test.mdx: (text): the article has no text: write it below the frontmatter, after the closing ---');
  });
});
