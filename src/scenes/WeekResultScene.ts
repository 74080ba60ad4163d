// What happened this week: the headlines one after another, the figures moving from last week's values,
// the strike days, and what the other side said. The whole report is read out; Enter goes back to the
// Table (or to the Debrief when the dispute has ended). Reduced motion shows it all at once.
import Phaser from 'phaser';
import { COLOURS, DESIGN, TEXT, css } from '../layout';
import { weekResultView, type Change, type WeekResultView } from '../views/week-result';
import { whyView } from '../views/opponent-why';
import { viewSide } from '../store/session';
import { Button } from '../ui/Button';
import { follow } from '../ui/damage';
import { InfoPanel } from '../ui/InfoPanel';
import { clampLines } from '../ui/fit-text';
import { Meter } from '../ui/Meter';
import { reducedMotion } from '../ui/motion';
import { revealInSteps, type RevealGroup, type Objects } from '../ui/reveal';
import { NEWS_TAGS } from '../ui/NewsList';
import { installShortcuts } from '../ui/shortcuts';
import { playSound } from '../ui/sound';
import { announce, mirrorGroup, mirrorList, mirrorRoot, mirrorSection, mirrorText } from '../ui/sr-mirror';
import { SCENE } from '../navigation/scene-keys';
import { screenToResume } from '../navigation/game-screens';
import { AppScreen } from './Screen';

const LEFT = { x: 72, w: 640 };
const RIGHT = { x: 772, w: 436 };

export class WeekResultScene extends AppScreen {
  create(): void {
    const session = this.store.getState().session;
    const view = session ? weekResultView(session, viewSide(session)) : null;
    if (!session || !view) return this.go(SCENE.title);
    this.begin(`${view.title}: what happened`, [view.dates]);
    const calm = reducedMotion();
    const reveal: RevealGroup[] = [];
    // What never moves: drawn as one image while the rest animates (see reveal()).
    const header: Objects = [
      this.add.text(LEFT.x, 40, view.title.toUpperCase(), { ...TEXT.label, letterSpacing: 1 } as Phaser.Types.GameObjects.Text.TextStyle),
      this.add.text(LEFT.x, 62, view.dates, { ...TEXT.heading, fontSize: '32px' }),
    ];

    // Headlines, after the quiet weeks a skip played through
    let y = 128;
    if (view.skipped) {
      const skipped = this.add.text(LEFT.x, 108, '', { ...TEXT.cell, color: css(COLOURS.textMuted), wordWrap: { width: LEFT.w }, maxLines: 2 });
      clampLines(skipped, view.skipped);
      header.push(skipped);
      y = 108 + skipped.height + 14;
    }
    const items = view.items.length ? view.items : [{ kind: 'world' as const, text: 'A quiet week: no offers, strikes or news.' }];
    // The other side's own words matter more than people's reactions in the news: those come after the quotes.
    const drawItem = (item: (typeof items)[number]): void => {
      const tag = NEWS_TAGS[item.kind];
      const text = this.add.text(LEFT.x + 84, y, '', { ...TEXT.body, wordWrap: { width: LEFT.w - 84 }, maxLines: 3 });
      clampLines(text, item.text); // the mirror lists each item whole
      const label = this.add.text(LEFT.x, y + 4, tag.tag, { ...TEXT.key, fontSize: '16px', color: css(tag.colour) });
      reveal.push({ objects: [text, label], graphics: [] });
      y += text.height + 14;
    };
    for (const item of items) if (item.kind !== 'people' && y <= 400) drawItem(item);
    const report = mirrorSection('Headlines');
    if (view.skipped) mirrorText(view.skipped, report);
    mirrorList(items.map((i) => i.text), report);

    // What the other side said
    for (const q of view.quotes.slice(0, 2)) {
      mirrorText(`${q.name} said: ${q.text}`, report);
      if (y > 420) continue; // no room on the canvas: the mirror and Why? (Y) still read it
      const quote = this.add.text(LEFT.x + 20, y + 6, '', { ...TEXT.cell, color: css(COLOURS.textMuted), wordWrap: { width: LEFT.w - 20 }, maxLines: 5 });
      clampLines(quote, `${q.name}: \u201c${q.text}\u201d`); // whole sentences unless very long; the mirror reads it whole
      const bar = this.add.graphics().fillStyle(COLOURS.textMuted, 1).fillRect(LEFT.x, y + 8, 4, quote.height - 4);
      reveal.push({ objects: [quote, bar], graphics: [{ x: LEFT.x, y: y + 8, w: 4, h: quote.height - 4 }] });
      y += quote.height + 16;
    }
    for (const item of items) if (item.kind === 'people' && y <= 400) drawItem(item);

    reveal.push(this.drawWeek(view.days, LEFT.x, 500));

    // Figures
    const figures = mirrorSection('How the figures moved');
    this.add.text(RIGHT.x, 128, 'HOW THE FIGURES MOVED', TEXT.label);
    view.changes.forEach((change, i) => this.drawChange(change, RIGHT.x, 160 + i * 86, calm, i));
    mirrorList(view.changes.map((c) => `${c.label}: ${c.before} to ${c.after} (${c.change}).`), figures);
    const strike = view.strikeDays > 0 ? `${view.strikeDays} strike day${view.strikeDays === 1 ? '' : 's'} this week.` : 'No strike days this week.';
    this.add.text(RIGHT.x, 160 + view.changes.length * 86, strike, { ...TEXT.figure, color: css(view.strikeDays > 0 ? COLOURS.strike : COLOURS.textMuted) });
    mirrorText(strike, figures);
    if (view.strikeDays > 0) playSound('strike');

    // Why? (Y): the reasoning behind the other side's words, in plain words with its numbers.
    const info = new InfoPanel(this, mirrorRoot());
    const why = () => info.open(whyView(session, viewSide(session)));
    const whyGroup = mirrorGroup('Their reasoning');
    const whyButton = new Button(this, { x: RIGHT.x + 150, y: 580, width: 300, height: 44, variant: 'row', label: 'Why? Their reasoning', keyHint: 'Y', name: 'Why? Their reasoning in plain words', mirror: whyGroup, onActivate: why });
    whyButton.twin.dataset.action = 'why';

    const nav = mirrorGroup('Continue');
    const label = view.over ? 'See the outcome' : 'Back to the table';
    const button = new Button(this, { x: DESIGN.width / 2, y: 668, width: 340, height: 56, label, variant: 'primary', keyHint: 'Enter', mirror: nav, onActivate: () => this.next() });
    installShortcuts(this, () => ({ Enter: () => this.next(), ' ': () => this.next(), Y: why }));

    announce(`${view.title}, ${view.dates}. ${view.skipped ? `${view.skipped} ` : ''}${items.map((i) => i.text).join(' ')} ${strike}`);
    button.twin.focus({ preventScroll: true });
    if (!calm) revealInSteps(this, reveal, [header, [whyButton], [button]]);
    this.settle();
  }

