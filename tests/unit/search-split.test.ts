import { describe, expect, test } from 'vitest';
import { inOlderIndex, NEWEST_ARTICLES, recentSince } from '../../src/lib/search-split';

/** Article dates, newest first: one a month, going back from November 2021. */
const monthly = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const month = 2021 * 12 + 10 - i;
    return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  });

describe('the search index in two, by date', () => {
  test('the first index reaches back a year from the newest article', () => {
    expect(recentSince(['2021-11-19'])).toBe('2020-11-19');
    expect(recentSince(['2024-02-29'])).toBe('2023-02-29');
    // An article dated to its month only.
    expect(recentSince(['2021-11'])).toBe('2020-11');
    // An article a month for years: the year's thirteen articles are fewer than the bound.
    expect(NEWEST_ARTICLES).toBeGreaterThan(13);
    expect(recentSince(monthly(60))).toBe('2020-11');
  });

  test('but holds no more than the latest NEWEST_ARTICLES articles', () => {
    // Eight articles a month: the bound is reached within the year.
    const dates = monthly(30).flatMap((month) => Array<string>(8).fill(month));
    const since = recentSince(dates);
    expect(since).toBe(dates[NEWEST_ARTICLES - 1]);
    expect(dates.filter((d) => !inOlderIndex(d, since)).length).toBeGreaterThanOrEqual(NEWEST_ARTICLES);
    expect(dates.filter((d) => !inOlderIndex(d, since)).length).toBeLessThan(NEWEST_ARTICLES + 8);
  });

  test('a page goes to the older index when its date sorts before that', () => {
    const since = recentSince(['2021-11-19']);
    expect(inOlderIndex('2020-11-18', since)).toBe(true);
    expect(inOlderIndex('2020-11-19', since)).toBe(false);
    expect(inOlderIndex('2021-11-19', since)).toBe(false);
  });

  test('a date of a month or a year only is placed where Pagefind sorts it: before the days it holds', () => {
    const since = recentSince(['2021-11-19']);
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
