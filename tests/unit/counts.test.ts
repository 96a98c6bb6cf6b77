import { describe, expect, test } from 'vitest';
import { countOf, formatCount, nounFor } from '../../src/lib/counts';
import { rangeOf } from '../../src/lib/pagination';

describe('counts as the site writes them', () => {
  test('digits are grouped by thousands', () => {
    expect(formatCount(11123)).toBe('11,123');
    expect(formatCount(999)).toBe('999');
  });

  test('one of a thing is singular, any other number plural', () => {
    expect(countOf(1, 'article')).toBe('1 article');
    expect(countOf(0, 'article')).toBe('0 articles');
    expect(countOf(2511, 'result')).toBe('2,511 results');
    expect(countOf(1, 'entry', 'entries')).toBe('1 entry');
    expect(countOf(1090, 'entry', 'entries')).toBe('1,090 entries');
    expect(nounFor(1, 'mention')).toBe('mention');
    expect(nounFor(3, 'mention')).toBe('mentions');
  });

  test("a page's range counts its items from 1, as readers do", () => {
    expect(rangeOf({ start: 0, end: 39 }, 'mention')).toBe('mentions 1–40');
    expect(rangeOf({ start: 800, end: 800 }, 'mention')).toBe('mention 801');
    expect(rangeOf({ start: 40, end: 79 }, 'entry', 'entries')).toBe('entries 41–80');
    expect(rangeOf({ start: 4960, end: 4999 }, 'citation')).toBe('citations 4,961–5,000');
  });
});
