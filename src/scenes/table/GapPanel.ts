// The Table's gap: a gauge of how far apart the sides' public positions are (points of value to you), the other
// side's line when no deal is in reach at them, and the "Why?" button (key Y) that opens the reasoning behind its
// words in plain words. Drawn under their words; the mirror carries the same text.
import { COLOURS, TEXT, css } from '../../layout';
import { gapView } from '../../views/gap';
import { whyView } from '../../views/opponent-why';
import { Button } from '../../ui/Button';
import { drawGapGauge, GAP_GLYPHS } from '../../ui/GapGauge';
import { mirrorGroup, mirrorText } from '../../ui/sr-mirror';
import { otherSide } from '../../sim/index';
import type { TableContext } from './context';

/** Opens "Why?": the other side's reasoning last week, in plain words. */
export function openWhy(ctx: TableContext): void {
  const session = ctx.store.getState().session;
  if (session) ctx.info.open(whyView(session, ctx.side));
}

/** Draws the gap from `y` across `inner`; returns the y below it. */
export function buildGap(ctx: TableContext, inner: { x: number; w: number }, y: number, mirror: HTMLElement): number {
  const { scene, store, side } = ctx;
  const session = store.getState().session!;
  const gap = gapView(session, side);
  const buttonW = 104;
  const controls = mirrorGroup('The gap', mirror);
  new Button(scene, {
    x: inner.x + inner.w - buttonW / 2, y: y + 13, width: buttonW, height: 28, variant: 'row', compact: true, label: 'Why?', keyHint: 'Y',
    name: 'Why? Their reasoning in plain words', mirror: controls, onActivate: () => openWhy(ctx),
  }).twin.dataset.action = 'why';
  if (!gap) {
    const text = 'Members are voting: the gap returns when the vote is counted.';
    scene.add.text(inner.x, y + 4, text, { ...TEXT.small, fontSize: '16px', wordWrap: { width: inner.w - buttonW - 12 }, maxLines: 2 });
    mirrorText(text, mirror);
    return y + 40;
  }
  scene.add.text(inner.x, y + 5, 'THE GAP', { ...TEXT.label, fontSize: '15px' });
  scene.add.text(inner.x + 78, y + 2, gap.label, { ...TEXT.figure, fontSize: '18px' }).setName('gap-label');
  // The gauge and its legend: shapes name the marks (not colour alone), and the legend prints each figure.
  const gaugeW = 150;
  drawGapGauge(scene, { x: inner.x + 6, y: y + 35, w: gaugeW, h: 10 }, gap);
  const legend = `${GAP_GLYPHS.theirs} ${gap.marks.theirs} ${gap.theirs}   ${GAP_GLYPHS.yours} ${gap.marks.yours} ${gap.yours}   ${GAP_GLYPHS.walkAway} ${gap.marks.walkAway} ${gap.walkAway}`;
  scene.add.text(inner.x + gaugeW + 20, y + 30, legend, { ...TEXT.small, fontSize: '15px' });
  // No deal in reach: the other side says so in its own words, marked with its colour bar like its quote above.
  const words = gap.note;
  const note = scene.add.text(inner.x + (gap.line ? 16 : 0), y + 52, words, {
    ...TEXT.cell, fontSize: '16px', color: css(gap.line ? COLOURS.text : COLOURS.textMuted), wordWrap: { width: inner.w - (gap.line ? 16 : 0) }, maxLines: 2,
  });
  if (gap.line) scene.add.graphics().fillStyle(COLOURS[otherSide(side)], 1).fillRect(inner.x, y + 54, 4, note.height - 4);
  mirrorText(gap.sentence, mirror);
  return y + 52 + note.height + 6;
}
