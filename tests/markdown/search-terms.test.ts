import { describe, expect, test } from 'vitest';
import { render } from './render';

const article = (body: string) => `---\ndate: "2021-11"\n---\n\n${body}\n`;
/** The text a reader (or a screen reader) gets from the HTML: tags and attributes left out. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('search terms carried in the markup', () => {
  test('the first mention of an actor in a paragraph lists every spelling, indexed by Pagefind', () => {
    const { html } = render('Ali Shamakhani spoke; later Shamakhani left.');
    expect(html).toContain(
      '<a href="/actors/ali-shamkhani/" class="actor" data-actor="ali-shamkhani" title="Ali Shamkhani" data-spellings="⟦Ali Shamkhani; Ali Shamakhani; Shamakhani; Shamkhani⟧" data-pagefind-index-attrs="data-spellings" data-pagefind-filter="actor[title]">Ali Shamakhani</a>',
    );
    // Later mentions in the same paragraph carry nothing more: the paragraph is already found.
    expect(html).toContain('<span class="mention" data-actor="ali-shamkhani" title="Ali Shamkhani">Shamakhani</span>');
  });

  test('each paragraph’s first mention carries the spellings again', () => {
    const { html } = render('Muqtada spoke.\n\nMoqtada al-Sadr left.');
    expect(html.match(/data-spellings="⟦Moqtada al-Sadr;[^"]*Muqtada;[^"]*⟧"/g)).toHaveLength(2);
  });

  test('words the author attributed to an actor are listed after the spellings', () => {
    const { html } = render('Established by [his late father](actor:muhammad-sadiq-al-sadr).');
    expect(html).toMatch(/data-spellings="⟦Muhammad Sadiq al-Sadr;[^"]*; his late father⟧"/);
  });

  test('an actor with no other spelling gets the filter but no list of spellings', () => {
    const { html } = render('In Baghdad.');
    expect(html).toContain('<a href="/actors/baghdad/" class="actor" data-actor="baghdad" title="Baghdad" data-pagefind-filter="actor[title]">Baghdad</a>');
  });

  test('a day carries the forms a reader may type it in and its year filter', () => {
    const { html } = render(article('In the early hours of November 7 in Baghdad.'));
    expect(html).toContain(
      '<time datetime="2021-11-07" data-date-forms="⟦2021-11-07; November 7; 7 November; Nov 7; 7 Nov; November 7, 2021; 7 November 2021⟧" data-pagefind-index-attrs="data-date-forms" data-pagefind-filter="year:2021">November 7</time>',
    );
  });

  test('a period is found by its start, its end and every year between', () => {
    const { html } = render(article('The war from 2014 to 2017.'));
    expect(html).toContain('data-date-forms="⟦2014; 2015; 2016; 2017; from 2014 to 2017⟧"');
    expect(html).toContain('data-pagefind-filter="year:2014"');
  });

  test('a relative date lists the date’s forms, then the words as written', () => {
    const { html } = render(article('On [the following day](date:2021-11-08) he came.'));
    expect(html).toMatch(/<time datetime="2021-11-08" data-date-forms="⟦2021-11-08; November 8;[^"]*; the following day⟧"[^>]*>the following day<\/time>/);
  });

  test('a year written as a year needs no forms, only its filter', () => {
    const { html } = render(article('In 2016, parliament voted.'));
    expect(html).toContain('<time datetime="2016" data-pagefind-filter="year:2016">2016</time>');
  });

  test('what a reader sees and hears is unchanged: no word is added to the text', () => {
    const md = article('Ali Shamakhani spoke on November 7, [the following day](date:2021-11-08), with Muqtada.');
    expect(textOf(render(md).html).trim()).toBe('Ali Shamakhani spoke on November 7, the following day, with Muqtada.');
  });
});
