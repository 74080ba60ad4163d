// Word wrap that may also break after a hyphen ("exception-" / "reporting"), for labels in narrow columns
// where Phaser's own wrap would leave a long hyphenated word sticking out.
import { FONT_FAMILY } from '../layout';

let context: CanvasRenderingContext2D | null = null;

/** Lines of `text` no wider than `width` in the given font ("bold 16px"), joined with newlines. */
export function wrapHyphenated(text: string, font: string, width: number): string {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text;
  context.font = `${font} ${FONT_FAMILY}`;
  const pieces = text.split(/(?<=[-\s])/); // keep the hyphen or space at the end of its piece
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const next = line + piece;
    if (line && context.measureText(next.trimEnd()).width > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.join('\n');
}
