// A calendar of strike days: weeks in rows, Monday first. Held days are filled, notified days outlined
// with a dot, called-off days crossed out, a strike being planned outlined in yellow; a legend says so in
// words. The current week is bracketed and past days dimmed.
import Phaser from 'phaser';
import { COLOURS, TEXT, css } from '../layout';
import type { CalendarDay, CalendarView } from '../views/strike-calendar';
import { recolour } from './recolour';

const DAYS = ['M', 'T', 'W', 'T', 'F', 'S', 'S'];
const LABEL_W = 58;
const CELL_H = 24;

/**
 * The calendar at (x, y), drawn again on each `show` by reusing its texts (setText and colour only where they
 * changed) and redrawing one Graphics: a new Text costs a canvas, a font measurement and a texture upload, and
 * the Table redraws its calendar after every move. A view equal to the last one shown costs nothing.
 */
export class StrikeCalendar {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly texts: Phaser.GameObjects.Text[] = [];
  private used = 0;
  private shown = '';
  private readonly cellW: number;

  constructor(private readonly scene: Phaser.Scene, private readonly x: number, private readonly y: number, w: number, private readonly rows: number) {
    this.g = scene.add.graphics();
    this.cellW = Math.floor((w - LABEL_W) / 7);
  }

  show(view: CalendarView): void {
    const key = JSON.stringify(view.weeks.slice(0, this.rows));
    if (key === this.shown) return;
    this.shown = key;
    const { g, x, y, cellW } = this;
    g.clear();
    this.used = 0;
    DAYS.forEach((d, i) => this.text(x + LABEL_W + i * cellW + cellW / 2, y, d, COLOURS.textMuted, 'bold', 0.5, 0));
    let cy = y + 20;
    for (const week of view.weeks.slice(0, this.rows)) {
      const first = week[0]!;
      this.text(x, cy + CELL_H / 2, first.label.replace(/^\w+ /, ''), first.thisWeek ? COLOURS.text : COLOURS.textMuted, 'bold', 0, 0.5);
      if (first.thisWeek) g.lineStyle(2, COLOURS.text, 0.9).strokeRoundedRect(x + LABEL_W - 3, cy - 2, cellW * 7 + 4, CELL_H + 2, 6);
      week.forEach((day, i) => {
        const cx = x + LABEL_W + i * cellW;
        this.drawDay(day, cx, cy, i >= 5);
        if (day.status === 'none' || day.status === 'planned') {
          this.text(cx + cellW / 2, cy + CELL_H / 2 - 1, String(day.dayOfMonth), day.past ? COLOURS.textDisabled : COLOURS.textMuted, 'normal', 0.5, 0.5);
        }
        if (day.mandateEnds) g.fillStyle(COLOURS.union, 1).fillTriangle(cx + cellW - 10, cy, cx + cellW - 2, cy, cx + cellW - 2, cy + 8);
      });
      cy += CELL_H;
    }
    for (let i = this.used; i < this.texts.length; i += 1) this.texts[i]!.setVisible(false);
  }

  private drawDay(day: CalendarDay, cx: number, cy: number, weekend: boolean): void {
    const { g, cellW } = this;
    const alpha = day.past ? 0.55 : 1;
    const inner = { x: cx + 2, y: cy + 1, w: cellW - 4, h: CELL_H - 4 };
    switch (day.status) {
      case 'held':
        g.fillStyle(COLOURS.strike, alpha).fillRoundedRect(inner.x, inner.y, inner.w, inner.h, 4);
        break;
      case 'called':
        g.lineStyle(2, COLOURS.strike, 1).strokeRoundedRect(inner.x, inner.y, inner.w, inner.h, 4);
        g.fillStyle(COLOURS.strike, 1).fillCircle(cx + cellW / 2, cy + CELL_H / 2 - 1, 4);
        break;
      case 'calledOff':
        g.lineStyle(2, COLOURS.textDisabled, alpha).strokeRoundedRect(inner.x, inner.y, inner.w, inner.h, 4);
        g.lineBetween(inner.x + 3, inner.y + inner.h - 3, inner.x + inner.w - 3, inner.y + 3);
        break;
      case 'planned':
        g.lineStyle(2, COLOURS.planned, 1).strokeRoundedRect(inner.x, inner.y, inner.w, inner.h, 4);
        break;
      default:
        g.fillStyle(weekend ? COLOURS.background : COLOURS.panelRaised, alpha).fillRoundedRect(inner.x, inner.y, inner.w, inner.h, 4);
    }
  }

  /** The next text of the pool, made on first use, placed and showing `value`. */
  private text(tx: number, ty: number, value: string, colour: number, weight: 'bold' | 'normal', ox: number, oy: number): void {
    let t = this.texts[this.used];
    if (!t) {
      t = this.scene.add.text(tx, ty, value, { ...TEXT.key, fontStyle: weight, color: css(colour) });
      this.texts.push(t);
    }
    this.used += 1;
    if (t.style.fontStyle !== weight) t.setFontStyle(weight);
    recolour(t.setText(value), colour);
    t.setPosition(tx, ty).setOrigin(ox, oy).setVisible(true);
  }
}

/** The calendar's legend in words, one line. */
export function drawCalendarLegend(scene: Phaser.Scene, x: number, y: number): void {
  const g = scene.add.graphics();
  const items: [string, (gx: number, gy: number) => void][] = [
    ['held', (gx, gy) => g.fillStyle(COLOURS.strike, 1).fillRoundedRect(gx, gy, 14, 12, 3)],
    ['notified', (gx, gy) => g.lineStyle(2, COLOURS.strike, 1).strokeRoundedRect(gx, gy, 14, 12, 3).fillStyle(COLOURS.strike, 1).fillCircle(gx + 7, gy + 6, 2.5)],
    ['called off', (gx, gy) => g.lineStyle(2, COLOURS.textDisabled, 1).strokeRoundedRect(gx, gy, 14, 12, 3).lineBetween(gx + 2, gy + 10, gx + 12, gy + 2)],
    ['planned', (gx, gy) => g.lineStyle(2, COLOURS.planned, 1).strokeRoundedRect(gx, gy, 14, 12, 3)],
  ];
  let cx = x;
  for (const [label, draw] of items) {
    draw(cx, y + 3);
    const t = scene.add.text(cx + 17, y, label, { ...TEXT.key, fontStyle: 'normal' });
    cx += 17 + t.width + 8;
  }
}
