import { describe, expect, test } from 'vitest';
import { fragmentOf, type PagefindResult } from '../../src/scripts/search-engine';
import type { PagefindFragment } from '../../src/lib/search-results';

/** One page as Pagefind caches it: the locations in it are whichever search wrote them last. */
const page = (locations: number[]): PagefindFragment => ({
  url: '/actors/x/',
  content: 'Muhammad Sadiq al-Sadr. Mohammad Sadiq al-Sadr.',
  meta: { title: 'x' },
  anchors: [],
  weighted_locations: locations.map((location) => ({ weight: 2, balanced_score: 4, location })),
});
const result = (words: number[], cached: PagefindFragment): PagefindResult => ({ id: 'en_1', words, data: async () => cached });

describe('a result’s page, read while later searches read it too', () => {
  test('keeps this search’s locations and their scores', async () => {
    expect((await fragmentOf(result([2, 5], page([2, 5])))).weighted_locations).toEqual([
      { weight: 2, balanced_score: 4, location: 2 },
      { weight: 2, balanced_score: 4, location: 5 },
    ]);
  });

  test('takes its locations from the result when another search ("Sad", which found "Sadiq") wrote its own into the page', async () => {
    const read = await fragmentOf(result([2, 5], page([1, 2, 4, 5])));
    expect(read.weighted_locations.map((l) => l.location)).toEqual([2, 5]);
  });
});
