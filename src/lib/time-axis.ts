import { MONTHS, parseInterval, type PartialDate } from './dates';

export interface AxisInput {
  iso: string;
  href: string;
  label: string;
  /** Marks on one track share a row band; a lighter track sits below the main one. */
  track: 'main' | 'light';
}

export interface AxisMark extends AxisInput {
  x: number;
  /** Width for periods; 0 for a single day, month or year drawn as a dot. */
  width: number;
  y: number;
}

export interface Axis {
  width: number;
  height: number;
  ticks: Array<{ x: number; label: string }>;
  marks: AxisMark[];
  tracks: Array<{ track: AxisInput['track']; y: number }>;
}

const PAD = 24;
const ROW = 9;

/** Fraction of the way through the calendar, at the start (or end) of a partial date. */
function yearFraction(d: PartialDate, edge: 'start' | 'end'): number {
  if (d.precision === 'year') return d.year + (edge === 'end' ? 1 : 0);
  if (d.precision === 'month') return d.year + (d.month! - (edge === 'end' ? 0 : 1)) / 12;
  return d.year + (d.month! - 1) / 12 + (d.day! - (edge === 'end' ? 0 : 1)) / 365;
}

/**
 * Lays out dated marks on a horizontal time axis, drawn at build time as SVG. Marks that would
 * overlap stack upwards, so every one stays visible and clickable.
 */
export function layoutAxis(inputs: AxisInput[], { width = 720, from, to }: { width?: number; from?: number; to?: number } = {}): Axis {
  const all = inputs.map((input) => {
    const interval = parseInterval(input.iso);
    if (!interval) throw new Error(`not a date: "${input.iso}"`);
    const single = interval.start.iso === interval.end.iso && interval.start.precision === 'day';
    return { input, start: yearFraction(interval.start, 'start'), end: single ? yearFraction(interval.start, 'start') : yearFraction(interval.end, 'end') };
  });
  const first = from ?? Math.floor(Math.min(...all.map((s) => s.start)));
  const last = to ?? Math.ceil(Math.max(...all.map((s) => s.end), first + 1));
  // A zoomed axis shows what falls in its range, cut to it.
  const spans = all
    .filter((s) => s.end >= first && s.start <= last)
    .map((s) => ({ ...s, start: Math.max(s.start, first), end: Math.min(s.end, last) }));
  const scale = (t: number) => PAD + ((t - first) / (last - first)) * (width - 2 * PAD);
  const trackNames = [...new Set(inputs.map((i) => i.track))].sort((a) => (a === 'main' ? -1 : 1));
  const placed: AxisMark[] = [];
  const tracks: Axis['tracks'] = [];
  let top = 8;
  for (const track of trackNames) {
    const rows: number[][] = [];
    const local: Array<{ mark: Omit<AxisMark, 'y'>; row: number }> = [];
    for (const s of spans.filter((sp) => sp.input.track === track).sort((a, b) => a.start - b.start)) {
      const x = scale(s.start);
      const w = Math.max(0, scale(s.end) - x);
      const left = x - 5;
      const right = x + Math.max(w, 0) + 5;
      let row = rows.findIndex((r) => r.every((edge) => edge < left));
      if (row < 0) row = rows.push([]) - 1;
      rows[row]!.push(right);
      local.push({ mark: { ...s.input, x, width: w }, row });
    }
    const height = Math.max(rows.length, 1) * ROW;
    for (const { mark, row } of local) placed.push({ ...mark, y: top + height - row * ROW - ROW / 2 });
    tracks.push({ track, y: top + height + 4 });
    top += height + 14;
  }
  const ticks = [];
  if (last - first <= 2) {
    for (let m = Math.ceil(first * 12); m <= Math.floor(last * 12); m++) {
      const month = ((m % 12) + 12) % 12;
      ticks.push({ x: scale(m / 12), label: month === 0 ? String(m / 12) : MONTHS[month]!.slice(0, 3) });
    }
  } else {
    const step = Math.max(1, Math.ceil((last - first) / 8));
    for (let year = Math.ceil(first); year <= last; year += step) ticks.push({ x: scale(year), label: String(year) });
  }
  return { width, height: top + 18, ticks, marks: placed, tracks };
}
