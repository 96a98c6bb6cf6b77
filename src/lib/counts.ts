/**
 * Counts as the site writes them, in English: digits grouped ("11,123"), and what is counted in
 * the singular for one ("1 entry", "2 entries"), in page text, descriptions and screen-reader labels alike.
 */
export const formatCount = (n: number): string => n.toLocaleString('en');

/** What is counted, for `n` of it: `one` for 1, `many` (by default `one` + "s") otherwise. */
export const nounFor = (n: number, one: string, many = `${one}s`): string => (n === 1 ? one : many);

/** "1 entry", "11,123 mentions". */
export const countOf = (n: number, one: string, many?: string): string => `${formatCount(n)} ${nounFor(n, one, many)}`;
