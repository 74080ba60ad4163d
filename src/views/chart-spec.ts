// Charts as plain data: what the debrief, what-if and class report view models hand to the DOM chart renderer
// (src/pages/chart.ts). Every chart carries its own text alternative: a summary in words and a data table.

/** Marker shapes: each series has its own, so colour is never the only way to tell them apart. */
export type Marker = 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'cross';

/** Colour roles, mapped to the game's palette by the renderer. */
export type Tone = 'union' | 'employer' | 'support' | 'oppose' | 'zone' | 'strike' | 'neutral' | 'text' | 'final' | 'nash' | 'muted';

export interface Tick {
  readonly value: number;
  readonly label: string;
}

export interface AxisSpec {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly Tick[];
}

export type Point = readonly [number, number];

export type Layer =
  /** A line through points (null breaks it); `step` holds each value until the next x. */
  | {
      readonly kind: 'line';
      readonly label: string;
      readonly tone: Tone;
      readonly points: readonly (Point | null)[];
      readonly dash?: boolean;
      readonly step?: boolean;
      readonly marker?: Marker;
      /** Draw the marker at every point, not only at the end. */
      readonly markAll?: boolean;
      /** A label at the line's last point (direct labelling, beside the legend). */
      readonly endLabel?: string;
    }
  | { readonly kind: 'points'; readonly label: string; readonly tone: Tone; readonly marker: Marker; readonly points: readonly Point[]; readonly size?: number }
  /** Shaded rectangles, e.g. the zone of agreement week by week. */
  | { readonly kind: 'bands'; readonly label: string; readonly tone: Tone; readonly rects: readonly { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number }[] }
  /** Full-height hatched spans along x, e.g. weeks with strike days. */
  | { readonly kind: 'spans'; readonly label: string; readonly tone: Tone; readonly spans: readonly { readonly x0: number; readonly x1: number }[] }
  /** Bars from zero. */
  | { readonly kind: 'bars'; readonly label: string; readonly tone: Tone; readonly bars: readonly { readonly x0: number; readonly x1: number; readonly y: number; readonly label?: string }[] }
  /** A reference line across the chart at x or y, labelled. */
  | { readonly kind: 'rule'; readonly label: string; readonly tone: Tone; readonly axis: 'x' | 'y'; readonly at: number; readonly dash?: boolean }
  /** A text note at a point (not in the legend). */
  | { readonly kind: 'note'; readonly text: string; readonly at: Point; readonly anchor?: 'start' | 'middle' | 'end' };

export interface ChartSpec {
  readonly title: string;
  /** One to three sentences saying what the chart shows: the text alternative's first part. */
  readonly summary: string;
  readonly x: AxisSpec;
  readonly y: AxisSpec;
  readonly layers: readonly Layer[];
  /** The numbers behind the chart: the text alternative's second part. */
  readonly table: { readonly caption: string; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] };
}

/** Round tick values between min and max: about `count` of them, on 1, 2, 2.5 or 5 × a power of ten. */
export function niceTicks(min: number, max: number, count = 5, format: (v: number) => string = String): Tick[] {
  if (!(max > min)) return [{ value: min, label: format(min) }];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: Tick[] = [];
  for (let v = Math.ceil(min / step - 1e-9) * step; v <= max + 1e-9; v += step) {
    const value = Math.round(v * 1e6) / 1e6 || 0; // never "-0"
    ticks.push({ value, label: format(value) });
  }
  return ticks;
}

/** A maximum rounded up to a tidy value, so axes end on a tick. */
export function niceMax(max: number, count = 5): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  return Math.ceil(max / step - 1e-9) * step;
}
