import type { z } from 'astro/zod';
import { ContentError, type Mistake } from './content-error';

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
      return issue.origin === 'array' ? `needs at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'}` : 'is empty: write it, or remove the line';
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
  const mistakes = result.error.issues.map((issue): Mistake => ({ field: fieldName(issue.path), problem: problem(issue, data) }));
  throw ContentError.many(file, mistakes as [Mistake, ...Mistake[]]);
}
