import { slugFor } from '../lib/content-files';

const MAX_LENGTH = 60;

/**
 * The file name (and URL slug) of an imported article: its title as a slug, apostrophes dropped
 * ("Iraq’s" → iraqs), cut at a word within 60 characters.
 */
export function slugOf(title: string): string {
  const slug = slugFor(title.replace(/[’']/g, ''));
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-'));
}
