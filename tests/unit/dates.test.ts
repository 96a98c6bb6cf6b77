import { describe, expect, test } from 'vitest';
import { byDate, findDates, formatDate, parseInterval, parsePartialDate, sortKey } from '../../src/lib/dates';

describe('dates', () => {
  test('partial dates keep their precision', () => {
    expect(parsePartialDate('2021')?.precision).toBe('year');
    expect(parsePartialDate('2021-11')?.precision).toBe('month');
    expect(parsePartialDate('2021-11-07')?.precision).toBe('day');
  });

  test('impossible dates are rejected', () => {
    for (const bad of ['2021-02-30', '2021-13', '21-11-07', 'November 7', '2021-11-7', '']) expect(parsePartialDate(bad)).toBeUndefined();
  });

  test('an interval must run forwards', () => {
    expect(parseInterval('2014/2017')).toBeDefined();
    expect(parseInterval('2017/2014')).toBeUndefined();
    expect(parseInterval('2014/2017/2018')).toBeUndefined();
  });

  test('dates are written out for readers', () => {
    expect(formatDate('2021-11-07')).toBe('November 7, 2021');
    expect(formatDate('2020-06')).toBe('June 2020');
    expect(formatDate('2014/2017')).toBe('2014 to 2017');
  });

  test('a year sorts before its months and a month before its days', () => {
    const sorted = ['2021-11-07', '2021', '2021-11', '2020-06'].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    expect(sorted).toEqual(['2020-06', '2021', '2021-11', '2021-11-07']);
  });

  test('written dates are found with the year the text implies', () => {
    const text = 'On November 4, al-Sadr travelled; on June 9, 2014 and in May they fought; in October the vote.';
    expect(findDates(text, 2021).map((d) => [text.slice(d.start, d.end), d.iso])).toEqual([
      ['November 4', '2021-11-04'],
      ['June 9, 2014', '2014-06-09'],
      ['October', '2021-10'],
    ]);
  });

  test('numbers that are not years are not dates', () => {
    expect(findDates('more than 70 seats in the 329 seat parliament, 12345 votes', 2021)).toEqual([]);
  });
});

describe('byDate', () => {
  const items = [{ d: '2021-11-07', n: 1 }, { d: undefined, n: 2 }, { d: '2021', n: 3 }, { d: '2021-11', n: 4 }, { d: '2019/2021', n: 5 }, { d: '2021-11-07', n: 6 }];
  test('oldest first: a period at its start, a year before its months, a month before its days; ties as the tie says', () => {
    expect(byDate(items, (i) => i.d, 'oldest first', (a, b) => b.n - a.n).map((i) => i.n)).toEqual([2, 5, 3, 4, 6, 1]);
  });
  test('newest first, undated last, ties as they came', () => {
    expect(byDate(items, (i) => i.d, 'newest first').map((i) => i.n)).toEqual([1, 6, 4, 3, 5, 2]);
  });
});
