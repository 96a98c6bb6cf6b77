/**
 * The reference formatter's thread: Citation.js, loaded once, formats the items the build sends.
 * Node runs this file as it is (its types are erased); jiti loads the site's modules, which
 * import each other without extensions, as Vite does.
 */
import { parentPort } from 'node:worker_threads';
import { createJiti } from 'jiti';

interface Request {
  id: number;
  item: import('../lib/article-citation.ts').CslItem;
}

const port = parentPort!;
const { formatReferences } = await createJiti(import.meta.url).import<typeof import('../lib/article-citation.ts')>('../lib/article-citation.ts');
port.on('message', ({ id, item }: Request) => {
  try {
    port.postMessage({ id, references: formatReferences(item) });
  } catch (error) {
    port.postMessage({ id, error: `${item.id}: ${(error as Error).message}` });
  }
});
