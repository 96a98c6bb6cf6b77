/** A phrase as the start of a sentence or a heading: its first letter in capitals ("mentions 41–80" → "Mentions 41–80"). */
export const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
