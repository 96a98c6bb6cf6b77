import { mdxToJs } from 'satteri';
import { expect, test } from 'vitest';
import { at } from './render';

// The MDX compiler's own check, pinned because the README promises it: the build puts the file
// in front of this message (as it does for the plugins' errors, see tests/build/bad-input.test.ts).
test('a brace left open in MDX stops at its line and column', () => {
  const md = 'On November 7,\nJane Doe {spoke.\n';
  expect(() => mdxToJs(md)).toThrow(`${at(md, '{')}: Unexpected end of file in expression, expected a corresponding closing brace for \`{\``);
});
