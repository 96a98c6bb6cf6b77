import { pathToFileURL } from 'node:url';
import { mdxToJs, type MdxToJsResult } from 'satteri';
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { expressionCheck } from '../../src/markdown/mdast-expression-check';
import { at } from './render';

/** Compiled as @astrojs/mdx compiles an article: MDX, where braces hold code. */
const compile = (mdx: string) => mdxToJs(mdx, { mdastPlugins: [expressionCheck()], fileURL: pathToFileURL('content/articles/test.mdx') });

describe('expression check plugin', () => {
  test('a word in braces stops the build at its line and column, saying how to write the braces as text', () => {
    const mdx = 'Jane Doe spoke.\n\nJane Doe {spoke} again.\n';
    expect(() => compile(mdx)).toThrow(ContentError);
    expect(() => compile(mdx)).toThrow(
      `content/articles/test.mdx:${at(mdx, '{spoke}')}: {spoke}: MDX runs what stands between braces as code: for the braces as text write \\{spoke\\}, or remove them`,
    );
  });

  test('braces on a line of their own too', () => {
    const mdx = 'Jane Doe spoke.\n\n{1 + 1}\n';
    expect(() => compile(mdx)).toThrow(`content/articles/test.mdx:${at(mdx, '{1 + 1}')}: {1 + 1}:`);
  });

  test('a note to editors in braces, and escaped braces, are the text as written', () => {
    const { code } = compile('Jane Doe spoke. {/* check the date */}\n\nIn \\{braces\\}.\n') as MdxToJsResult;
    expect(code).toContain('Jane Doe spoke.');
    expect(code).toContain('In {braces}.');
    expect(code).not.toContain('check the date');
  });
});
