import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { basename, join } from 'node:path';
import { contentDir } from '../consts';
import { contentFiles } from '../lib/content-files';
import { validateEntry } from '../lib/validate-entry';

/**
 * Astro's glob loader with the checks it lacks: every file in the folder is an entry whose name is
 * already its URL (Astro would slugify a name, or a frontmatter `slug`, and publish one of two
 * files that meet on a URL), and the data's mistakes are worded for an editor, with the file, the
 * field and what to do, before Astro's own validation words them for programmers.
 */
export function folderLoader(folder: string, extension: string, schema: z.ZodType): Loader {
  const base = join(contentDir(), folder);
  // No page reads an entry's raw text (an article renders from its compiled module): kept, the
  // bodies were nine tenths of Astro's data store (38.4 MB at 2,000 articles, 3.9 MB without), written
  // on every build and held in memory throughout.
  const files = glob({ pattern: `*${extension}`, base, generateId: ({ entry }) => basename(entry, extension), retainBody: false });
  return {
    name: 'content-folder',
    load: async (context) => {
      contentFiles(base, extension);
      await files.load({
        ...context,
        parseData: async (entry) => {
          validateEntry(schema, entry.data, entry.filePath ?? base);
          return context.parseData(entry);
        },
      });
    },
  };
}
