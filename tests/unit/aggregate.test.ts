import { describe, expect, test } from 'vitest';
import { coMentionsByActor, mentionsByActor, timeline, type ArticleIndex } from '../../src/lib/aggregate';
import { layoutAxis } from '../../src/lib/time-axis';
import { articlePath } from '../../src/lib/urls';

const source = (articleId: string, index: Partial<ArticleIndex['index']>): ArticleIndex => ({
  articleId,
  title: articleId,
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

describe('time axis', () => {
  test('places marks in date order along the axis and stacks marks that would overlap', () => {
    const axis = layoutAxis([
      { iso: '2014-06-09', href: '#a', label: 'a', track: 'main' },
      { iso: '2021-11-07', href: '#b', label: 'b', track: 'main' },
      { iso: '2021-11-08', href: '#c', label: 'c', track: 'main' },
    ], { from: 2014, to: 2022 });
    const [a, b, c] = axis.marks;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.y).not.toBe(c!.y);
    expect(axis.ticks[0]).toMatchObject({ label: '2014' });
  });

  test('a period is drawn as a bar as long as the period', () => {
    const axis = layoutAxis([{ iso: '2014/2017', href: '#', label: 'war', track: 'main' }], { from: 2010, to: 2022 });
    expect(axis.marks[0]!.width).toBeGreaterThan(0);
  });
});
