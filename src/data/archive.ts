import { buildArchive, type Archive } from '../lib/archive';
import { indexedArticles } from './articles';

let cached: Promise<Archive> | undefined;

/** Every article filed by publication, volume and issue, by author and by year; once per build. */
export function archive(): Promise<Archive> {
  cached ??= indexedArticles().then((articles) =>
    buildArchive(articles.map(({ entry }) => ({ id: entry.id, file: entry.filePath, ...entry.data }))),
  );
  return cached;
}
