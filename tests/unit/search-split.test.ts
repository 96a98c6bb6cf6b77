import { describe, expect, test } from 'vitest';
import { inOlderIndex, recentSince } from '../../src/lib/search-split';

describe('the search index in two, by date', () => {
  test('the first index reaches back a year from the newest article', () => {
    expect(recentSince('2021-11-19')).toBe('2020-11-19');
    expect(recentSince('2024-02-29')).toBe('2023-02-29');
    // An article dated to its month only.
    expect(recentSince('2021-11')).toBe('2020-11');
    expect(inOlderIndex('2020-11', '2020-11')).toBe(false);
    expect(inOlderIndex('2020-10', '2020-11')).toBe(true);
  });

  test('an article goes to the older index when it is dated before that', () => {
    const since = recentSince('2021-11-19');
    expect(inOlderIndex('2020-11-18', since)).toBe(true);
    expect(inOlderIndex('2020-11-19', since)).toBe(false);
    expect(inOlderIndex('2021-11-19', since)).toBe(false);
  });

  test('a year’s or a month’s page goes there only when all of its period is older', () => {
    const since = recentSince('2021-11-19');
    expect(inOlderIndex('2019', since)).toBe(true);
    // 2020 runs to December 31, after November 19, 2020: its page stays with the newest.
    expect(inOlderIndex('2020', since)).toBe(false);
    expect(inOlderIndex('2020-10', since)).toBe(true);
    expect(inOlderIndex('2020-11', since)).toBe(false);
  });
});
