import { describe, expect, test } from 'vitest';
import { closeness, describeDate, indexForm, readDateQuery } from '../../src/lib/search-dates';

describe('reading a query as a date', () => {
  test.each([
    ['2021-11-07', [{ year: 2021, month: 11, day: 7 }]],
    ['2021/11/07', [{ year: 2021, month: 11, day: 7 }]],
    ['7.11.2021', [{ year: 2021, month: 11, day: 7 }]],
    ['Nov. 7, 2021', [{ year: 2021, month: 11, day: 7 }]],
    ['November 7, 2021', [{ year: 2021, month: 11, day: 7 }]],
    ['7 November 2021', [{ year: 2021, month: 11, day: 7 }]],
    ['7th November', [{ month: 11, day: 7 }]],
    ['the 7th of November', [{ month: 11, day: 7 }]],
    ['Nov 7', [{ month: 11, day: 7 }]],
    ['October 2021', [{ year: 2021, month: 10 }]],
    ['2021-11', [{ year: 2021, month: 11 }]],
    ['2016', [{ year: 2016 }]],
    ['November', [{ month: 11 }]],
    ['29 February', [{ month: 2, day: 29 }]],
  ])('"%s" is one date', (query, dates) => {
    expect(readDateQuery(query)).toEqual(dates);
  });

  test('a slash date valid both ways is read both ways, day first', () => {
    expect(readDateQuery('7/11/2021')).toEqual([{ year: 2021, month: 11, day: 7 }, { year: 2021, month: 7, day: 11 }]);
    expect(readDateQuery('11/7/2021')).toEqual([{ year: 2021, month: 7, day: 11 }, { year: 2021, month: 11, day: 7 }]);
  });

  test('a slash date valid one way only is read that way', () => {
    expect(readDateQuery('11/25/2021')).toEqual([{ year: 2021, month: 11, day: 25 }]);
    expect(readDateQuery('25/11/2021')).toEqual([{ year: 2021, month: 11, day: 25 }]);
    expect(readDateQuery('7/7/2021')).toEqual([{ year: 2021, month: 7, day: 7 }]);
  });

  test.each(['Sadr', '31 November', '2021-13-01', '7 Sadr 2021', 'May Sadr', '123', '7 8 November'])('"%s" is no date', (query) => {
    expect(readDateQuery(query)).toEqual([]);
  });
});

describe('a date in the index and in words', () => {
  test.each([
    [{ year: 2021, month: 11, day: 7 }, '2021-11-07', '7 November 2021'],
    [{ year: 2021, month: 11 }, '2021-11', 'November 2021'],
    [{ year: 2016 }, '2016', '2016'],
    [{ month: 11, day: 7 }, 'November 7', '7 November'],
    [{ month: 11 }, 'November', 'November'],
  ])('%o is searched as "%s" and said "%s"', (date, form, said) => {
    expect(indexForm(date)).toBe(form);
    expect(describeDate(date)).toBe(said);
  });
});

describe('how closely a passage’s date meets the date asked for', () => {
  const day = { year: 2021, month: 11, day: 7 };
  test.each([
    ['2021-11-07', day, 0],
    ['2021-11-05', day, 1],
    ['2021-11', day, 1],
    ['2021-10-07', day, undefined],
    ['2020-11-07', day, undefined],
    ['2020-11-07', { month: 11, day: 7 }, 0],
    ['2021-11-30', { year: 2021, month: 11 }, 0],
    ['1990/1999', { year: 1995 }, 0],
    ['2014/2017', { year: 2018 }, undefined],
  ] as const)('%s for %o: %s', (iso, asked, expected) => {
    expect(closeness(iso, asked)).toBe(expected);
  });
});
