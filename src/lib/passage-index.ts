/**
 * What an article says where: every paragraph with its anchor, and each citation, actor mention
 * and date with the sentence it stands in. The passage-index plugin writes it at build time; the
 * actor, outlet and timeline pages aggregate it across all articles.
 */
export interface PassageIndex {
  passages: Array<{ id: string; text: string; note: boolean }>;
  citations: Array<{ citation: string; anchor: string; passage: string; sentence: string }>;
  mentions: Array<{ actor: string; words: string; passage: string; sentence: string }>;
  dates: Array<{ iso: string; words: string; passage: string; sentence: string; actors: string[] }>;
}

/** Where a sentence stands in its paragraph's text: [start, end). */
export type SentenceSpan = [start: number, end: number];

type Stored<T> = Omit<T, 'sentence'> & { sentence: SentenceSpan };

/**
 * The index as the plugin stores it: each sentence as where it stands in its paragraph, not as a
 * copy. A paragraph naming ten actors would otherwise carry its sentences ten times over: the
 * seed's index was 77 kB, half of it copies, which the build passes from thread to thread and
 * keeps in memory, once per article, for the archive pages.
 */
export interface StoredPassageIndex {
  passages: PassageIndex['passages'];
  citations: Array<Stored<PassageIndex['citations'][number]>>;
  mentions: Array<Stored<PassageIndex['mentions'][number]>>;
  dates: Array<Stored<PassageIndex['dates'][number]>>;
}

/** The stored index with each sentence read back from its paragraph (slices of the paragraph's text, which cost little memory). */
export function expandPassageIndex(stored: StoredPassageIndex): PassageIndex {
  const texts = new Map(stored.passages.map((p) => [p.id, p.text]));
  const read = <T extends { passage: string; sentence: SentenceSpan }>(entry: T): Omit<T, 'sentence'> & { sentence: string } => ({
    ...entry,
    sentence: texts.get(entry.passage)!.slice(...entry.sentence),
  });
  return {
    passages: stored.passages,
    citations: stored.citations.map(read),
    mentions: stored.mentions.map(read),
    dates: stored.dates.map(read),
  };
}

/**
 * The frontmatter key under which the plugin leaves the index: the frontmatter a plugin is handed
 * is the one thing of its own it gets back from the processor. The MDX thread takes the index out
 * there, before the frontmatter is written into the article's module (`mdx-thread`).
 */
export const PASSAGE_INDEX_KEY = 'passageIndex';
