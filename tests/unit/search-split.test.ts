import { describe, expect, test } from 'vitest';
import { inOlderIndex, recentSince } from '../../src/lib/search-split';

describe('the search index in two, by date', () => {
  test('the first index reaches back a year from the newest article', () => {
    expect(recentSince('2021-11-19')).toBe('2020-11-19');
    expect(recentSince('2024-02-29')).toBe('2023-02-29');
    // An article dated to its month only.
    expect(recentSince('2021-11')).toBe('2020-11');
  });

  test('a page goes to the older index when its date sorts before that', () => {
    const since = recentSince('2021-11-19');
    expect(inOlderIndex('2020-11-18', since)).toBe(true);
    expect(inOlderIndex('2020-11-19', since)).toBe(false);
    expect(inOlderIndex('2021-11-19', since)).toBe(false);
  });

  test('a date of a month or a year only is placed where Pagefind sorts it: before the days it holds', () => {
    const since = recentSince('2021-11-19');
    expect(inOlderIndex('2020-11', since)).toBe(true);
    expect(inOlderIndex('2020', since)).toBe(true);
    expect(inOlderIndex('2021', since)).toBe(false);
    expect(inOlderIndex('2020-12', since)).toBe(false);
    // Every date of the older index sorts before every date of the first.
    const dates = ['2019', '2020', '2020-11', '2020-11-18', '2020-11-19', '2020-12', '2021', '2021-11-19'];
    const [older, newer] = [dates.filter((d) => inOlderIndex(d, since)), dates.filter((d) => !inOlderIndex(d, since))];
    expect([...older, ...newer]).toEqual([...dates].sort());
  });
});
