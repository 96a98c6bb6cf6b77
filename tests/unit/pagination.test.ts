import { describe, expect, test } from 'vitest';
import { groupStarts, pageCount, pageOfIndex, pageWindow } from '../../src/lib/pagination';

describe('pagination', () => {
  test('an item is on the page paginate() puts it on', () => {
    expect([0, 39, 40, 79, 80].map((i) => pageOfIndex(i, 40))).toEqual([1, 1, 2, 2, 3]);
    expect([0, 1, 40, 41].map((n) => pageCount(n, 40))).toEqual([1, 1, 1, 2]);
  });

  test('a page links to the first, the last and its neighbours, with gaps between', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(6, 40)).toEqual([1, undefined, 4, 5, 6, 7, 8, undefined, 40]);
    expect(pageWindow(40, 40)).toEqual([1, undefined, 38, 39, 40]);
    // However many pages, the same few links.
    expect(pageWindow(500, 1000)).toHaveLength(9);
  });

  test('each group of a list knows the page it starts on and its size', () => {
    const years = ['2021', '2021', '2021', '2020', '2020', '2019'];
    expect(groupStarts(years, (y) => y, 2)).toEqual(
      new Map([
        ['2021', { page: 1, count: 3 }],
        ['2020', { page: 2, count: 2 }],
        ['2019', { page: 3, count: 1 }],
      ]),
    );
  });
});
