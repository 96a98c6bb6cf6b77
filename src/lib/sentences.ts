const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentence or sentences that hold the span [start, end) of a paragraph. ICU breaks after
 * "U.S." before a capital, so a span such as "U.S. Department of the Treasury" can straddle two
 * segments: every segment the span touches is kept.
 */
export function sentenceAround(text: string, start: number, end = start + 1): string {
  let from = -1;
  let to = -1;
  for (const { index, segment } of segmenter.segment(text)) {
    const segmentEnd = index + segment.length;
    if (segmentEnd > start && index < end) {
      if (from < 0) from = index;
      to = segmentEnd;
    }
  }
  return from < 0 ? text.trim() : text.slice(from, to).trim();
}
