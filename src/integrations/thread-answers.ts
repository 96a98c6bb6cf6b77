/**
 * A worker thread's side of `threadCalls`. Node runs the threads' files as they are (their types
 * erased), so this module imports Node's own only.
 */
import { parentPort, type Transferable } from 'node:worker_threads';

/** Answers each call with what `handle` returns, handing over the buffers `transferOf` names, or with its error's message. */
export function answerCalls<Request, Result>(handle: (request: Request) => Result | Promise<Result>, transferOf: (result: Result) => Transferable[] = () => []) {
  const port = parentPort!;
  port.on('message', async ({ id, request }: { id: number; request: Request }) => {
    try {
      const result = await handle(request);
      port.postMessage({ id, result }, transferOf(result));
    } catch (error) {
      port.postMessage({ id, error: (error as Error).message });
    }
  });
}
