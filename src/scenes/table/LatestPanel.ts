// The middle column's foot: what the other side said last week, then the news of recent weeks.
import { COLOURS, TABLE, TEXT, css } from '../../layout';
import { newsFeed, opponentView } from '../../views/latest-news';
import { clampLines } from '../../ui/fit-text';
import { drawNews } from '../../ui/NewsList';
import { drawPanel, PANEL } from '../../ui/panel';
import { mirrorList, mirrorSection, mirrorText } from '../../ui/sr-mirror';
import { otherSide } from '../../sim/index';
import type { TableContext } from './context';
import { buildGap } from './GapPanel';

export function buildLatest(ctx: TableContext, quoteSection: HTMLElement, newsSection: HTMLElement): void {
  const { scene, store, side } = ctx;
  const session = store.getState().session!;
  const { x, w, negotiationH } = TABLE.mid;
  const top = TABLE.top + negotiationH + TABLE.gap;
  let y = drawPanel(scene, x, top, w, TABLE.bottom - top, 'Their words, and the news');
  const inner = { x: x + PANEL.pad, w: w - 2 * PANEL.pad };

  const said = opponentView(session, side);
  const colour = COLOURS[otherSide(side)];
  const words = said.said ? `${said.name}: \u201c${said.text}\u201d` : said.text;
  const quote = scene.add.text(inner.x + 16, y, '', { ...TEXT.cell, fontSize: '17px', color: css(said.said ? COLOURS.text : COLOURS.textMuted), wordWrap: { width: inner.w - 16 }, maxLines: 2 });
  // Two lines at most: a cut ends in an ellipsis, Why? (Y) reads it all, and so does the mirror.
  clampLines(quote, words, 2, ' (Y: all)');
  scene.add.graphics().fillStyle(colour, 1).fillRect(inner.x, y + 2, 4, quote.height - 4);
  mirrorText(said.said ? `${said.name}: ${said.text}` : said.text, quoteSection);
  y += quote.height + 10;
  y = buildGap(ctx, inner, y, quoteSection);

  const feed = newsFeed(session);
  // Before the first week there is no news: the scenario's own summary sets the scene instead.
  const story = `THE STORY SO FAR\n${session.scenario.summary}`;
  drawNews(scene, inner.x, y, inner.w, TABLE.bottom - PANEL.pad / 2 - y, feed.map((f) => ({ heading: f.week.toUpperCase(), items: f.items })), story);
  if (feed.length === 0) mirrorText(session.scenario.summary, newsSection);
  for (const week of feed) {
    const sub = mirrorSection(week.week, newsSection);
    sub.querySelector('h2')?.replaceWith(Object.assign(document.createElement('h3'), { textContent: week.week }));
    mirrorList(week.items.map((i) => i.text), sub);
  }
}
