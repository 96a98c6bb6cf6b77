/**
 * A time axis drawn at build time as SVG: d3's UTC scale places dates and picks the ticks. The
 * chart stretches to its column, so horizontal positions are percentages of its width; sizes are
 * pixels. Marks are laid out for the narrowest width the chart is drawn at (a phone's column), so
 * at any width every mark is a tap target of at least 24 × 24 px that overlaps no other (WCAG
 * 2.2, 2.5.8): marks closer than that stack in rows above the axis. Pure: no DOM, no Astro.
 */
import { scaleUtc } from 'd3-scale';
import { parseInterval, type PartialDate } from './dates';

export interface AxisInput {
  /** A partial ISO date or an ISO interval ("2014/2017"). */
  iso: string;
  href: string;
  /** The mark's accessible name: what it is and what it links to. */
  label: string;
  /** How many entries the mark stands for; shown on it when more than one. */
  count?: number;
}

export interface AxisMark extends AxisInput {
  count: number;
  /** A day is a dot; a month, a year or any longer period is a bar over its length. */
  kind: 'day' | 'period';
  /** The mark's middle, as a percentage of the chart's width. */
  centre: number;
  /** A period's bar, cut to the range: its left end and length, in percent. */
  bar?: { x: number; width: number };
  /**
   * Whether the bar is itself the tap target (24 px or more at the narrowest width); otherwise the
   * target is a 24 px square around `centre`.
   */
  wide: boolean;
  /** For a period too short to see (or to hold its count), the length in px it is drawn at, around `centre`. */
  pill?: number;
  /** The row's centre, in px from the top. */
  y: number;
  /**
   * When the mark stands for several that had no room of their own: the dates they span (from the
   * start of the earliest to the end of the latest) and how many marks they were. The mark keeps
   * the first one's link; its count is theirs added up.
   */
  cluster?: { from: string; to: string; marks: number };
}

export interface AxisTick {
  x: number;
  label: string;
  /** Labels at either end are aligned inwards, so that none is cut off. */
  anchor: 'start' | 'middle' | 'end';
}

export interface Axis {
  height: number;
  /** The axis line's height, in px from the top. */
  baseline: number;
  ticks: AxisTick[];
  marks: AxisMark[];
}

/** The narrowest the chart is drawn: a 360 px phone's column. */
export const MIN_WIDTH = 320;
/** The smallest tap target, in px (WCAG 2.2, 2.5.8). */
export const TARGET = 24;
/** The shortest a period is drawn, in px: any shorter and it would read as a sliver, not a period. */
export const NARROW_BAR = 16;
/** Room for a count drawn on a bar, in px. */
const countWidth = (count: number) => (count > 1 ? String(count).length * 6.5 + 6 : 0);
/** Space at either end, as a fraction of the width, for the first and last labels and marks. */
const PAD = 0.045;
const ROW = TARGET + 2;
/** Rows of marks above the axis; marks with no room in them join a neighbour. */
export const MAX_ROWS = 3;
const TOP = 4;
const LABELS = 22;

const startOf = (d: PartialDate) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
/** The moment after a partial date: the next year, month or day. */
const endOf = (d: PartialDate) =>
  d.precision === 'year' ? Date.UTC(d.year + 1, 0, 1) : d.precision === 'month' ? Date.UTC(d.year, d.month!, 1) : Date.UTC(d.year, d.month! - 1, d.day! + 1);

/** When an ISO date or interval begins and ends, and whether it is a single day. */
export function span(iso: string): { start: number; end: number; day: boolean } {
  const interval = parseInterval(iso);
  if (!interval) throw new Error(`not a date: "${iso}"`);
  return { start: startOf(interval.start), end: endOf(interval.end), day: interval.start.precision === 'day' && interval.start.iso === interval.end.iso };
}

const DAY = 86_400_000;
const MONTH_SHORT = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

/** "2021" on a year's first day, "Nov" on a month's, "Nov 7" on any other. */
function tickLabel(date: Date): string {
  if (date.getUTCDate() !== 1) return `${MONTH_SHORT.format(date)} ${date.getUTCDate()}`;
  return date.getUTCMonth() === 0 ? String(date.getUTCFullYear()) : MONTH_SHORT.format(date);
}

/**
 * Lays out `inputs` on an axis over `range` (an ISO date or interval: "2021" is that year), or
 * by default over what the marks cover, rounded out to whole ticks.
 */
