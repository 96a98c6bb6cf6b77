import { z } from 'astro/zod';

export const ACTOR_KINDS = ['person', 'group', 'state', 'place'] as const;

/** A person, group, state or place that articles name. The file name is its id. */
export const actorSchema = z.object({
  /** The name used in headings and lists. */
  name: z.string().min(1),
  /** person, group (organisations, movements, institutions), state, or place (cities, regions). */
  kind: z.enum(ACTOR_KINDS),
  /** One line, from what the articles say of it. */
  role: z.string().min(1),
  /**
   * Every other spelling: the articles' own variants, which are linked where they occur, and the
   * transliterations readers type, which search finds. Matched case-sensitively, except that a
   * capital first letter (at the start of a sentence) also matches. Unique across all actors.
   */
  aliases: z.array(z.string().min(1)).default([]),
});

export type ActorData = z.infer<typeof actorSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
