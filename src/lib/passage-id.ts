import { hash } from 'node:crypto';

/**
 * A paragraph's anchor, from its words rather than its position, so that inserting a paragraph
 * moves no other anchor: the first words for a reader, a short hash of the whole for uniqueness.
 */
export function passageId(text: string): string {
  const normalised = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  // The first four runs of letters and digits, read no further than those: paragraphs are long.
  const words: string[] = [];
  for (const [word] of normalised.toLowerCase().replace(/[’']/g, '').matchAll(/[\p{L}\p{N}]+/gu)) {
    if (words.push(word) === 4) break;
  }
  return `p-${words.length > 0 ? `${words.join('-')}-` : ''}${hash('sha256', normalised, 'hex').slice(0, 6)}`;
}
