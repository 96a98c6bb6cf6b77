/**
 * A thread of the articles' MDX compiler (`threaded-mdx`): the site's own processor
 * (`articleProcessor`), made once, compiles each article it is sent, and hands back its passage
 * index beside the compiled module rather than in it.
 */
import { createJiti } from 'jiti';
import { PASSAGE_INDEX_KEY, type StoredPassageIndex } from '../lib/passage-index.ts';
import { takeFromFrontmatter } from '../lib/module-frontmatter.ts';
import type { ArticleProcessor } from '../markdown/processor.ts';
import { answerCalls } from './thread-answers.ts';
import type { MdxAnswer, MdxCall } from './threaded-mdx.ts';

// The processor's modules name one another without extensions, as Vite reads them, which Node
// alone does not: jiti loads them as Vite does.
const { articleProcessor } = await createJiti(import.meta.url).import<typeof import('../markdown/processor.ts')>('../markdown/processor.ts');

/** A renderer per set of options Astro's MDX integration gives (one, in practice), made once. */
const renderers = new Map<string, ReturnType<NonNullable<ArticleProcessor['createMdxRenderer']>>>();

answerCalls<MdxCall, MdxAnswer>(async ({ shared, mdx, content, filePath, frontmatter }) => {
  const key = JSON.stringify([shared, mdx]);
  let renderer = renderers.get(key);
  if (!renderer) {
    renderer = articleProcessor().createMdxRenderer!(shared, { ...mdx, srcDir: mdx.srcDir === undefined ? undefined : new URL(mdx.srcDir) });
    renderers.set(key, renderer);
  }
  // The plugins write the index into the frontmatter they are handed: this object.
  const compiled = await (await renderer).process(content, filePath, frontmatter);
  const { code, value } = takeFromFrontmatter(compiled.code, frontmatter, PASSAGE_INDEX_KEY);
  return { ...compiled, code, passageIndex: value as StoredPassageIndex };
});
