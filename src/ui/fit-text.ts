// Long scenario text on a fixed screen: shrink a Text's font, a pixel at a time, until it fits the height
// (down to a floor that stays legible). Larger text settings thus never push content off screen.
import type Phaser from 'phaser';

export function fitText(text: Phaser.GameObjects.Text, maxHeight: number, minPx: number): void {
  let px = parseInt(String(text.style.fontSize), 10);
  while (text.height > maxHeight && px > minPx) {
    px -= 1;
    text.setFontSize(px);
  }
}
