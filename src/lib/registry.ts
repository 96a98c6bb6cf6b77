import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { actorSchema, type ActorData } from '../schemas/actor';
import { outletSchema, type OutletData } from '../schemas/outlet';
import { ContentError } from './content-error';
import { contentDir } from '../consts';

export interface Entry<T> {
  id: string;
  /** The YAML file, for error messages. */
  file: string;
  data: T;
}

/**
 * Reads a folder of YAML entries with the collection's own schema. The markdown plugins need
 * actors and outlets while Astro is still compiling the articles, before content collections can
 * be queried, so they read the same files through the same schemas.
 */
function loadFolder<S extends z.ZodType>(dir: string, schema: S): Entry<z.infer<S>>[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const result = schema.safeParse(parse(readFileSync(file, 'utf8')));
      if (!result.success) {
        const issue = result.error.issues[0]!;
        throw new ContentError(file, issue.path.join('.') || '(root)', issue.message);
      }
      return { id: basename(name, '.yaml'), file, data: result.data };
    });
}

export function loadActors(root = contentDir()): Entry<ActorData>[] {
  return loadFolder(join(root, 'actors'), actorSchema);
}

export function loadOutlets(root = contentDir()): Entry<OutletData>[] {
  return loadFolder(join(root, 'outlets'), outletSchema);
}
