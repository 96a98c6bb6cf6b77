import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { at, render, snapshotFile } from './render';

const article = (body: string) =>
  `---\ndate: "2021-11"\ncitations:${body.includes('cite:r') ? '\n  - { id: r, outlet: rudaw }' : ' []'}\n---\n\n${body}\n`;

describe('dates plugin', () => {
  test.each([
    ['a day without a year is a day of the article’s year', 'In the early hours of November 7 in Baghdad.'],
    ['the first date of a year in the article carries the year filter, later ones not', 'On November 7, after November 6, 2021 and before 2019.'],
    ['months, years and periods are marked at the precision the text gives', 'In June 2020, in 2016, from 2014 to 2017, in late 2019 and in the 1990s.'],
    ['a relative date is said by the author with a date link', 'On [the following day](date:2021-11-08) he came.'],
    ['dates inside a citation are when the outlet published, so they are not marked', '([rudaw.net, November 7](cite:r))'],
  ])('%s', async (name, body) => {
    await expect((await render(article(body))).html).toMatchFileSnapshot(snapshotFile('dates', name));
  });

  test('an invalid date: value stops the build at the link, saying what to write', async () => {
    const md = article('It ended [then](date:2021-02-30).');
    const rendering = render(md);
    await expect(rendering).rejects.toThrow(ContentError);
    await expect(rendering).rejects.toThrow(
      `content/articles/test.mdx:${at(md, '[then]')}: (date:2021-02-30): "2021-02-30" is not a valid ISO date or period: write YYYY, YYYY-MM, YYYY-MM-DD, or two of those joined by "/"`,
    );
  });
});
