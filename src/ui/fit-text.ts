// The one rule for text on the canvas: every text fits the box it belongs to. It wraps inside the box; if it
// still cannot fit, it shrinks a pixel at a time to a legible floor (fitText), is shortened to whole lines
// with an ellipsis while the full text is reachable elsewhere (clampLines: the screen-reader mirror, a tooltip
// or a "more" control), or scrolls by whole lines (InfoPanel). Boxes are recorded here (markBox)
// so the browser tests can check every text against the box it sits in.
import type Phaser from 'phaser';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

type Owned = { readonly owner: Phaser.GameObjects.GameObject; readonly box: Box };
const boxes = new WeakMap<Phaser.Scene, Owned[]>();

export function fitText(text: Phaser.GameObjects.Text, maxHeight: number, minPx: number): void {
  let px = parseInt(String(text.style.fontSize), 10);
  while (text.height > maxHeight && px > minPx) {
    px -= 1;
    text.setFontSize(px);
  }
}

/** Records a card drawn by `owner` (a graphics or rectangle): texts placed inside it must stay inside it. */
export function markBox(owner: Phaser.GameObjects.GameObject, box: Box): void {
  const list = boxes.get(owner.scene) ?? [];
  boxes.set(owner.scene, [...list.filter((o) => o.owner.active), { owner, box }]);
}

/** The cards recorded on a scene whose owners are still on it. */
export function boxesOf(scene: Phaser.Scene): readonly Owned[] {
  return (boxes.get(scene) ?? []).filter((o) => o.owner.active);
}

/** Shrinks a one-line text to `maxWidth` (to `minPx` at the least), then cuts it with an ellipsis. Returns whether it cut. */
export function fitLine(text: Phaser.GameObjects.Text, maxWidth: number, minPx: number): boolean {
  const inkWidth = () => text.width - (text.padding.left ?? 0) - (text.padding.right ?? 0);
  let px = parseInt(String(text.style.fontSize), 10);
  while (inkWidth() > maxWidth && px > minPx) {
    px -= 1;
    text.setFontSize(px);
  }
  const full = text.text;
  let kept = full;
  while (inkWidth() > maxWidth && kept.length > 1) {
    kept = kept.slice(0, -1).trimEnd();
    text.setText(`${kept}…`);
  }
  return kept !== full;
}

/**
 * Wraps `full` to the text's wrap width and keeps at most `maxLines` lines (by default its style's maxLines); a cut ends in an ellipsis on a word
 * boundary. Returns whether it cut, so the caller can offer the rest (a mirror line, a "more" control).
 */
export function clampLines(text: Phaser.GameObjects.Text, full: string, maxLines = text.style.maxLines, more = ''): boolean {
  text.setText(full);
  const lines = text.getWrappedText(full);
  if (lines.length <= maxLines) return false;
  const kept = lines.slice(0, maxLines);
  // Words come off the end of the kept part, never off the pointer to the rest (`more`).
  let head = kept[maxLines - 1]!.trimEnd();
  // Phaser's own wrapping decides whether the last line fits, so the test is the one it applies.
  while (text.getWrappedText(`${head}…${more}`).length > 1 && head.includes(' ')) {
    head = head.slice(0, head.lastIndexOf(' ')).replace(/[\s,;:.—–-]+$/, '');
  }
  // Wrapped lines keep their trailing space, which would wrap again on its own: trim each.
  text.setText([...kept.slice(0, -1).map((line) => line.trimEnd()), `${head}…${more}`].join('\n'));
  return true;
}

/** Whether Phaser's own `maxLines` dropped lines without saying so (the tests treat that as a bug). */
export function silentlyCut(text: Phaser.GameObjects.Text): boolean {
  const max = text.style.maxLines;
  return max > 0 && text.text !== '' && text.getWrappedText(text.text).length > max;
}
