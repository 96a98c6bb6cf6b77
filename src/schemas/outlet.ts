import { z } from 'astro/zod';
import { languageTag } from './language-tag';

/** A publication that articles cite. The file name is its id. */
export const outletSchema = z.strictObject({
  /** The outlet's name in English or Latin letters; the domain where no name is certain. */
  name: z.string().min(1),
  /** Its name in its own script, where it has one (e.g. Arabic). */
  nativeName: z.string().min(1).optional(),
  /** The domain as the articles cite it, without scheme or path. */
  domain: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a bare domain: write it like rudaw.net, without https:// or a path'),
  /** The languages it publishes in (BCP 47), the main one first. */
  languages: z.array(languageTag).min(1),
});

export type OutletData = z.infer<typeof outletSchema>;
