/**
 * The reference formatter's thread: Citation.js, loaded once, formats the items the build sends.
 * Node runs this file and `citation-formats` as they are (their types are erased), which is why
 * that module imports packages only.
 */
import { parentPort } from 'node:worker_threads';
import { formatReferences, type CslItem } from '../lib/citation-formats.ts';

const port = parentPort!;
port.on('message', ({ id, item }: { id: number; item: CslItem }) => {
  try {
    port.postMessage({ id, references: formatReferences(item) });
  } catch (error) {
    port.postMessage({ id, error: `${item.id}: ${(error as Error).message}` });
  }
});
