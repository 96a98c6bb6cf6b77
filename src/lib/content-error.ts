import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where in a file, as editors count: lines and columns from 1. */
export interface Position {
  line: number;
  column: number;
}

/** One mistake in a file: the field, id or construct at fault, and what is wrong and what to do. */
export interface Mistake {
  field: string;
  problem: string;
  at?: Position;
}

/**
 * A content mistake that must stop the build. The message starts with the file, the line and
 * column where known, and the field, so that an editor can go straight to it:
 * "x.mdx:18:25: (cite:nope): …", "x.mdx: citations[2].outlet: …" (the file as the editor would open it).
 */
export class ContentError extends Error {
  /** Where @astrojs/mdx and Astro's error printer look for the "Location:" they show (else the code that threw). */
  readonly line?: number;
  readonly column?: number;
  readonly loc: { file: string; line?: number; column?: number };

  constructor(file: string | URL | undefined, field: string, problem: string, at?: Position) {
    super(describe(file, { field, problem, at }));
    this.name = 'ContentError';
    this.line = at?.line;
    this.column = at?.column;
    this.loc = { file: displayPath(file), line: at?.line, column: at?.column };
  }

  /** Several mistakes in one file, one line each, so that all of them can be fixed at once. */
  static many(file: string | URL | undefined, [first, ...rest]: [Mistake, ...Mistake[]]): ContentError {
    const error = new ContentError(file, first.field, first.problem, first.at);
    error.message = [error.message, ...rest.map((mistake) => describe(file, mistake))].join('\n');
    return error;
  }
}

const describe = (file: string | URL | undefined, { field, problem, at }: Mistake) =>
  `${displayPath(file)}${at ? `:${at.line}:${at.column}` : ''}: ${field}: ${problem}`;

function displayPath(file: string | URL | undefined): string {
  if (file === undefined) return '<unknown file>';
  const path = file instanceof URL ? fileURLToPath(file) : file;
  const fromHere = relative(process.cwd(), path);
  return fromHere && !fromHere.startsWith('..') ? fromHere : path;
}
