// A news feed: one line per item, each starting with a tag in words (STRIKE, OFFER…) so the kind of news
// does not rest on colour. Items are cut to the space available, newest first.
import Phaser from 'phaser';
import { COLOURS, TEXT, css } from '../layout';
import type { NewsItem, NewsKind } from '../views/news';
import { clampLines, fitText } from './fit-text';

export const NEWS_TAGS: Readonly<Record<NewsKind, { tag: string; colour: number }>> = {
  offer: { tag: 'OFFER', colour: COLOURS.employer },
  deal: { tag: 'DEAL', colour: COLOURS.good },
  strike: { tag: 'STRIKE', colour: COLOURS.strike },
  law: { tag: 'LAW', colour: COLOURS.union },
  statement: { tag: 'SAID', colour: COLOURS.textMuted },
  policy: { tag: 'POLICY', colour: COLOURS.employer },
  world: { tag: 'NEWS', colour: COLOURS.planned },
  end: { tag: 'END', colour: COLOURS.good },
  people: { tag: 'VOICES', colour: COLOURS.textMuted },
};

export interface NewsGroup {
  readonly heading: string;
  readonly items: readonly NewsItem[];
}

/** Draws groups of news from (x, y) down to y + h; returns how many items fitted. */
export function drawNews(scene: Phaser.Scene, x: number, y: number, w: number, h: number, groups: readonly NewsGroup[], empty: string): number {
  const tagW = 70;
  let cy = y;
  let shown = 0;
  if (groups.length === 0) {
    const text = scene.add.text(x, cy, empty, { ...TEXT.cell, fontSize: '17px', color: css(COLOURS.textMuted), wordWrap: { width: w }, lineSpacing: 3 });
    fitText(text, h, 15);
    // Still too tall at the smallest type: cut to the lines that fit, with an ellipsis (the mirror reads it all).
    if (text.height > h) {
      const lineH = text.height / Math.max(1, text.getWrappedText(empty).length);
      clampLines(text, empty, Math.max(1, Math.floor(h / lineH)));
    }
    return 0;
  }
  for (const group of groups) {
    const heading = scene.add.text(x, cy, group.heading, TEXT.label);
    let line = cy + 22;
    let fitted = 0;
    for (const item of group.items) {
      const kind = NEWS_TAGS[item.kind];
      const text = scene.add.text(x + tagW, line, '', { ...TEXT.cell, fontSize: '17px', wordWrap: { width: w - tagW }, maxLines: 2 });
      clampLines(text, item.brief ?? item.text); // the mirror reads each item whole
      if (line + text.height > y + h + 4) {
        text.destroy();
        break;
      }
      scene.add.text(x, line + 2, kind.tag, { ...TEXT.key, color: css(kind.colour) });
      line += text.height + 2;
      fitted += 1;
    }
    if (fitted === 0) {
      heading.destroy(); // no room for even one item under it
      break;
    }
    shown += fitted;
    cy = line + 6;
    if (fitted < group.items.length) break;
  }
  return shown;
}
