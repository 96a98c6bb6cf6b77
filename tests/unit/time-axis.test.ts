import { describe, expect, test } from 'vitest';
import { layoutAxis, MAX_ROWS, MIN_WIDTH, NARROW_BAR, TARGET, type AxisMark } from '../../src/lib/time-axis';

const mark = (iso: string, label = iso) => ({ iso, href: `#${iso}`, label });

/** A mark's tap target in px at the narrowest width: the bar itself when wide, else a 24 px square (or the pill) around its centre. */
function target(m: AxisMark): { left: number; right: number; top: number; bottom: number } {
  const px = (percent: number) => (percent / 100) * MIN_WIDTH;
  const half = Math.max(TARGET, m.pill ?? 0) / 2;
  const [left, right] = m.wide ? [px(m.bar!.x), px(m.bar!.x + m.bar!.width)] : [px(m.centre) - half, px(m.centre) + half];
  return { left, right, top: m.y - TARGET / 2, bottom: m.y + TARGET / 2 };
}

describe('time axis', () => {
  test('places marks in date order and gives every one a target of at least 24 px that overlaps no other', () => {
    const days = Array.from({ length: 30 }, (_, i) => mark(`2021-11-${String(i + 1).padStart(2, '0')}`));
    const axis = layoutAxis([...days, mark('2021-11'), mark('2021-10/2021-12')], { range: '2021-11' });
    // Every input is counted, on its own mark or in a cluster.
    expect(axis.marks.reduce((sum, m) => sum + m.count, 0)).toBe(32);
    const targets = axis.marks.map(target);
    for (const t of targets) {
      expect(t.right - t.left).toBeGreaterThanOrEqual(TARGET - 0.01);
      expect(t.bottom - t.top).toBe(TARGET);
      expect(t.top).toBeGreaterThanOrEqual(0);
    }
    targets.forEach((a, i) =>
      targets.slice(i + 1).forEach((b) => {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `${axis.marks[i]!.iso} and another overlap`).toBe(true);
      }),
    );
    const dayMarks = axis.marks.filter((m) => m.kind === 'day');
    expect(dayMarks.map((m) => m.centre)).toEqual([...dayMarks.map((m) => m.centre)].sort((a, b) => a - b));
  });

  test('a period is a bar as long as the period, cut to the range; one too short to see is drawn at a readable length', () => {
    const axis = layoutAxis([mark('2014/2017'), mark('2016-03')], { range: '2010/2021' });
    const [war, march] = axis.marks;
    expect(war).toMatchObject({ kind: 'period', wide: true });
    // Four of the twelve years, of the width less its margins.
    expect(war!.bar!.width / (100 - 2 * 4.5)).toBeCloseTo(4 / 12, 2);
    expect(march).toMatchObject({ kind: 'period', wide: false, pill: NARROW_BAR });
    const cut = layoutAxis([mark('2019/2023')], { range: '2021' }).marks[0]!;
    expect(cut.bar!.x + cut.bar!.width).toBeCloseTo(100 - 4.5, 1);
  });

  test('a month on a year is drawn at its length, and a count too long for a short bar gets a bar that holds it', () => {
    const [november] = layoutAxis([mark('2021-11')], { range: '2021' }).marks;
    expect(november).toMatchObject({ wide: false });
    expect(november!.pill).toBeUndefined();
    const [counted] = layoutAxis([{ ...mark('2021-11'), count: 1234 }], { range: '2021' }).marks;
    expect(counted!.pill).toBeGreaterThan(TARGET);
  });

  test('without a range, the axis covers the marks, rounded out to ticks from d3, labelled by year, month or day', () => {
    const years = layoutAxis([mark('2014-06-09'), mark('2021-11-07')]);
    expect(years.ticks.map((t) => t.label)).toContain('2016');
    expect(years.ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    const weeks = layoutAxis([mark('2021-11-02'), mark('2021-11-27')]);
    expect(weeks.ticks.some((t) => /^Nov \d+$/.test(t.label))).toBe(true);
    const one = layoutAxis([mark('2021-11-07')]);
    expect(one.marks[0]!.centre).toBeGreaterThan(30);
    expect(one.marks[0]!.centre).toBeLessThan(70);
  });

  test('labels at the ends are aligned inwards so that none is cut off', () => {
    const axis = layoutAxis([mark('2021-03-01')], { range: '2021' });
    expect(axis.ticks[0]).toMatchObject({ label: '2021', anchor: 'start' });
    expect(axis.ticks.at(-1)).toMatchObject({ label: '2022', anchor: 'end' });
  });

  test('marks with no room in the rows join a neighbour, which counts them and spans their dates', () => {
    const sameDay = Array.from({ length: 10 }, (_, i) => ({ ...mark('2021-11-07', `source ${i}`), href: `#s${i}` }));
    const axis = layoutAxis([...sameDay, mark('2021-11-08'), mark('2021-03-01')]);
    expect(new Set(axis.marks.map((m) => m.y)).size).toBeLessThanOrEqual(MAX_ROWS);
    expect(axis.marks.reduce((sum, m) => sum + m.count, 0)).toBe(12);
    const cluster = axis.marks.find((m) => m.cluster)!;
    expect(cluster.cluster).toMatchObject({ from: '2021-11-07' });
    expect(['2021-11-07', '2021-11-08']).toContain(cluster.cluster!.to);
    expect(cluster.href).toMatch(/^#s\d$/);
    expect(axis.marks.find((m) => m.iso === '2021-03-01')!.cluster).toBeUndefined();
  });

  test('a mark carries its count, one by default', () => {
    const axis = layoutAxis([{ ...mark('2021-11-07'), count: 12 }, mark('2021-11-20')], { range: '2021-11' });
    expect(axis.marks.map((m) => m.count)).toEqual([12, 1]);
  });
});
