import { describe, expect, it } from 'vitest';
import { threadCalls } from '../../src/integrations/thread-calls';

/** A worker thread, as a data: URL, that answers with `answerCalls` and the handler given. */
const threadOf = (handler: string) => {
  const answers = new URL('../../src/integrations/thread-answers.ts', import.meta.url).href;
  return new URL(`data:text/javascript,${encodeURIComponent(`import { answerCalls } from ${JSON.stringify(answers)};\nanswerCalls(${handler});`)}`);
};

describe('calls into a worker thread', () => {
  it('are each answered with what the thread returns, buffers handed over both ways', async () => {
    const { call, stop } = threadCalls<Uint8Array, Uint8Array>(threadOf('(bytes) => bytes.map((b) => b + 1)'), 'the test thread');
    try {
      const sent = new Uint8Array([1, 2, 3]);
      const answers = await Promise.all([call(sent, [sent.buffer]), call(new Uint8Array([9]))]);
      expect(answers.map((a) => [...a])).toEqual([[2, 3, 4], [10]]);
      // Handed over, not copied: the sender's buffer is gone.
      expect(sent.byteLength).toBe(0);
    } finally {
      await stop();
    }
  });

  it('reject with the thread’s error when its handler throws, and go on answering', async () => {
    const { call, stop } = threadCalls<number, number>(threadOf('(n) => { if (n < 0) throw new Error("no negative numbers"); return n * 2; }'), 'the test thread');
    try {
      await expect(call(-1)).rejects.toThrow('no negative numbers');
      expect(await call(21)).toBe(42);
    } finally {
      await stop();
    }
  });

  it('reject, naming the thread, when it ends before answering', async () => {
    const { call, stop } = threadCalls<number, number>(threadOf('() => process.exit(3)'), 'the test thread');
    try {
      await expect(call(1)).rejects.toThrow('the test thread ended (exit code 3) before answering');
    } finally {
      await stop();
    }
  });
});
