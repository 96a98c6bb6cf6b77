import { z } from 'astro/zod';

export const ACTOR_KINDS = ['person', 'group', 'state', 'place'] as const;

/** A name in Arabic script: its letters, words one space apart (Persian's zero-width non-joiner allowed). */
const arabicScriptName = z
  .string()
  .regex(/^[\p{Script=Arabic}\u200c]+(?: [\p{Script=Arabic}\u200c]+)*$/u, 'must be written in Arabic script, words one space apart');

/** A person, group, state or place that articles name. The file name is its id. */
export const actorSchema = z.strictObject({
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
  /**
   * The name in Arabic script, shown on the actor's page and searched as a spelling in any of its
   * written forms (with or without hamza or short vowels, ى or ي, ة or ه). `ar`: as Arabic-language
   * media write it, the usual form first, then any other in common use ("الدولة الإسلامية", "داعش");
   * `fa`: in Persian, for Iranians. Each is left out where no spelling is well established: empty
   * rather than a guess.
   */
  arabicScript: z
    .strictObject(
      { ar: z.array(arabicScriptName).min(1).optional(), fa: z.array(arabicScriptName).min(1).optional() },
      { error: (issue) => (issue.code === 'unrecognized_keys' ? 'takes ar (Arabic) and fa (Persian) only' : undefined) },
    )
    .optional(),
});

export type ActorData = z.infer<typeof actorSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
