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
  /** A dot's centre, or a bar's left end, as a percentage of the chart's width. */
  x: number;
  /** A bar's length in percent; absent for a bar too short to tap, drawn at `NARROW_BAR` px around `x`. */
  width?: number;
  /** The row's centre, in px from the top. */
  y: number;
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
/** How long a period too short to tap is drawn, in px. */
export const NARROW_BAR = 16;
/** Space at either end, as a fraction of the width, for the first and last labels and marks. */
const PAD = 0.045;
const ROW = TARGET + 2;
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
      const a = scale(Math.max(s.start, first));
      const b = scale(Math.min(s.end, last));
      if (s.day) {
        const centre = scale(s.start + DAY / 2);
        return { s, x: percent(centre), left: px(centre) - TARGET / 2, right: px(centre) + TARGET / 2, kind: 'day' as const };
      }
      const length = px(b) - px(a);
      if (length < TARGET) {
        const centre = (px(a) + px(b)) / 2;
        return { s, x: percent((a + b) / 2), left: centre - TARGET / 2, right: centre + TARGET / 2, kind: 'period' as const };
      }
      return { s, x: percent(a), width: Number((percent(b) - percent(a)).toFixed(3)), left: px(a), right: px(b), kind: 'period' as const };
    })
    .sort((p, q) => p.left - q.left || q.right - p.right);

  // Each mark goes to the lowest row where it overlaps nothing.
  const rowEnds: number[] = [];
  const rows = placed.map((p) => {
    let row = rowEnds.findIndex((end) => end + 2 <= p.left);
    if (row < 0) row = rowEnds.push(p.right) - 1;
    else rowEnds[row] = p.right;
    return row;
  });
  const baseline = TOP + Math.max(rowEnds.length, 1) * ROW + 4;
  const marks: AxisMark[] = placed.map((p, i) => ({
    ...p.s.input,
    count: p.s.input.count ?? 1,
    kind: p.kind,
    x: p.x,
    ...(p.width !== undefined ? { width: p.width } : {}),
    y: baseline - 4 - ROW / 2 - rows[i]! * ROW,
  }));

  const ticks = scale.ticks(tickCount).map((date): AxisTick => {
    const fraction = scale(date);
    return { x: percent(fraction), label: tickLabel(date), anchor: fraction < 0.08 ? 'start' : fraction > 0.92 ? 'end' : 'middle' };
  });
  return { height: baseline + LABELS, baseline, ticks, marks };
}
