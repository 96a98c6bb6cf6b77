/** A piece of a headline: its text, and whether it is a name to keep on one line. */
export interface HeadlinePart {
  text: string;
  name: boolean;
}

// "Al-Khadimi", "al-Sadr": a line may break after the hyphen of any other word, never inside these.
const ARTICLE_NAME = /(?<![\p{L}\p{N}])[Aa][Ll]-\p{L}+/gu;

/**
 * The headline cut into parts, with each Arabic name that starts with "Al-" as a part of its own,
 * so that a narrow screen never leaves "Al-" at the end of a line and the name on the next.
 */
export function headlineParts(headline: string): HeadlinePart[] {
  const parts: HeadlinePart[] = [];
  let at = 0;
  for (const match of headline.matchAll(ARTICLE_NAME)) {
    if (match.index > at) parts.push({ text: headline.slice(at, match.index), name: false });
    parts.push({ text: match[0], name: true });
    at = match.index + match[0].length;
  }
  if (at < headline.length) parts.push({ text: headline.slice(at), name: false });
  return parts;
}
