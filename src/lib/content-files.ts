import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ContentError } from './content-error';
import { slugFor } from './urls';

export interface ContentFile {
  /** The file name without its extension: the entry's id, and the last part of its URL. */
  id: string;
  file: string;
}

/** The slug an editor's file name asks for: the same rule as every name in an address. */
export { slugFor } from './urls';

/**
 * The entries of a content folder. A file's name is its id and its URL as written, never
 * rewritten: a name that is not already a slug, or a file of another kind, stops the build with
 * the name to use, and names the other file when that name is taken, so that no two files can
 * claim one URL and none is left out unseen. Hidden files and folders are not entries.
 */
export function contentFiles(dir: string, extension: string): ContentFile[] {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  return names.map((name) => {
    const file = join(dir, name);
    const stem = basename(name, extname(name));
    const id = slugFor(stem) || 'untitled';
    const wanted = `${id}${extension}`;
    if (name === wanted) return { id, file };
    const kind = extname(name) === extension ? '' : `only ${extension} files are read here; `;
    const why = stem === id ? '' : 'the file name is the URL, in lowercase letters, digits and hyphens; ';
    const taken = existsSync(join(dir, wanted)) ? `, but ${join(dir, wanted)} is already there: two files for one page; keep one` : '';
    throw new ContentError(file, '(file name)', `${kind}${why}rename it to ${wanted}${taken}`);
  });
}
