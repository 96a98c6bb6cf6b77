import type { AstroIntegration } from 'astro';
import type { CslItem } from '../lib/citation-formats';
import { setReferenceFormatter, type ReferenceFormatter } from '../lib/reference-formatter';
import { threadCalls } from './thread-calls';

/**
 * A thread that formats references for the pages being rendered: citeproc takes about 4 ms an
 * article, which the rendering thread no longer spends, on a machine whose other core was idle.
 */
export function threadFormatter(): { format: ReferenceFormatter; stop: () => Promise<number> } {
  const { call, stop } = threadCalls<CslItem, string[]>(new URL('./reference-thread.ts', import.meta.url), 'the reference formatter');
  return { format: (item) => call(item), stop };
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
