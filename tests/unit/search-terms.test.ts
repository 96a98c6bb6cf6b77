import { describe, expect, test } from 'vitest';
import { readTerms, spellingAttributes, termsAttribute } from '../../src/lib/markup';
import { dateForms, extendsTerm, foldArabic, isoOfAnchor, normalise, queryTerms, searchSpellings, termMatches, yearOf } from '../../src/lib/search-terms';

describe('terms carried in the markup', () => {
  test('a list of terms is bracketed and joined so the search page can tell it from the text', () => {
    expect(termsAttribute(['Ali Shamkhani', 'Shamakhani', 'Shamkhani'], 'Shamakhani')).toBe('⟦Ali Shamkhani; Shamakhani⟧');
    expect(readTerms('⟦Ali Shamkhani; Shamakhani; Shamkhani⟧')).toEqual(['Ali Shamkhani', 'Shamakhani', 'Shamkhani']);
  });

  test('the words as written are not repeated when they are one of the terms, whatever their case', () => {
    expect(termsAttribute(['Moqtada al-Sadr', 'al-Sadr', 'Muqtada'], 'Al-Sadr')).toBe('⟦Moqtada al-Sadr; al-Sadr; Muqtada⟧');
  });

  test('the words as written close the list when they are none of its terms', () => {
    expect(termsAttribute(['Ali Shamkhani', 'Shamakhani'], 'Ali Shamakhani')).toBe('⟦Ali Shamkhani; Ali Shamakhani⟧');
    expect(termsAttribute(['2021-11-08'], 'the following day')).toBe('⟦2021-11-08; the following day⟧');
  });

  test('a term whose every word the list or the words as written hold, alone or in a hyphenated word, is left out', () => {
    const spellings = ['Mustafa al-Kadhimi', 'al-Kadhimi', 'Kadhimi', 'Kazemi', 'al-Kazemi', 'Mustafa al-Khadimi', 'al-Khadimi', 'Khadimi'];
    expect(termsAttribute(spellings, 'al-Kadhimi')).toBe('⟦Mustafa al-Kadhimi; al-Kadhimi; al-Kazemi; Mustafa al-Khadimi⟧');
    expect(termsAttribute(['Iran-backed Shia militias', 'Iran-backed shia militias', 'Shia militias', 'pro-Iran militias'], 'Shia militias')).toBe(
      '⟦Iran-backed Shia militias; Shia militias; pro-Iran militias⟧',
    );
    // The first term stays, though the words as written hold it: it is what the list is of.
    expect(termsAttribute(['Sadr', 'al-Sadr', 'Sadrist'], 'al-Sadr')).toBe('⟦Sadr; al-Sadr; Sadrist⟧');
  });

  test('a one-character part of a hyphenated word holds nothing: Pagefind indexes "7-9" as "79" only', () => {
    expect(termsAttribute(['2021-11-07', 'November 7', '2021', '2021-11-09', 'November 9'], 'November 7-9')).toBe(
      '⟦2021-11-07; November 7; 2021-11-09; November 9; November 7-9⟧',
    );
  });

  test('no list when the words as written hold every term', () => {
    expect(termsAttribute(['al-Sadr', 'Sadr'], 'Al-Sadr')).toBeUndefined();
  });

  test('no list when the words as written are the only term', () => {
    expect(termsAttribute(['Baghdad'], 'Baghdad')).toBeUndefined();
    expect(termsAttribute(['2016'], '2016')).toBeUndefined();
  });

  test('spellings ride on the element as an attribute Pagefind is told to index, and are left off when the words hold them', () => {
    expect(spellingAttributes(['Moqtada al-Sadr', 'Muqtada'], 'Moqtada al-Sadr')).toEqual({
      'data-spellings': '⟦Moqtada al-Sadr; Muqtada⟧',
      'data-pagefind-index-attrs': 'data-spellings',
    });
    expect(spellingAttributes(['al-Sadr', 'Sadr'], 'al-Sadr')).toEqual({});
  });

  test('brackets and semicolons in a term cannot break the list', () => {
    expect(readTerms(termsAttribute(['a ⟦b⟧; c'], 'd')!)).toEqual(['a b c', 'd']);
  });
});

