import { z } from 'astro/zod';
import { languageTag } from './language-tag';
import { partialDate } from './partial-date';
import { webUrl } from './web-url';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens: write it like "rudaw-2021-11-07"');

/** One source the article cites inline; the body refers to it as `[wording](cite:<id>)`. */
export const citationSchema = z.strictObject({
  /** Unique within the article; the anchor of its Sources entry (see `sourceAnchor`). */
  id: slug,
  /** Id of an outlet: a file name in the outlets folder, without `.yaml`. */
  outlet: slug,
  /** When the outlet published it, at the precision the text gives; absent when the text gives none. */
  date: partialDate.optional(),
  /** The cited page itself, only where it is known: never guessed from the outlet and date. */
  url: webUrl.optional(),
  /** Title of the cited page, where known. */
  title: z.string().min(1).optional(),
  /** Language of the cited page (BCP 47), where it differs from the outlet's first language. */
  language: languageTag.optional(),
});

export const articleSchema = z.strictObject({
  /** The headline, as published. */
  title: z.string().min(1),
  /** Authors' names as printed in the byline, in order. */
  authors: z.array(z.string().min(1)).min(1),
  /** The periodical the article appeared in. */
  publication: z.strictObject({
    name: z.string().min(1),
    volume: z.number().int().positive().optional(),
    issue: z.number().int().positive().optional(),
    publisher: z.string().min(1),
  }),
  /**
   * Where the article was first published, when it appeared elsewhere before this site: the
   * address of that page, in the periodical named in `publication`. The header links to it ("First
   * published in …"), the JSON-LD names it as `isBasedOn`, and "Cite this article" cites it there.
   */
  firstPublished: webUrl.optional(),
  /** Publication date at the precision known; also the year assumed for dates the text gives without one. */
  date: partialDate,
  /** One or two sentences for listings, feeds and link previews. */
  summary: z.string().min(1),
  /** Every inline citation, in the order the body cites them. */
  citations: z.array(citationSchema).default([]),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type Citation = z.infer<typeof citationSchema>;
