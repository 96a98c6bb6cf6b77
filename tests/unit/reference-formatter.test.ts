import { afterEach, describe, expect, it } from 'vitest';
import { articleReferences } from '../../src/data/article-references';
import { threadFormatter } from '../../src/integrations/reference-formatter';
import { articleCsl } from '../../src/lib/article-citation';
import { formatReferences, REFERENCE_STYLES } from '../../src/lib/citation-formats';
import { REFERENCE_FORMATTER } from '../../src/lib/reference-formatter';
import type { ArticleData } from '../../src/schemas/article';

const data: ArticleData = {
  title: 'Assassination Attempt against Prime Minister Al-Khadimi Highlights Intra-Shia Divisions in Iraq',
  authors: ['Rami Jameel'],
  publication: { name: 'Terrorism Monitor', volume: 19, issue: 22, publisher: 'The Jamestown Foundation' },
  date: '2021-11',
  summary: 'A drone attack on the prime minister’s house.',
  citations: [],
};
const itemOf = (id: string, title = data.title) => articleCsl({ id, data: { ...data, title }, url: `https://longreads.example.org/articles/${id}/` });
const scope = globalThis as { [REFERENCE_FORMATTER]?: unknown };

describe('references formatted on their own thread', () => {
  it('are those formatted in place, in the order of the styles, for each item asked', async () => {
    const { format, stop } = threadFormatter();
    try {
      const items = ['a', 'b', 'c'].map((id) => itemOf(id, `Title ${id}`));
      const onThread = await Promise.all(items.map(format));
      expect(onThread).toEqual(items.map(formatReferences));
      expect(onThread[0]).toHaveLength(REFERENCE_STYLES.length);
      expect(onThread[1]![0]).toContain('Title b');
    } finally {
      await stop();
    }
  });
});

describe('an article’s references', () => {
  afterEach(() => delete scope[REFERENCE_FORMATTER]);

  it('come from the build’s formatter when it has set one, once per item', async () => {
    const asked: string[] = [];
    scope[REFERENCE_FORMATTER] = async (item: { id: string }) => (asked.push(item.id), [`formatted ${item.id}`]);
    const item = itemOf('from-the-build');
    expect(await articleReferences(item)).toEqual(['formatted from-the-build']);
    expect(await articleReferences(item)).toEqual(['formatted from-the-build']);
    expect(asked).toEqual(['from-the-build']);
  });

  it('are formatted in place without one (the dev server), and anew when the item changes', async () => {
    const item = itemOf('in-place');
    expect(await articleReferences(item)).toEqual(formatReferences(item));
    const edited = itemOf('in-place', 'An Edited Title');
    expect((await articleReferences(edited))[0]).toContain('An Edited Title');
  });
});
