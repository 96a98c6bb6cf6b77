import { describe, expect, test } from 'vitest';
import { MAX_QUERY_CHARACTERS, MAX_QUERY_WORDS, readingsNote, readQuery } from '../../src/lib/search-query';

describe('reading a query', () => {
  test('words are looked up each once, the last as a prefix while it is being typed', () => {
    expect(readQuery('Sadr Kadh').lookups).toEqual([{ words: ['Sadr', 'Kadh'], lastIsPrefix: true }]);
    expect(readQuery('Sadr sadr ').lookups).toEqual([{ words: ['Sadr', 'sadr'], lastIsPrefix: false }]);
  });

  test('Arabic is folded to one spelling before it is looked up', () => {
    expect(readQuery('الكاظمى').lookups[0]!.words).toEqual(['الكاظمي']);
    expect(readQuery('مُصْطَفَى').lookups[0]!.words).toEqual(['مصطفي']);
  });

  test('a date is looked up in the form the index holds, and highlighted so', () => {
    const query = readQuery('Nov. 7, 2021');
    expect(query.lookups).toEqual([{ words: ['2021-11-07'], lastIsPrefix: false }]);
    expect(query.highlight).toEqual(['2021-11-07']);
    expect(readQuery('November 2021').lookups).toEqual([{ words: ['2021-11'], lastIsPrefix: true }]);
    expect(readQuery('the 7th of November').lookups).toEqual([{ words: ['November', '7'], lastIsPrefix: false }]);
  });

  test('a date read two ways is looked up both ways, and the results say so', () => {
    const query = readQuery('7/11/2021');
    expect(query.lookups.map((l) => l.words)).toEqual([['2021-11-07'], ['2021-07-11']]);
    expect(readingsNote(query)).toBe('7/11/2021: 7 November or 11 July 2021');
    expect(readingsNote(readQuery('2021-11-07'))).toBeUndefined();
  });

  test('a query is cut to the caps, and says it was', () => {
    const long = readQuery('Sadr '.repeat(1000));
    expect(long.cut).toBe(true);
    expect(long.text.split(' ')).toHaveLength(MAX_QUERY_WORDS);
    expect(long.lookups[0]!.words).toEqual(['Sadr']);
    const wide = readQuery('x'.repeat(30) + ' ' + 'y'.repeat(80));
    expect(wide.cut).toBe(true);
    expect(wide.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARACTERS);
    expect(readQuery('Sadr').cut).toBe(false);
  });

  test('a query with no word in it looks nothing up', () => {
    expect(readQuery(' ... ').lookups).toEqual([]);
  });
});
