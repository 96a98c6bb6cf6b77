import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { actorSchema, type ActorData } from '../schemas/actor';
import { outletSchema, type OutletData } from '../schemas/outlet';
import { publicationSchema, type PublicationData } from '../schemas/publication';
import { ContentError } from './content-error';
import { contentDir } from '../consts';
import { contentFiles } from './content-files';
import { validateEntry } from './validate-entry';

export interface Entry<T> {
  id: string;
  /** The YAML file, for error messages. */
  file: string;
  data: T;
}

/** The YAML file's data; a syntax error stops the build at its line and column. */
function readYaml(file: string): unknown {
  const lines = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines, prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    const { line, col } = lines.linePos(error.pos[0]);
    throw new ContentError(file, 'YAML', `${error.message}: check the quotes, brackets, colons and indentation on this line and those above`, { line, column: col });
  }
  return document.toJS();
}

/**
 * Reads a folder of YAML entries with the collection's own schema. The markdown plugins need
 * actors and outlets while Astro is still compiling the articles, before content collections can
 * be queried, so they read the same files through the same schemas.
 */
function loadFolder<S extends z.ZodType>(dir: string, schema: S): Entry<z.infer<S>>[] {
  return contentFiles(dir, '.yaml').map(({ id, file }) => ({ id, file, data: validateEntry(schema, readYaml(file), file) }));
}

export function loadActors(root = contentDir()): Entry<ActorData>[] {
  return loadFolder(join(root, 'actors'), actorSchema);
}

export function loadOutlets(root = contentDir()): Entry<OutletData>[] {
  return loadFolder(join(root, 'outlets'), outletSchema);
}

export function loadPublications(root = contentDir()): Entry<PublicationData>[] {
  return loadFolder(join(root, 'publications'), publicationSchema);
}
