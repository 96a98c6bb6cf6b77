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

  it('fail alone when what they send cannot cross to the thread, which goes on answering', async () => {
    const { call, stop } = threadCalls<unknown, number>(threadOf('() => 1'), 'the test thread');
    try {
      await expect(call(() => 'a function')).rejects.toThrow('the test thread could not be sent a call');
      expect(await call('text')).toBe(1);
    } finally {
      await stop();
    }
  });

  it('are refused after the thread failed, when a new thread would not hold what it held', async () => {
    const { call, stop } = threadCalls<number, number>(threadOf('() => process.exit(3)'), 'the test thread', { restart: false });
    try {
      await expect(call(1)).rejects.toThrow('the test thread ended (exit code 3) before answering');
      await expect(call(2)).rejects.toThrow('the test thread ended (exit code 3) before answering');
    } finally {
      await stop();
    }
  });

  it('carry back the stack and fields of an error thrown on the thread', async () => {
    const { call, stop } = threadCalls<number, number>(
      threadOf('() => { throw Object.assign(new Error("at a line"), { line: 18, column: 25, notSent: () => 0 }); }'),
      'the test thread',
    );
    try {
      const error = (await call(0).catch((e: unknown) => e)) as Error & { line?: number; column?: number; notSent?: unknown };
      expect([error.message, error.line, error.column, error.notSent]).toEqual(['at a line', 18, 25, undefined]);
      expect(error.stack).toContain('at a line');
    } finally {
      await stop();
    }
  });
});
