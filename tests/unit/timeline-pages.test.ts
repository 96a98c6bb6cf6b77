import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/lib/aggregate';
import { sortKey } from '../../src/lib/dates';
import { beginsOn, coverage, pageTitle, periodNeighbours, planTimeline } from '../../src/lib/timeline-pages';

const event = (iso: string, n: number): TimelineEvent => ({ iso, words: iso, sentence: `S${n}`, href: `/articles/a/#p${n}`, articleId: 'a', title: 'A', actors: [] });
const inOrder = (isos: string[]) => isos.map(event).sort((a, b) => sortKey(a.iso).localeCompare(sortKey(b.iso)));

describe('the timeline split into pages', () => {
  test('a year with few entries is one page; the overview counts each year', () => {
    const plan = planTimeline(inOrder(['2014/2017', '2021-11-07', '2021-11-08', '2021']), 10);
    expect(plan.years).toEqual([
      { year: 2014, count: 1, path: '/timeline/2014/' },
      { year: 2021, count: 3, path: '/timeline/2021/' },
    ]);
    expect(plan.pages.map((p) => p.path)).toEqual(['/timeline/2014/', '/timeline/2021/']);
    expect(plan.landing('2021-11-07')).toBe('/timeline/2021/#date-2021-11-07');
    expect(plan.landing('2014/2017')).toBe('/timeline/2014/#date-2014-to-2017');
  });

  test('a dense year keeps its own entries and splits the rest by month, a dense month over numbered pages', () => {
    const isos = ['2021', '2021', ...Array.from({ length: 7 }, (_, i) => `2021-11-${String(i + 1).padStart(2, '0')}`), '2021-03-02', '2022-01'];
    const plan = planTimeline(inOrder(isos), 3);
    expect(plan.pages.map((p) => [p.path, p.events.length])).toEqual([
      ['/timeline/2021/', 2],
      ['/timeline/2021/march/', 1],
      ['/timeline/2021/november/', 3],
      ['/timeline/2021/november/2/', 3],
      ['/timeline/2021/november/3/', 1],
      ['/timeline/2022/', 1],
    ]);
    expect(plan.years[0]!.months).toEqual([
      { month: 3, count: 1, path: '/timeline/2021/march/' },
      { month: 11, count: 7, path: '/timeline/2021/november/' },
    ]);
    expect(plan.landing('2021-11-05')).toBe('/timeline/2021/november/2/#date-2021-11-05');
    expect(plan.pages.every((p) => p.events.length <= 3)).toBe(true);
    expect(pageTitle(plan.pages[3]!)).toBe('November 2021, page 2');
  });

  test('pages run oldest to newest with prev and next, and a date that runs over a page break lands where it begins', () => {
    const plan = planTimeline(inOrder(['2021-11-07', '2021-11-07', '2021-11-07', '2021-11-08', '2020']), 2);
    const [y2020, months, first, second] = plan.pages;
    expect([y2020!.prev, y2020!.next]).toEqual([undefined, '/timeline/2021/']);
    expect([months!.prev, months!.next]).toEqual(['/timeline/2020/', '/timeline/2021/november/']);
    expect([second!.prev, second!.next]).toEqual(['/timeline/2021/november/', undefined]);
    expect(plan.landing('2021-11-07')).toBe('/timeline/2021/november/#date-2021-11-07');
    expect(beginsOn(plan, first!, '2021-11-07')).toBe(true);
    expect(beginsOn(plan, second!, '2021-11-07')).toBe(false);
  });

  test('a dense year whose entries all have months still has a page for its months', () => {
    const plan = planTimeline(inOrder(['2021-01-01', '2021-02-01', '2021-03-01']), 2);
    expect(plan.pages.map((p) => p.path)).toEqual(['/timeline/2021/', '/timeline/2021/january/', '/timeline/2021/february/', '/timeline/2021/march/']);
    expect(plan.pages[0]!.events).toEqual([]);
  });

  test('a date that is not on the timeline has no landing', () => {
    expect(() => planTimeline([], 10).landing('2021')).toThrow('no entry for "2021"');
  });

  test("a page's foot steps to the periods either side, at their first pages, not to its own numbered pages", () => {
    const isos = ['2019', ...Array.from({ length: 5 }, (_, i) => `2021-10-0${i + 1}`), ...Array.from({ length: 5 }, (_, i) => `2021-11-0${i + 1}`), '2021'];
    const plan = planTimeline(inOrder(isos), 3);
    const path = (p?: { path: string }) => p?.path;
    const november2 = plan.pages.find((p) => p.path === '/timeline/2021/november/2/')!;
    expect(november2.prev).toBe('/timeline/2021/november/');
    expect(path(periodNeighbours(plan, november2).before)).toBe('/timeline/2021/october/');
    expect(path(periodNeighbours(plan, november2).after)).toBeUndefined();
    const year = plan.pages.find((p) => p.path === '/timeline/2021/')!;
    expect([path(periodNeighbours(plan, year).before), path(periodNeighbours(plan, year).after)]).toEqual(['/timeline/2019/', '/timeline/2021/october/']);
  });

  test("a page's coverage is its period, or runs to the end of the longest period filed under it", () => {
    expect(coverage('2021-11', [event('2021-11-07', 1), event('2021-11', 2)])).toBe('2021-11');
    expect(coverage('1990', [event('1990', 1), event('1990/1999', 2)])).toBe('1990/1999');
    expect(coverage('2014/2021', [event('2014/2017', 1), event('2021-11-07', 2)])).toBe('2014/2021');
    expect(coverage('2014/2021', [event('2021/2023', 1)])).toBe('2014/2023');
  });
});
