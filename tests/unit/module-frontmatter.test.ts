import { describe, expect, it } from 'vitest';
import { takeFromFrontmatter } from '../../src/lib/module-frontmatter';

const frontmatter = { title: 'A "quoted" title', index: { passages: [{ id: 'p', text: 'x;y' }] } };
const module = (fm: object) => `function MDXContent() {}\nexport const frontmatter = ${JSON.stringify(fm)};\nexport function getHeadings() { return []; }`;

describe('takeFromFrontmatter', () => {
  it('takes the key out of the frontmatter export and gives its value, the rest of the module as it was', () => {
    const { code, value } = takeFromFrontmatter(module(frontmatter), frontmatter, 'index');
    expect(value).toEqual(frontmatter.index);
    expect(code).toBe(module({ title: 'A "quoted" title' }));
  });

  it('stops when the module does not export that frontmatter as JSON', () => {
    const written = module(frontmatter).replace('export const frontmatter = ', 'export const frontmatter =\n  ');
    expect(() => takeFromFrontmatter(written, frontmatter, 'index')).toThrow(
      'the compiled module does not export its frontmatter as `export const frontmatter = <JSON>;`, so its "index" cannot be taken out: the MDX processor now writes it otherwise',
    );
  });
});
