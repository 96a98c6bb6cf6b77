/**
 * Hands on what numbered jobs (0, 1, 2, …) produce in the order they were begun, whatever the
 * order they finish in: a job that finishes early waits for those begun before it. A job may
 * produce nothing, and still counts as done. Pure bookkeeping, with no imports, so that a worker
 * thread runs it as it is.
 */
export function inBeginOrder<T>(handOn: (item: T) => void) {
  const waiting = new Map<number, T | undefined>();
  let next = 0;
  return {
    /** Job `job` is done, with `item` to hand on (or none). */
    done(job: number, item?: T) {
      if (job < next || waiting.has(job)) throw new Error(`job ${job} was done twice`);
      waiting.set(job, item);
      while (waiting.has(next)) {
        const ready = waiting.get(next);
        waiting.delete(next++);
        if (ready !== undefined) handOn(ready);
      }
    },
    /** How many jobs, from the first, are done: all of them, once this is how many were begun. */
    get doneInOrder(): number {
      return next;
    },
  };
}
