import { describe, expect, test } from 'vitest';
import { headlineParts } from '../../src/lib/headline';

describe('headline parts', () => {
  test('a name after "Al-" is one part, and the words around it stay as written', () => {
    const headline = 'Assassination Attempt against Prime Minister Al-Khadimi Highlights Intra-Shia Divisions in Iraq';
    const parts = headlineParts(headline);
    expect(parts.filter((p) => p.name).map((p) => p.text)).toEqual(['Al-Khadimi']);
    expect(parts.map((p) => p.text).join('')).toBe(headline);
  });

  test('finds "al-" names in lower case, and leaves other hyphenated words and words ending in "al" alone', () => {
    const parts = headlineParts('Why al-Sadr and Al-Maliki Differ: Radical-Moderate Splits, Federal-Regional Deals');
    expect(parts.filter((p) => p.name).map((p) => p.text)).toEqual(['al-Sadr', 'Al-Maliki']);
  });

  test('a headline without such a name is one part', () => {
    expect(headlineParts('Elections, Power, Money, and Militias')).toEqual([{ text: 'Elections, Power, Money, and Militias', name: false }]);
  });
});
