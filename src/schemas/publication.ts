import { z } from 'astro/zod';

/**
 * A periodical whose articles are published here. The file name is its id. Only the importer
 * reads these: an article's frontmatter carries its own copy of the publication.
 */
export const publicationSchema = z.strictObject({
  /** The name as the editor's text gives it after "Publication:". */
  name: z.string().min(1),
  /** Who publishes it; goes into every imported article's `publication.publisher`. */
  publisher: z.string().min(1),
  /**
   * The year of volume 1, where volumes follow calendar years; gives an imported article its
   * year when the text gives no date. Absent when volumes do not follow years.
   */
  firstVolumeYear: z.number().int().min(1800).optional(),
});

export type PublicationData = z.infer<typeof publicationSchema>;
