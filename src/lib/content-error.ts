import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A content mistake that must stop the build. The message always starts with the file and the
 * field so that an editor can go straight to the line: "<file>: citations[2].outlet: …".
 */
export class ContentError extends Error {
  constructor(file: string | URL | undefined, field: string, problem: string) {
    super(`${displayPath(file)}: ${field}: ${problem}`);
    this.name = 'ContentError';
  }
}

function displayPath(file: string | URL | undefined): string {
  if (file === undefined) return '<unknown file>';
  const path = file instanceof URL ? fileURLToPath(file) : file;
  const fromHere = relative(process.cwd(), path);
  return fromHere && !fromHere.startsWith('..') ? fromHere : path;
}
