/** Minutes to read a text at 230 words a minute, the usual figure for adults reading prose; at least one. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
