import { Worker, type Transferable } from 'node:worker_threads';

type Reply<Result> = { id: number; result: Result } | { id: number; error: string; fields?: object };

/**
 * Calls into a worker thread (one that `answerCalls`), each answered once. The thread starts on the
 * first call and holds the process open only while calls are out; one that fails or ends answers
 * every call still out with an error that names it, rather than leaving its pages waiting for ever.
 */
export function threadCalls<Request, Result>(url: URL, name: string) {
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void }>();
  // Only the thread in use fails the calls: one that failed before may end after the next has started.
  const failAll = (thread: Worker, error: Error) => {
    if (worker !== thread) return;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
  };
  const start = () => {
    const thread = new Worker(url);
    thread.on('message', (reply: Reply<Result>) => {
      const call = pending.get(reply.id);
      pending.delete(reply.id);
      if (pending.size === 0) thread.unref();
      if ('error' in reply) call?.reject(Object.assign(new Error(reply.error), reply.fields));
      else call?.resolve(reply.result);
    });
    thread.on('error', (error) => failAll(thread, new Error(`${name} stopped: ${error.message}`, { cause: error })));
    thread.on('exit', (code) => failAll(thread, new Error(`${name} ended (exit code ${code}) before answering`)));
    return thread;
  };
  return {
    /** Sends `request`, handing over the buffers in `transfer` (no copy), and resolves with the thread's answer. */
    call: (request: Request, transfer: Transferable[] = []): Promise<Result> =>
      new Promise((resolve, reject) => {
        worker ??= start();
        const id = next++;
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, request }, transfer);
      }),
    stop: async () => (worker ? worker.terminate() : 0),
  };
}
