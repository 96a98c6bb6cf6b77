import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compiledPassageIndexes } from '../../src/data/passage-indexes';
import { threadedMdx } from '../../src/integrations/threaded-mdx';
import { takeFromFrontmatter } from '../../src/lib/module-frontmatter';
import { PASSAGE_INDEX_KEY } from '../../src/lib/passage-index';
import { articleProcessor } from '../../src/markdown/processor';
import { at, handedOver } from './render';

const SEED = 'content/articles/al-khadimi-assassination-attempt.mdx';
const shared = { syntaxHighlight: false as const };
// As astro.config.mjs has it.
const mdx = { optimize: true, srcDir: new URL('../../src/', import.meta.url) };

describe('articles compiled on the MDX threads', () => {
  const threaded = threadedMdx(articleProcessor());
  afterAll(() => (threaded.integration.hooks['astro:build:generated'] as () => Promise<void>)());

  it('compile to the code the processor writes in place, the seed article word for word, its passage index beside the module', async () => {
    const { body, frontmatter } = handedOver(readFileSync(SEED, 'utf8'));
    const [inPlace, onThread] = await Promise.all([articleProcessor(), threaded.processor].map((p) => p.createMdxRenderer!(shared, mdx)));
    const inPlaceFrontmatter = structuredClone(frontmatter);
    const [here, there] = await Promise.all([inPlace!.process(body, SEED, inPlaceFrontmatter), onThread!.process(body, SEED, structuredClone(frontmatter))]);
    expect(here.code).toContain('"passageIndex":{"passages":[');
    expect(there.code).toBe(takeFromFrontmatter(here.code, inPlaceFrontmatter, PASSAGE_INDEX_KEY).code);
    expect(there.code).not.toContain('passageIndex');
    expect(there.code).toContain('Moqtada al-Sadr');
    expect(there.astroMetadata).toEqual(here.astroMetadata);
    expect(compiledPassageIndexes.get(pathToFileURL(SEED).href)).toEqual(inPlaceFrontmatter[PASSAGE_INDEX_KEY]);
  });

  it('stop at a mistake with its file, line and column, as in place', async () => {
    const source = readFileSync(SEED, 'utf8').replace('(cite:rudaw-2021-11-07)', '(cite:nope)');
    const { body, frontmatter } = handedOver(source);
    const renderer = await threaded.processor.createMdxRenderer!(shared, mdx);
    const error = await renderer.process(body, SEED, frontmatter).catch((e: unknown) => e as Error & { line?: number; column?: number });
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`${SEED}:${at(source, '[rudaw.net')}: (cite:nope): the text cites "nope", which is not in the frontmatter's citations`);
    expect(`${(error as { line: number }).line}:${(error as { column: number }).column}`).toBe(at(source, '[rudaw.net'));
  });
});
