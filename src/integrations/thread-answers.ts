/**
 * A worker thread's side of `threadCalls`. Node runs the threads' files as they are (their types
 * erased), so this module imports Node's own only.
 */
import { parentPort, type Transferable } from 'node:worker_threads';

/**
 * Answers each call with what `handle` returns, handing over the buffers `transferOf` names, or
 * with its error: the message, and the error's own fields (a content error's file, line and column,
 * which the build's report shows) when they can cross threads.
 */
export function answerCalls<Request, Result>(handle: (request: Request) => Result | Promise<Result>, transferOf: (result: Result) => Transferable[] = () => []) {
  const port = parentPort!;
  port.on('message', async ({ id, request }: { id: number; request: Request }) => {
    try {
      const result = await handle(request);
      port.postMessage({ id, result }, transferOf(result));
    } catch (error) {
      const { message } = error as Error;
      try {
        port.postMessage({ id, error: message, fields: { ...(error as object) } });
      } catch {
        port.postMessage({ id, error: message });
      }
    }
  });
}
