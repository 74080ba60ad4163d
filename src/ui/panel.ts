// The Table's panels: a rounded card with a small heading, so every part of the screen reads the same way.
import Phaser from 'phaser';
import { COLOURS, TEXT } from '../layout';
import { markBox } from './fit-text';

export const PANEL = { pad: 16, radius: 12, headingH: 30 } as const;

/** Draws a panel and its heading; returns the y where its content starts. */
export function drawPanel(scene: Phaser.Scene, x: number, y: number, w: number, h: number, heading?: string): number {
  const card = scene.add
    .graphics()
    .fillStyle(COLOURS.panel, 1)
    .fillRoundedRect(x, y, w, h, PANEL.radius)
    .lineStyle(1, COLOURS.borderQuiet, 1)
    .strokeRoundedRect(x + 0.5, y + 0.5, w - 1, h - 1, PANEL.radius);
  markBox(card, { x, y, w, h });
  if (!heading) return y + PANEL.pad;
  scene.add.text(x + PANEL.pad, y + 10, heading.toUpperCase(), { ...TEXT.label, letterSpacing: 1 } as Phaser.Types.GameObjects.Text.TextStyle);
  return y + 10 + PANEL.headingH;
}
