// A small line chart drawn with Phaser graphics: one line per series over weeks, each ending in its own
// marker shape with its latest value printed, so series are told apart without colour. Optional bars along
// the bottom mark weeks with strike days.
import Phaser from 'phaser';
import { COLOURS, TEXT, css } from '../layout';

export interface Series {
  readonly label: string;
  readonly values: readonly number[];
  readonly colour: number;
  readonly marker: 'circle' | 'square';
  /** How the latest value is printed. */
  readonly format: (v: number) => string;
}

export interface SparklineOptions {
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  series: readonly Series[];
  /** Bars under the lines: e.g. strike days per week. */
  bars?: readonly number[];
  /** Fixed value range; by default the data's own, padded. */
  min?: number;
  max?: number;
  /** The x-axis spans at least this many weeks, so a short history does not fill it with a steep line. */
  minSpan?: number;
}

export class Sparkline {
  readonly graphics: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene, o: SparklineOptions) {
    const g = (this.graphics = scene.add.graphics());
    scene.add.text(o.x, o.y, o.title, TEXT.label);
    const top = o.y + 24;
    const labelW = 76; // room for the latest values on the right
    const plotW = o.w - labelW;
    const plotH = o.h - 28;
    const all = o.series.flatMap((s) => s.values);
    let lo = o.min ?? Math.min(...all);
    let hi = o.max ?? Math.max(...all);
    if (o.min === undefined || o.max === undefined) {
      const pad = Math.max((hi - lo) * 0.15, Math.abs(hi) * 0.002, 0.5);
      lo -= o.min === undefined ? pad : 0;
      hi += o.max === undefined ? pad : 0;
    }
    const n = Math.max(2, ...o.series.map((s) => s.values.length));
    const span = Math.max(n - 1, o.minSpan ?? 8); // a short history still draws at a readable slope
    const px = (i: number) => o.x + (i / span) * plotW;
    const py = (v: number) => top + plotH - ((v - lo) / (hi - lo || 1)) * plotH;

    g.lineStyle(1, COLOURS.borderQuiet, 1).strokeRect(o.x, top, plotW, plotH);
    if (o.bars) {
      const most = Math.max(1, ...o.bars);
      o.bars.forEach((b, i) => {
        if (b <= 0) return;
        const bh = Math.max(3, (b / most) * plotH * 0.3);
        g.fillStyle(COLOURS.strike, 0.45).fillRect(px(i) - 2, top + plotH - bh, 4, bh);
      });
    }
    for (const s of o.series) {
      if (s.values.length === 0) continue;
      g.lineStyle(2.5, s.colour, 1).beginPath();
      s.values.forEach((v, i) => (i === 0 ? g.moveTo(px(i), py(v)) : g.lineTo(px(i), py(v))));
      g.strokePath();
      const last = s.values.length - 1;
      const [lx, ly] = [px(last), py(s.values[last]!)];
      g.fillStyle(s.colour, 1);
      if (s.marker === 'circle') g.fillCircle(lx, ly, 4.5);
      else g.fillRect(lx - 4, ly - 4, 8, 8);
    }
    // Latest values at the right, nudged apart when they would overlap.
    const ends = o.series
      .filter((s) => s.values.length)
      .map((s) => ({ s, y: py(s.values[s.values.length - 1]!) }))
      .sort((a, b) => a.y - b.y);
    const labels = ends.map((e) => {
      const v = e.s.values[e.s.values.length - 1]!;
      return scene.add.text(o.x + plotW + 8, e.y, `${e.s.marker === 'circle' ? '●' : '■'} ${e.s.format(v)}`, { ...TEXT.small, color: css(COLOURS.text) }).setOrigin(0, 0.5);
    });
    // Each label at least its own line's height below the one above (larger text needs more room).
    labels.forEach((label, i) => {
      const above = labels[i - 1];
      if (above) label.setY(Math.max(label.y, above.y + (above.height + label.height) / 2 - 8));
    });
  }
}