describe('date forms', () => {
  test('a day in the two forms every query for it is read as: with its year, and without', () => {
    expect(dateForms('2021-11-07')).toEqual(['2021-11-07', 'November 7']);
  });

  test('a month and a year', () => {
    expect(dateForms('2021-11')).toEqual(['2021-11', 'November 2021']);
    expect(dateForms('2016')).toEqual(['2016']);
  });

  test('a period by its start, the years between and its end', () => {
    expect(dateForms('2014/2017')).toEqual(['2014', '2015', '2016', '2017']);
    expect(dateForms('2019-09/2019-12')).toEqual(['2019-09', 'September 2019', '2019', '2019-12', 'December 2019']);
  });

  test('a very long period is not spelled year by year', () => {
    expect(dateForms('1900/1999')).toEqual(['1900', '1999']);
  });

  test('not a date, no forms', () => {
    expect(dateForms('2021-02-30')).toEqual([]);
  });

  test('the year filter is the year a date or period starts in', () => {
    expect(yearOf('2021-11-07')).toBe('2021');
    expect(yearOf('1990/1999')).toBe('1990');
  });

  test('a timeline anchor names its date', () => {
    expect(isoOfAnchor('date-2021-11-07')).toBe('2021-11-07');
    expect(isoOfAnchor('date-2014-to-2017')).toBe('2014/2017');
    expect(isoOfAnchor('year-2016')).toBeUndefined();
  });
});

describe('matching words', () => {
  test('words are compared without case, accents or surrounding punctuation', () => {
    expect(normalise('“Al-Ṣadr’s,')).toBe('al-sadr’s');
    expect(queryTerms('  Nov  7 nov ')).toEqual(['nov', '7']);
  });

  test('a term finds words that start with it, or whose part after a hyphen does', () => {
    expect(termMatches('sadr', 'al-Sadr’s')).toBe(true);
    expect(termMatches('nov', 'November')).toBe(true);
    expect(termMatches('7', '17')).toBe(false);
    expect(termMatches('7', '2021-11-07')).toBe(false);
    expect(termMatches('2021-11-07', '⟦2021-11-07;')).toBe(true);
  });
});

describe('Arabic, folded at index and query time alike', () => {
  test.each([
    ['الكاظمى', 'الكاظمي'],
    ['الأسد', 'الاسد'],
    ['إسماعيل', 'اسماعيل'],
    ['قاآني', 'قااني'],
    ['الإسلامية', 'الاسلاميه'],
    ['مُصْطَفَى', 'مصطفي'],
    ['بغـــداد', 'بغداد'],
    ['اسماعیل قاآنی', 'اسماعيل قااني'],
  ])('"%s" is "%s"', (written, folded) => {
    expect(foldArabic(written)).toBe(folded);
    expect(normalise(written.split(' ')[0]!)).toBe(folded.split(' ')[0]);
  });

  test('an actor is searched by each Arabic spelling as written and as folded', () => {
    expect(searchSpellings(['Kazemi', 'مصطفى الكاظمي'])).toEqual(['Kazemi', 'مصطفى الكاظمي', 'مصطفي الكاظمي']);
  });
});

describe('telling a word Pagefind located for a term from one it fell back to', () => {
  test.each([
    ['Kadh', 'al-Kadhimi’s', true],
    ['kadhimi', 'Al-Kadhimi', true],
    ['2021-11', '⟦2021-11-07;', true],
    ['Hezbollah', 'he', false],
    ['Asaib', 'as-Sadr;', false],
  ])('"%s" and "%s": %s', (term, word, extends_) => {
    expect(extendsTerm(term, word)).toBe(extends_);
  });
});
