import { describe, expect, test } from 'vitest';
import { coMentionsByActor, mentionsByActor, timeline, type ArticleIndex } from '../../src/lib/aggregate';
import { articlePath } from '../../src/lib/urls';

const source = (articleId: string, index: Partial<ArticleIndex['index']>): ArticleIndex => ({
  articleId,
  title: articleId,
  date: '2021-11',
  url: articlePath(articleId),
  index: { passages: [], citations: [], mentions: [], dates: [], ...index },
});

const m = (actor: string, passage: string, sentence: string) => ({ actor, words: actor, passage, sentence });

describe('aggregation across articles', () => {
  const sources = [
    source('one', { mentions: [m('a', 'p1', 'S1'), m('a', 'p1', 'S1'), m('b', 'p1', 'S1'), m('a', 'p2', 'S2')] }),
    source('two', { mentions: [m('a', 'q1', 'T1'), m('c', 'q1', 'T1')] }),
  ];

  test('mentions are collected per actor across articles, one per sentence, linked to the paragraph', () => {
    const a = mentionsByActor(sources).get('a')!;
    expect(a.map((x) => x.href)).toEqual(['/articles/one/#p1', '/articles/one/#p2', '/articles/two/#q1']);
  });

  test('actors named in the same sentence are counted together', () => {
    expect(coMentionsByActor(sources).get('a')).toEqual([{ actor: 'b', count: 1 }, { actor: 'c', count: 1 }]);
    expect(coMentionsByActor(sources).get('c')).toEqual([{ actor: 'a', count: 1 }]);
  });

  test('the timeline runs in date order across articles', () => {
    const d = (iso: string, passage: string) => ({ iso, words: iso, passage, sentence: iso, actors: [] });
    const events = timeline([source('one', { dates: [d('2021-11-07', 'x'), d('2016', 'y')] }), source('two', { dates: [d('2021', 'z')] })]);
    expect(events.map((e) => e.iso)).toEqual(['2016', '2021', '2021-11-07']);
  });
});
