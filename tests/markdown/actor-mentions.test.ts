import { describe, expect, test } from 'vitest';
import { render } from './render';

/** The HTML as a reader gets it: without the attributes that only carry spellings, date forms and filters to the search index. */
const asRead = (html: string) => html.replace(/ data-(?:spellings|date-forms|pagefind-[a-z-]+)="[^"]*"/g, '');

describe('actor mentions plugin', () => {
  test('the first mention in a paragraph links to the actor, later ones are marked only', () => {
    const html = asRead(render('Mustafa al-Kadhimi spoke; later al-Khadimi left.').html);
    expect(html).toContain('<a href="/actors/mustafa-al-kadhimi/" class="actor" data-actor="mustafa-al-kadhimi" title="Mustafa al-Kadhimi">Mustafa al-Kadhimi</a>');
    expect(html).toContain('<span class="mention" data-actor="mustafa-al-kadhimi" title="Mustafa al-Kadhimi">al-Khadimi</span>');
  });

  test('the longest name wins: Muhammad Sadiq al-Sadr is not Moqtada al-Sadr', () => {
    const html = asRead(render('Muhammad Sadiq al-Sadr and al-Sadr.').html);
    expect(html).toContain('data-actor="muhammad-sadiq-al-sadr" title="Muhammad Sadiq al-Sadr">Muhammad Sadiq al-Sadr</a>');
    expect(html).toContain('data-actor="moqtada-al-sadr" title="Moqtada al-Sadr">al-Sadr</a>');
  });

  test('a capitalised alias at the start of a sentence is found, but a word inside another is not', () => {
    const html = asRead(render('Al-Sadar left. The Iranian view of Iran.').html);
    expect(html).toContain('>Al-Sadar</a>');
    expect(html).not.toContain('>Iran</a>ian');
    expect(html).toContain('data-actor="iran" title="Iran">Iran</a>.');
  });

  test('the author can say who an ambiguous phrase means', () => {
    expect(asRead(render('Established by [his late father](actor:muhammad-sadiq-al-sadr).').html)).toContain(
      '<a href="/actors/muhammad-sadiq-al-sadr/" class="actor" data-actor="muhammad-sadiq-al-sadr" title="Muhammad Sadiq al-Sadr">his late father</a>',
    );
  });

  test('headings are left as they are', () => {
    expect(render('## Al-Kadhimi and the Militias').html).not.toContain('data-actor');
  });

  test('a forced actor that does not exist stops the build', () => {
    expect(() => render('[him](actor:nobody)')).toThrow('content/articles/test.mdx: (actor:nobody): actor "nobody" does not exist in content/actors/');
  });
});
