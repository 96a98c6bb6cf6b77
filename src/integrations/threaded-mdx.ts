import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { compiledPassageIndexes } from '../data/passage-indexes';
import type { StoredPassageIndex } from '../lib/passage-index';
import type { ArticleProcessor } from '../markdown/processor';
import { threadCalls } from './thread-calls';

type CreateMdxRenderer = NonNullable<ArticleProcessor['createMdxRenderer']>;
type Shared = Parameters<CreateMdxRenderer>[0];
type MdxOptions = Parameters<CreateMdxRenderer>[1];
type Rendered = Awaited<ReturnType<Awaited<ReturnType<CreateMdxRenderer>>['process']>>;

/** One article to compile, with the options Astro's MDX integration gave (its `srcDir` as a string: a URL does not cross threads). */
export interface MdxCall {
  shared: Shared;
  mdx: Omit<MdxOptions, 'srcDir'> & { srcDir?: string };
  content: string;
  filePath: string;
  frontmatter: Record<string, unknown>;
}
/** The compiled module, without the passage index its frontmatter had, and the index. */
export type MdxAnswer = Rendered & { passageIndex: StoredPassageIndex };

/** Threads enough to fill the machine's other cores; past four, starting one costs more than it saves on one site's articles. */
const THREADS = Math.min(4, Math.max(1, availableParallelism() - 1));

/**
 * The processor, with its articles compiled on other threads (`mdx-thread`), and the integration
 * that stops them once the pages are built, or the dev server closes (it restarts on a change of
 * the config, with threads of its own). Bundling an archive is compiling its MDX, one article
 * after another on the build's one JavaScript thread, while the machine's other core sat idle
 * (1,000 articles: 20 s of a 57 s build). Astro's MDX integration asks for the articles all at once
 * and awaits each, so the threads compile them side by side while the build's thread goes on with
 * the rest. Each thread makes its own processor (`articleProcessor`): a plugin some integration
 * added to this one's options would not reach them (none here does). An article's passage index
 * comes back beside its module, and is kept for the pages in `compiledPassageIndexes`.
 */
export function threadedMdx(processor: ArticleProcessor): { processor: ArticleProcessor; integration: AstroIntegration } {
  const threads = Array.from({ length: THREADS }, (_, i) =>
    threadCalls<MdxCall, MdxAnswer>(new URL('./mdx-thread.ts', import.meta.url), `the MDX compiler's thread ${i + 1}`),
  );
  const stop = async () => {
    await Promise.all(threads.map((thread) => thread.stop()));
  };
  let next = 0;
  return {
    processor: {
      ...processor,
      createMdxRenderer: async (shared, mdx) => ({
        process: async (content, filePath, frontmatter) => {
          const thread = threads[next++ % threads.length]!;
          const { passageIndex, ...compiled } = await thread.call({ shared, mdx: { ...mdx, srcDir: mdx.srcDir?.href }, content, filePath, frontmatter });
          compiledPassageIndexes.set(pathToFileURL(filePath).href, passageIndex);
          return compiled;
        },
      }),
    },
    integration: {
      name: 'mdx-threads',
      hooks: { 'astro:build:generated': stop, 'astro:server:done': stop },
    },
  };
}
