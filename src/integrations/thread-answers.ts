/**
 * A worker thread's side of `threadCalls`. Node runs the threads' files as they are (their types
 * erased), so this module imports Node's own only.
 */
import { parentPort, type Transferable } from 'node:worker_threads';

/**
 * What of an error crosses back: its message, and its stack and own fields (a content error's file,
 * line and column, which the build's report shows), each that can cross threads.
 */
function errorAnswer(error: unknown): { error: string; fields: Record<string, unknown> } {
  if (!(error instanceof Error)) return { error: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries({ stack: error.stack, ...error })) {
    try {
      fields[key] = structuredClone(value);
    } catch {
      // Left out: it cannot cross threads.
    }
  }
  return { error: error.message, fields };
}

/** Answers each call with what `handle` returns, handing over the buffers `transferOf` names, or with its error. */
export function answerCalls<Request, Result>(handle: (request: Request) => Result | Promise<Result>, transferOf: (result: Result) => Transferable[] = () => []) {
  const port = parentPort!;
  port.on('message', async ({ id, request }: { id: number; request: Request }) => {
    try {
      const result = await handle(request);
      port.postMessage({ id, result }, transferOf(result));
    } catch (error) {
      port.postMessage({ id, ...errorAnswer(error) });
    }
  });
}
