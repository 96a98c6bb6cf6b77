import { Worker, type Transferable } from 'node:worker_threads';

type Reply<Result> = { id: number; result: Result } | { id: number; error: string; fields?: object };

interface ThreadOptions {
  /**
   * Whether a call after the thread failed starts a new one (true, for threads that keep nothing
   * between calls), or is refused with the failure (false, for a thread whose state a new one would
   * not have: the page thread's search index).
   */
  restart?: boolean;
}

/**
 * Calls into a worker thread (one that `answerCalls`), each answered once. The thread starts on the
 * first call and holds the process open only while calls are out; one that fails or ends answers
 * every call still out with an error that names it, rather than leaving its pages waiting for ever.
 */
export function threadCalls<Request, Result>(url: URL, name: string, { restart = true }: ThreadOptions = {}) {
  let worker: Worker | undefined;
  let failed: Error | undefined;
  let next = 0;
  const pending = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void }>();
  const settle = (thread: Worker, id: number) => {
    const call = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) thread.unref();
    return call;
  };
  // Only the thread in use fails the calls: one that failed before may end after the next has started.
  const failAll = (thread: Worker, error: Error) => {
    if (worker !== thread) return;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
    if (!restart) failed = error;
  };
  const start = () => {
    const thread = new Worker(url);
    thread.on('message', (reply: Reply<Result>) => {
      const call = settle(thread, reply.id);
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
        if (failed) return reject(failed);
        const thread = (worker ??= start());
        const id = next++;
        pending.set(id, { resolve, reject });
        thread.ref();
        try {
          thread.postMessage({ id, request }, transfer);
        } catch (error) {
          // A value that cannot cross to the thread (a function, say): this call fails, the thread goes on.
          settle(thread, id);
          reject(new Error(`${name} could not be sent a call: ${(error as Error).message}`, { cause: error }));
        }
      }),
    stop: async () => (worker ? worker.terminate() : 0),
  };
}
