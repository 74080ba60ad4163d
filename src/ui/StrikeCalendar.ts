// A calendar of strike days: weeks in rows, Monday first. Held days are filled, notified days outlined
// with a dot, called-off days crossed out, a strike being planned outlined in yellow; a legend says so in
// words. The current week is bracketed and past days dimmed.
import Phaser from 'phaser';
import { COLOURS, TEXT, css } from '../layout';
import type { CalendarView } from '../views/strike-calendar';

const DAYS = ['M', 'T', 'W', 'T', 'F', 'S', 'S'];

/** Draws the calendar from (x, y); returns what it drew (to clear on refresh) and where it ends. */
export function drawCalendar(scene: Phaser.Scene, x: number, y: number, w: number, view: CalendarView, rows = view.weeks.length): { objects: Phaser.GameObjects.GameObject[]; bottom: number } {
  const objects: Phaser.GameObjects.GameObject[] = [];
  const keep = <T extends Phaser.GameObjects.GameObject>(o: T): T => (objects.push(o), o);
  const g = keep(scene.add.graphics());
  const labelW = 58;
  const cellW = Math.floor((w - labelW) / 7);
  const cellH = 24;
  DAYS.forEach((d, i) => keep(scene.add.text(x + labelW + i * cellW + cellW / 2, y, d, TEXT.key).setOrigin(0.5, 0)));
  let cy = y + 20;
  for (const week of view.weeks.slice(0, rows)) {
    const first = week[0]!;
    keep(scene.add.text(x, cy + cellH / 2, first.label.replace(/^\w+ /, ''), { ...TEXT.key, color: css(first.thisWeek ? COLOURS.text : COLOURS.textMuted) }).setOrigin(0, 0.5));
    if (first.thisWeek) g.lineStyle(2, COLOURS.text, 0.9).strokeRoundedRect(x + labelW - 3, cy - 2, cellW * 7 + 4, cellH + 2, 6);
    week.forEach((day, i) => {
      const cx = x + labelW + i * cellW;
      const alpha = day.past ? 0.55 : 1;
      const inner = { x: cx + 2, y: cy + 1, w: cellW - 4, h: cellH - 4 };
      switch (day.status) {
        case 'held':
          g.fillStyle(COLOURS.strike, alpha).fillRoundedRect(inner.x, inner.y, inner.w, inner.h, 4);
          break;
        case 'called':
          g.lineStyle(2, COLOURS.strike, 1).strokeRoundedRect(inner.x, inner.y, inner.w, inner.h, 4);
          g.fillStyle(COLOURS.strike, 1).fillCircle(cx + cellW / 2, cy + cellH / 2 - 1, 4);
          break;
        case 'calledOff':
          g.lineStyle(2, COLOURS.textDisabled, alpha).strokeRoundedRect(inner.x, inner.y, inner.w, inner.h, 4);
          g.lineBetween(inner.x + 3, inner.y + inner.h - 3, inner.x + inner.w - 3, inner.y + 3);
          break;
        case 'planned':
          g.lineStyle(2, COLOURS.planned, 1).strokeRoundedRect(inner.x, inner.y, inner.w, inner.h, 4);
          break;
        default:
          g.fillStyle(i >= 5 ? COLOURS.background : COLOURS.panelRaised, alpha).fillRoundedRect(inner.x, inner.y, inner.w, inner.h, 4);
      }
      if (day.status === 'none' || day.status === 'planned') {
        keep(scene.add
          .text(cx + cellW / 2, cy + cellH / 2 - 1, String(day.dayOfMonth), { ...TEXT.key, fontStyle: 'normal', color: css(day.past ? COLOURS.textDisabled : COLOURS.textMuted) })
          .setOrigin(0.5));
      }
      if (day.mandateEnds) g.fillStyle(COLOURS.union, 1).fillTriangle(cx + cellW - 10, cy, cx + cellW - 2, cy, cx + cellW - 2, cy + 8);
    });
    cy += cellH;
  }
  return { objects, bottom: cy };
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
