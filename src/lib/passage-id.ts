import { createHash } from 'node:crypto';

/**
 * A paragraph's anchor, from its words rather than its position, so that inserting a paragraph
 * moves no other anchor: the first words for a reader, a short hash of the whole for uniqueness.
 */
export function passageId(text: string): string {
  const normalised = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const words = normalised
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 4)
    .join('-');
  const hash = createHash('sha256').update(normalised).digest('hex').slice(0, 6);
  return `p-${words ? `${words}-` : ''}${hash}`;
}
