// A figure on the Table: label, value, a detail line and (for levels) a meter or a stacked bar. The whole
// tile is a button (its twin reads "Label: value, detail") that opens the figure's info panel with its
// source; a small "i" in a ring says so.
import Phaser from 'phaser';
import { COLOURS, TEXT } from '../layout';
import { Control } from './control';
import { fitLine } from './fit-text';
import { Meter } from './Meter';

export interface FigureTileOptions {
  /** Top-left corner. */
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  value: string;
  detail: string;
  level?: number;
  meterColour?: number;
  /** A stacked bar under the value (shares summing to 1), drawn in order with a gap between parts. */
  segments?: readonly { readonly share: number; readonly colour: number }[];
  /** A larger value (the tile that leads the column). */
  large?: boolean;
  onOpen: () => void;
  mirror: HTMLElement;
}

export class FigureTile extends Control {
  declare readonly twin: HTMLButtonElement;
  private readonly bg: Phaser.GameObjects.Rectangle;
  private readonly mark: Phaser.GameObjects.Graphics;
  private readonly markX: number;
  private readonly markY: number;

  constructor(scene: Phaser.Scene, private readonly o: FigureTileOptions) {
    const twin = document.createElement('button');
    twin.type = 'button';
    twin.setAttribute('aria-haspopup', 'dialog');
    twin.textContent = `${o.label}: ${o.value}, ${o.detail}.`;
    super(scene, o.x + o.w / 2, o.y + o.h / 2, o.w, o.h, twin, o.mirror, 10);
    const left = -o.w / 2 + 12;
    const top = -o.h / 2;
    this.bg = scene.add.rectangle(0, 0, o.w, o.h, COLOURS.panelRaised).setRounded(10);
    const label = scene.add.text(left, top + 5, o.label, TEXT.label);
    const value = scene.add.text(left, top + 24, o.value, o.large ? TEXT.value : TEXT.figure);
    const detail = scene.add.text(left, o.h / 2 - 4, o.detail, { ...TEXT.small, fontSize: '16px' }).setOrigin(0, 1);
    this.markX = o.w / 2 - 16;
    // One line each, inside the tile (the label clear of the "i"); the twin and the info panel read them whole.
    fitLine(label, this.markX - 12 - left, 15);
    fitLine(value, o.w - 24, 15);
    fitLine(detail, o.w - 24, 15);
    this.markY = top + 16;
    this.mark = scene.add.graphics();
    const parts: Phaser.GameObjects.GameObject[] = [this.bg, label, value, detail, this.mark];
    if (o.level !== undefined) {
      const x = left + value.width + 10;
      const meter = new Meter(scene, { x, y: top + 24 + value.height / 2 - 5, w: Math.max(36, o.w / 2 - 12 - x), h: 10 }, o.meterColour);
      parts.push(meter.setLevel(o.level));
    }
    if (o.segments) {
      const g = scene.add.graphics();
      const barW = o.w - 24;
      let bx = left;
      const by = top + 24 + value.height + 1;
      for (const seg of o.segments) {
        g.fillStyle(seg.colour, 1).fillRect(bx, by, Math.max(0, seg.share * barW - 2), 10);
        bx += seg.share * barW;
      }
      parts.push(g);
    }
    this.addAt(parts, 1);
    twin.addEventListener('click', () => this.activate());
    this.redraw();
  }

  activate(): void {
    this.click();
    this.o.onOpen();
  }

  protected onClick(): void {
    this.activate();
  }

  protected redraw(): void {
    if (!this.bg) return;
    const lit = this.look.hovered || this.look.focused;
    const colour = lit ? COLOURS.borderHover : COLOURS.textMuted;
    this.bg.setStrokeStyle(1.5, lit ? COLOURS.borderHover : COLOURS.borderQuiet, 1);
    // an "i" in a ring, drawn (the bundled font has no ⓘ)
    const { markX: x, markY: y } = this;
    this.mark.clear().lineStyle(1.5, colour, 1).strokeCircle(x, y, 8).fillStyle(colour, 1).fillRect(x - 1, y - 1, 2, 6).fillCircle(x, y - 4, 1.3);
  }
}
