/**
 * "Did you mean …?": for a word the index does not hold, the registry's spellings that come close,
 * by edit distance after transliteration variants are folded together ("Kadimi" → "Kadhimi",
 * "Ghaani" ~ "Qaani", "Halbusi" ~ "Halboosi"). Pure.
 */
import { distance } from 'fastest-levenshtein';
import { compact, foldArabic } from './search-terms';

/** One actor's spellings, as the search and the landing highlighter fetch them (SPELLINGS_FILE). */
export interface RegistryEntry {
  /** The actor's id, as mentions carry it (`data-actor`). */
  id: string;
  name: string;
  spellings: string[];
}

export interface Suggestion {
  /** The query with the unknown word replaced: what the suggestion searches for. */
  query: string;
  /** The actor whose spelling it is. */
  name: string;
}

/** Latin transliterations of one Arabic sound, each written the same way, and doubled letters once. */
const VARIANTS: Array<[RegExp, string]> = [
  [/^(?:al|el|as|ash|ad|an|ar|at|az)-/, ''],
  [/dh|th|z/g, 'z'],
  [/gh|q/g, 'q'],
  [/kh/g, 'k'],
  [/sh/g, 's'],
  [/ou|oo|o|u/g, 'u'],
  [/ee|ei|e|y|i/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/** A word reduced to its sound: Latin transliteration variants and Arabic letter forms folded, the article dropped. */
export function skeleton(word: string): string {
  let w = foldArabic(word).toLowerCase().replace(/^ال/, '');
  for (const [pattern, replacement] of VARIANTS) w = w.replace(pattern, replacement);
  return compact(w);
}

/** How far apart two skeletons may be: one edit in a short word, one more for every four letters past eight. */
const allowed = (length: number) => (length < 4 ? 0 : 1 + Math.floor(Math.max(0, length - 5) / 4));

/**
 * Spellings close to the unknown words of a query, best first, one per actor, at most `max`. Each
 * replaces the unknown word in the query with the closest word of a spelling, as written there.
 */
export function suggest(query: string, unknown: readonly string[], registry: readonly RegistryEntry[], max = 3): Suggestion[] {
  const found: Array<Suggestion & { cost: number }> = [];
  const words = query.split(/\s+/);
  for (const entry of registry) {
    let best: { cost: number; query: string } | undefined;
    for (const word of unknown) {
      const target = skeleton(word);
      if (!target) continue;
      for (const spelling of entry.spellings) {
        for (const part of spelling.split(/\s+/)) {
          // Equally close, the spelling nearer the word's length wins, then the shorter: "Khazali", not "al-Khazali".
          const edits = distance(target, skeleton(part));
          const cost = edits + Math.abs(compact(part).length - compact(word).length) / 100 + compact(part).length / 10_000;
          if (edits > allowed(target.length) || (best && best.cost <= cost)) continue;
          const replaced = words.map((w) => (compact(w) === compact(word) ? part : w)).join(' ');
          if (compact(replaced) === compact(query)) continue;
          best = { cost, query: replaced };
        }
      }
    }
    if (best) found.push({ ...best, name: entry.name });
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.cost - b.cost || a.query.localeCompare(b.query))
    .filter((s) => !seen.has(s.query) && seen.add(s.query))
    .slice(0, max)
    .map(({ query, name }) => ({ query, name }));
}