  /** The week's seven days, strike days filled and labelled (not colour alone). */
  private drawWeek(days: WeekResultView['days'], x: number, y: number): RevealGroup {
    const out: Objects = [this.add.text(x, y, 'THE WEEK, DAY BY DAY', TEXT.label)];
    const g = this.add.graphics();
    out.push(g);
    const w = 84;
    days.forEach((day, i) => {
      const bx = x + i * (w + 6);
      const [name, date] = [day.label.split(' ')[0]!, day.label.split(' ').slice(1).join(' ')];
      if (day.struck) g.fillStyle(COLOURS.strike, 1).fillRoundedRect(bx, y + 26, w, 70, 8);
      else g.lineStyle(1.5, COLOURS.border, 1).strokeRoundedRect(bx, y + 26, w, 70, 8);
      const colour = css(day.struck ? COLOURS.background : COLOURS.textMuted);
      // Name, date and the strike mark stacked by their measured heights (larger text takes more of the day's box).
      let ty = y + 30;
      for (const [line, style] of [[name, { ...TEXT.label, color: colour }], [date, { ...TEXT.small, fontSize: '16px', color: colour }], ...(day.struck ? [['STRIKE', { ...TEXT.key, color: colour }] as const] : [])] as const) {
        const text = this.add.text(bx + w / 2, ty, line, style).setOrigin(0.5, 0);
        out.push(text);
        ty += text.height - (text.padding.top ?? 0) - (text.padding.bottom ?? 0);
      }
    });
    return { objects: out, graphics: [{ x, y: y + 26, w: days.length * (w + 6) - 6, h: 70 }] };
  }

  /** A figure moving from last week's value to this week's: a bar for shares, the numbers for the rest. */
  private drawChange(change: Change, x: number, y: number, calm: boolean, i: number): void {
    this.add.text(x, y, change.label, { ...TEXT.figure, fontSize: '18px' });
    this.add.text(x + RIGHT.w, y, `${change.before} → ${change.after}`, TEXT.figure).setOrigin(1, 0);
    this.add.text(x + RIGHT.w, y + 26, change.change, { ...TEXT.small, fontSize: '16px' }).setOrigin(1, 0);
    if (!change.share) return; // counts and money: the numbers say it
    const w = RIGHT.w - 130;
    const meter = new Meter(this, { x, y: y + 32, w, h: 12 }, i === 0 ? COLOURS.support : COLOURS.oppose).setLevel(change.from);
    // A bar that would move less than half a pixel is set, not animated: its frames would all look the same.
    if (calm || Math.abs(change.to - change.from) * w < 0.5) meter.setLevel(change.to);
    else {
      const bar = { x: x - 1, y: y + 31, w: w + 2, h: 14 }; // the meter's box and a pixel around it
      this.time.delayedCall(300, () => follow(this, this.tweens.addCounter({ from: change.from, to: change.to, duration: 900, ease: 'Cubic.easeOut', onUpdate: (t) => meter.setLevel(t.getValue() ?? change.to) }), bar));
    }
  }

  private next(): void {
    const session = this.store.getState().session;
    this.go(session ? screenToResume(session) : SCENE.table);
  }
}