export function layoutAxis(inputs: AxisInput[], { range }: { range?: string } = {}): Axis {
  const spans = inputs.map((input) => ({ input, ...span(input.iso) }));
  let domain: [number, number];
  if (range) {
    const r = span(range);
    domain = [r.start, r.end];
  } else {
    let from = Math.min(...spans.map((s) => s.start));
    let to = Math.max(...spans.map((s) => s.end));
    // A few days' marks still get an axis of a couple of weeks, centred on them.
    if (to - from < 14 * DAY) {
      const middle = (from + to) / 2;
      from = middle - 7 * DAY;
      to = middle + 7 * DAY;
    }
    domain = [from, to];
  }
  const plot = MIN_WIDTH * (1 - 2 * PAD);
  const tickCount = Math.max(2, Math.floor(plot / 64));
  const scale = scaleUtc().domain(domain).range([0, 1]);
  if (!range) scale.nice(tickCount);
  const [first, last] = scale.domain().map(Number) as [number, number];
  const percent = (fraction: number) => Number(((PAD + fraction * (1 - 2 * PAD)) * 100).toFixed(3));
  const px = (fraction: number) => MIN_WIDTH * (PAD + fraction * (1 - 2 * PAD));

  // What falls in the range, cut to it.
  const placed = spans
    .filter((s) => s.end > first && s.start < last)
    .map((s) => {
      const count = s.input.count ?? 1;
      if (s.day) {
        const centre = scale(s.start + DAY / 2);
        return { s, count, kind: 'day' as const, centre: percent(centre), wide: false, left: px(centre) - TARGET / 2, right: px(centre) + TARGET / 2 };
      }
      const [a, b] = [scale(Math.max(s.start, first)), scale(Math.min(s.end, last))];
      const bar = { x: percent(a), width: Number((percent(b) - percent(a)).toFixed(3)) };
      const length = px(b) - px(a);
      const middle = (px(a) + px(b)) / 2;
      const shortest = Math.max(NARROW_BAR, countWidth(count));
      const wide = length >= Math.max(TARGET, shortest);
      return {
        s,
        count,
        kind: 'period' as const,
        centre: percent((a + b) / 2),
        bar,
        wide,
        ...(length < shortest ? { pill: shortest } : {}),
        left: wide ? px(a) : middle - Math.max(TARGET, shortest) / 2,
        right: wide ? px(b) : middle + Math.max(TARGET, shortest) / 2,
      };
    })
    .sort((p, q) => p.left - q.left || q.right - p.right);

  // Each mark goes to the lowest row where it overlaps nothing. Past the last row, a mark joins
  // the nearest one already placed, which then stands for both (a cluster, counted and named by
  // the dates it spans), so that a dense stretch never grows the chart without end.
  const rowEnds: number[] = [];
  const kept: Array<{ p: (typeof placed)[number]; row: number; members: Array<(typeof placed)[number]> }> = [];
  const middle = (p: (typeof placed)[number]) => (p.left + p.right) / 2;
  for (const p of placed) {
    let row = rowEnds.findIndex((end) => end + 2 <= p.left);
    if (row < 0 && rowEnds.length < MAX_ROWS) row = rowEnds.push(p.right) - 1;
    else if (row >= 0) rowEnds[row] = p.right;
    if (row >= 0) kept.push({ p, row, members: [p] });
    else kept.reduce((a, b) => (Math.abs(middle(b.p) - middle(p)) < Math.abs(middle(a.p) - middle(p)) ? b : a)).members.push(p);
  }
  const baseline = TOP + Math.max(rowEnds.length, 1) * ROW + 4;
  const marks: AxisMark[] = kept.map(({ p: { s, left: _l, right: _r, ...p }, row, members }) => {
    const mark: AxisMark = { ...s.input, ...p, y: baseline - 4 - ROW / 2 - row * ROW };
    if (members.length === 1) return mark;
    const earliest = members.reduce((a, b) => (b.s.start < a.s.start ? b : a)).s.input.iso;
    const latest = members.reduce((a, b) => (b.s.end > a.s.end ? b : a)).s.input.iso;
    return { ...mark, count: members.reduce((sum, m) => sum + m.count, 0), cluster: { from: earliest.split('/')[0]!, to: latest.split('/').at(-1)!, marks: members.length } };
  });

  // A range's start is labelled too when d3's first tick falls well inside it ("Nov" before "Nov 7").
  const tickDates = scale.ticks(tickCount);
  if (range && tickDates.length > 0 && scale(tickDates[0]!) > 0.12) tickDates.unshift(new Date(first));
  const ticks = tickDates.map((date): AxisTick => {
    const fraction = scale(date);
    return { x: percent(fraction), label: tickLabel(date), anchor: fraction < 0.08 ? 'start' : fraction > 0.92 ? 'end' : 'middle' };
  });
  return { height: baseline + LABELS, baseline, ticks, marks };
}
