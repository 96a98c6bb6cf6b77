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

/**
 * The frontmatter key under which the index reaches pages: Astro hands the markdown processor's
 * frontmatter to pages as `remarkPluginFrontmatter`, the one channel from plugins to pages.
 */
export const PASSAGE_INDEX_KEY = 'passageIndex';
