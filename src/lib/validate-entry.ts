import type { z } from 'astro/zod';
import { closest, distance as levenshtein } from 'fastest-levenshtein';
import { ContentError, type Mistake } from './content-error';
import { countOf } from './counts';

type Issue = z.core.$ZodIssue;

/** `citations[0].outlet`, the way the messages and the README name fields. */
export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(whole file)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** What each expected type asks of an editor writing YAML. */
const WRITE: Record<string, string> = {
  string: 'must be text: put it in double quotes',
  number: 'must be a number: write digits only, such as 3',
  boolean: 'must be true or false',
  array: 'must be a list: write each entry on a line of its own, starting with "- "',
  object: 'must be a group of fields, each on a line of its own, indented under it',
};

function shown(value: unknown): string {
  // YAML reads an unquoted 2021-11-07 as a date.
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return JSON.stringify(value);
}

/** The fields the schema allows in the group at `path`, through lists and optional values. */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let def = schema._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType };
  const inner = () => {
    while (def.innerType) def = def.innerType._zod.def as typeof def;
  };
  inner();
  for (const key of path) {
    const next = typeof key === 'number' ? def.element : def.shape?.[String(key)];
    if (!next) return [];
    def = next._zod.def as typeof def;
    inner();
  }
  return Object.keys(def.shape ?? {});
}

/** Close enough to be a slip of the keyboard ("titel"): two edits, or a third of a long name's letters, case aside. */
function distanceWithin(typed: string, field: string): boolean {
  const edits = levenshtein(typed.toLowerCase(), field.toLowerCase());
  return edits < field.length && edits <= Math.max(2, Math.floor(field.length / 3));
}

/**
 * A field the schema does not have: a misspelled one would otherwise be dropped without a word, and
 * its value lost (a "sumary" leaves the article without its summary).
 */
function unknownField(key: string, known: string[]): string {
  if (known.length === 0) return 'is not a field here: remove it';
  const near = closest(key, known);
  return near && distanceWithin(key, near)
    ? `is not a field here: did you mean "${near}"?`
    : `is not a field here: the fields are ${known.join(', ')}`;
}

/**
 * What is wrong and what to do, in words. The codes zod words for programmers are reworded here;
 * the others (formats, refinements) carry the message their schema gives, which says what to do.
 */
function problem(issue: Issue, data: unknown): string {
  const value = valueAt(data, issue.path);
  const key = issue.path.findLast((k) => typeof k === 'string') ?? 'name';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length === 0) return 'holds no fields: write one per line, such as "name: …"';
      if (value === undefined) return `is missing: add a line "${String(key)}: …"`;
      if (value === null) return `is empty: write its value after "${String(key)}:"`;
      return `${WRITE[issue.expected] ?? `must be ${issue.expected}`} (it is ${shown(value)})`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${countOf(Number(issue.minimum), 'entry', 'entries')}` : 'is empty: write it, or remove the line';
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (it is ${shown(value)})`;
    default:
      return issue.message;
  }
}

/**
 * Checks an entry's data against its collection's schema. Every mistake stops the build with the
 * file, the field and what to do, one line each, in words rather than zod's.
 */
export function validateEntry<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const mistakes = result.error.issues.flatMap((issue): Mistake[] =>
    // zod's own wording only: a schema's message for such a key (see actor's arabicScript) says more.
    issue.code === 'unrecognized_keys' && /^Unrecognized keys?\b/.test(issue.message)
      ? issue.keys.map((key) => ({ field: fieldName([...issue.path, key]), problem: unknownField(key, fieldsAt(schema, issue.path)) }))
      : [{ field: fieldName(issue.path), problem: problem(issue, data) }],
  );
  throw ContentError.many(file, mistakes as [Mistake, ...Mistake[]]);
}
