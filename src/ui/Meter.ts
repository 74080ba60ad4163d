// A horizontal meter: a track, a fill to `level` (0..1) and tick marks at the quarters, so the reading does
// not depend on colour. The figure itself is always printed beside it.
import Phaser from 'phaser';
import { COLOURS } from '../layout';

export class Meter extends Phaser.GameObjects.Graphics {
  constructor(scene: Phaser.Scene, private readonly box: { x: number; y: number; w: number; h: number }, private colour: number = COLOURS.accent) {
    super(scene);
    scene.add.existing(this);
  }

  setLevel(level: number, colour = this.colour): this {
    const { x, y, w, h } = this.box;
    const fill = Math.max(0, Math.min(1, level)) * w;
    this.clear();
    this.fillStyle(COLOURS.background, 1).fillRoundedRect(x, y, w, h, h / 2);
    if (fill > 0) this.fillStyle(colour, 1).fillRoundedRect(x, y, Math.max(h, fill), h, h / 2);
    this.fillStyle(COLOURS.panel, 1);
    for (const q of [0.25, 0.5, 0.75]) this.fillRect(x + q * w - 1, y, 2, h);
    return this;
  }
}
