// A gauge of how far apart two positions are on a 0–100 scale: a track with the stretch between them filled,
// a triangle for theirs, a circle for yours and an upright line for the walk-away. Shapes, not colour alone,
// tell the marks apart; the caller prints the figures beside it.
import Phaser from 'phaser';
import { COLOURS } from '../layout';

export interface GapMarks {
  /** Each on the 0–100 scale. */
  readonly theirs: number;
  readonly yours: number;
  readonly walkAway: number;
  /** Whether theirs reaches the walk-away (the stretch is drawn solid, else striped). */
  readonly reachable: boolean;
}

/** Glyphs that name each mark's shape in text, so a legend can match the drawing. */
export const GAP_GLYPHS = { theirs: '\u25b2', yours: '\u25cf', walkAway: '|' } as const;

export function drawGapGauge(scene: Phaser.Scene, box: { x: number; y: number; w: number; h: number }, marks: GapMarks): Phaser.GameObjects.Graphics {
  const { x, y, w, h } = box;
  const at = (v: number) => x + (Math.max(0, Math.min(100, v)) / 100) * w;
  const g = scene.add.graphics();
  g.fillStyle(COLOURS.background, 1).fillRoundedRect(x, y, w, h, h / 2);
  const [from, to] = [Math.min(marks.theirs, marks.yours), Math.max(marks.theirs, marks.yours)].map(at) as [number, number];
  if (marks.reachable) g.fillStyle(COLOURS.good, 0.7).fillRect(from, y + 2, Math.max(2, to - from), h - 4);
  else for (let sx = from; sx < to; sx += 6) g.fillStyle(COLOURS.warn, 0.8).fillRect(sx, y + 2, Math.min(3, to - sx), h - 4);
  // walk-away: an upright line through the track
  g.fillStyle(COLOURS.text, 1).fillRect(at(marks.walkAway) - 1, y - 4, 3, h + 8);
  // theirs: a triangle pointing down onto the track; yours: a circle on it
  const tx = at(marks.theirs);
  g.fillStyle(COLOURS.text, 1).fillTriangle(tx - 6, y - 8, tx + 6, y - 8, tx, y + 2);
  g.lineStyle(2, COLOURS.background, 1).fillStyle(COLOURS.text, 1).fillCircle(at(marks.yours), y + h / 2, h / 2 + 1).strokeCircle(at(marks.yours), y + h / 2, h / 2 + 1);
  return g;
}
