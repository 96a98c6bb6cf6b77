const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export type Range = [start: number, end: number];

/**
 * A paragraph's sentences as [start, end) ranges. ICU breaks after "U.S." before a capital, so a
 * name such as "U.S. Department of the Treasury" can straddle two segments: segments joined by
 * any of the given spans (the names and dates marked in the paragraph) are one sentence, so that
 * everything quoted from the paragraph agrees on where its sentences are.
 */
export function sentenceRanges(text: string, spans: Range[] = []): Range[] {
  const ranges: Range[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const last = ranges.at(-1);
    if (last && spans.some(([start, end]) => start < last[1] && end > last[1])) last[1] = index + segment.length;
    else ranges.push([index, index + segment.length]);
  }
  return ranges;
}

/** Where the sentence, from `ranges`, that holds the span starting at `start` stands in `text`, trimmed of spaces. */
export function sentenceAt(text: string, ranges: Range[], start: number): Range {
  const [from, to] = ranges.find(([from, to]) => start >= from && start < to) ?? [0, text.length];
  const sentence = text.slice(from, to);
  return [from + sentence.length - sentence.trimStart().length, to - (sentence.length - sentence.trimEnd().length)];
}
