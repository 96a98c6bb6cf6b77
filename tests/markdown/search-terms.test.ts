import { describe, expect, test } from 'vitest';
import { render, snapshotFile } from './render';

const article = (body: string) => `---\ndate: "2021-11"\n---\n\n${body}\n`;
/** The text a reader (or a screen reader) gets from the HTML: tags and attributes left out. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('search terms carried in the markup', () => {
  test.each([
    ['an actor’s first mention lists every spelling, later ones nothing', 'Ali Shamakhani spoke; later Shamakhani left.'],
    ['words the author attributed to an actor are listed after the spellings', 'Established by [his late father](actor:muhammad-sadiq-al-sadr).'],
    ['names in Arabic script are spellings too, folded where a query is folded', 'Daesh fought in Baghdad.'],
    ['a day carries the forms a reader may type it in and its year filter', article('In the early hours of November 7 in Baghdad.')],
    ['a period is found by its start, its end and every year between', article('The war from 2014 to 2017.')],
    ['a relative date lists the date’s forms, then the words as written', article('On [the following day](date:2021-11-08) he came.')],
    ['a year written as a year needs no forms, only its filter', article('In 2016, parliament voted.')],
  ])('%s', async (name, md) => {
    await expect((await render(md)).html).toMatchFileSnapshot(snapshotFile('search-terms', name));
  });

  test('what a reader sees and hears is unchanged: no word is added to the text', async () => {
    const md = article('Ali Shamakhani spoke on November 7, [the following day](date:2021-11-08), with Muqtada.');
    expect(textOf((await render(md)).html).trim()).toBe('Ali Shamakhani spoke on November 7, the following day, with Muqtada.');
  });
});
