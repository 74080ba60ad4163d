/**
 * The balance box plots' geometry, drawn the same way by the HTML report (balance-html.ts, as SVG text) and the
 * Workbench (as SVG through the DOM): the range and ticks of a chart, and for each row its whisker (5th to 95th
 * percentile), box (middle half) and median line, with the numbers in words for a tooltip.
 */
import { compact } from './balance-format';
import type { Spread } from './stats';

/** Round-number ticks from lo to hi (about four of them). */
export function niceTicks(lo: number, hi: number): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Number(t.toFixed(10)));
  return out;
}

/** Where values fall across a plot `width` wide starting at `left`, from the lowest `low` to the highest `high` of the spreads. */
export function spreadScale(spreads: readonly Spread[], low: keyof Spread, high: keyof Spread, left: number, width: number): { lo: number; hi: number; x: (v: number) => number } {
  let lo = spreads.length ? Math.min(...spreads.map((s) => s[low])) : 0;
  let hi = spreads.length ? Math.max(...spreads.map((s) => s[high])) : 1;
  if (hi === lo) [lo, hi] = [lo - 1, hi + 1];
  return { lo, hi, x: (v) => left + ((v - lo) / (hi - lo)) * width };
}

/** One SVG shape: its tag, its attributes in the order they are written, and its part of the plot. */
interface Shape {
  readonly tag: 'line' | 'rect';
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly part: 'whisker' | 'box' | 'median';
}

/**
 * The box plot of `s` in the row from `y` to `y + rowHeight`: the whisker across the middle, the box 4 px in from
 * the row's edges (at least `minBoxWidth` wide, so a tight spread still shows), the median 2 px in.
 */
export function boxShapes(s: Spread, x: (v: number) => number, y: number, rowHeight: number, minBoxWidth: number): Shape[] {
  const at = (v: number) => x(v).toFixed(1);
  return [
    { tag: 'line', part: 'whisker', attrs: { x1: at(s.p5), x2: at(s.p95), y1: y + rowHeight / 2, y2: y + rowHeight / 2 } },
    { tag: 'rect', part: 'box', attrs: { x: at(s.p25), y: y + 4, width: Math.max(minBoxWidth, x(s.p75) - x(s.p25)).toFixed(1), height: rowHeight - 8 } },
    { tag: 'line', part: 'median', attrs: { x1: at(s.median), x2: at(s.median), y1: y + 2, y2: y + rowHeight - 2 } },
  ];
}

/** A box plot's numbers in words, for its tooltip. */
export const boxTip = (label: string, s: Spread): string =>
  `${label}: median ${compact(s.median)}, middle half ${compact(s.p25)}–${compact(s.p75)}, 5th–95th percentile ${compact(s.p5)}–${compact(s.p95)}`;
