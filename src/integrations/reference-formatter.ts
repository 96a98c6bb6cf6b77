import type { AstroIntegration } from 'astro';
import { Worker } from 'node:worker_threads';
import type { CslItem } from '../lib/citation-formats';
import { setReferenceFormatter, type ReferenceFormatter } from '../lib/reference-formatter';

type Reply = { id: number; references: string[] } | { id: number; error: string };

/**
 * A thread that formats references for the pages being rendered: citeproc takes about 4 ms an
 * article, which the rendering thread no longer spends, on a machine whose other core was idle.
 * The thread starts on the first request; it holds the process open only while requests are out.
 */
export function threadFormatter(): { format: ReferenceFormatter; stop: () => Promise<number> } {
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<number, { resolve: (references: string[]) => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
  };
  const start = () => {
    const thread = new Worker(new URL('./reference-thread.ts', import.meta.url));
    thread.on('message', (reply: Reply) => {
      const request = pending.get(reply.id);
      pending.delete(reply.id);
      if (pending.size === 0) thread.unref();
      if ('error' in reply) request?.reject(new Error(reply.error));
      else request?.resolve(reply.references);
    });
    thread.on('error', (error) => failAll(new Error(`the reference formatter stopped: ${error.message}`, { cause: error })));
    // A thread that ends with requests out would leave their pages waiting for ever.
    thread.on('exit', (code) => failAll(new Error(`the reference formatter ended (exit code ${code}) before answering`)));
    return thread;
  };
  return {
    format: (item: CslItem) =>
      new Promise((resolve, reject) => {
        worker ??= start();
        const id = next++;
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, item });
      }),
    stop: async () => (worker ? worker.terminate() : 0),
  };
}

/** Sets the build's reference formatter (`setReferenceFormatter`) for the pages, and stops it after them. */
export function referenceFormatter(): AstroIntegration {
  let formatter: ReturnType<typeof threadFormatter> | undefined;
  return {
    name: 'reference-formatter',
    hooks: {
      'astro:build:start': () => {
        formatter = threadFormatter();
        setReferenceFormatter(formatter.format);
      },
      'astro:build:generated': async () => {
        setReferenceFormatter(undefined);
        await formatter?.stop();
      },
    },
  };
}
