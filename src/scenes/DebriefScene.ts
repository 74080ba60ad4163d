// The end of a dispute: the outcome, both scores, the terms in force, key figures from start to end and
// charts over time. (The full teaching debrief, with both sides' reservation points, is a later issue.)
import type { AppContext } from '../app-context';
import { COLOURS, DESIGN, TEXT, css } from '../layout';
import { debriefView } from '../store/report';
import { viewSide } from '../store/session';
import { Button } from '../ui/Button';
import { drawPanel, PANEL } from '../ui/panel';
import { installShortcuts } from '../ui/shortcuts';
import { playSound } from '../ui/sound';
import { announce, mirrorGroup, mirrorList, mirrorSection, mirrorText } from '../ui/sr-mirror';
import { Sparkline } from '../ui/Sparkline';
import { SCENE } from './keys';
import { Screen } from './Screen';

export class DebriefScene extends Screen {
  constructor(context: AppContext) {
    super(SCENE.debrief, context);
  }

  create(): void {
    const session = this.store.getState().session;
    const side = session ? viewSide(session) : 'bma';
    const view = session ? debriefView(session, side) : null;
    if (!session || !view) return this.go(SCENE.title);
    const sc = session.scenario;
    const opp = side === 'bma' ? 'gov' : 'bma';
    this.begin(`The outcome: ${view.headline}`, [view.explanation]);

    this.add.text(64, 34, 'THE OUTCOME', TEXT.label);
    this.add.text(64, 54, view.headline, TEXT.heading);
    this.add.text(64, 100, view.explanation, { ...TEXT.body, wordWrap: { width: 760 } });

    // Scores
    const score = (x: number, who: string, value: number, colour: number) => {
      this.add.text(x, 40, who.toUpperCase(), { ...TEXT.label, color: css(colour) }).setOrigin(0.5, 0);
      this.add.text(x, 60, String(value), { ...TEXT.title, fontSize: '64px' }).setOrigin(0.5, 0);
      this.add.text(x, 132, 'of 100', TEXT.small).setOrigin(0.5, 0);
    };
    score(960, `You (${sc.sides[side].shortName})`, view.yourScore, side === 'bma' ? COLOURS.bma : COLOURS.gov);
    score(1150, sc.sides[opp].shortName, view.theirScore, opp === 'bma' ? COLOURS.bma : COLOURS.gov);
    const scores = mirrorSection('Scores');
    mirrorText(`Your score: ${view.yourScore} of 100. ${sc.sides[opp].shortName}: ${view.theirScore} of 100.`, scores);

    // Terms and figures
    let y = drawPanel(this, 48, 180, 560, 210, 'Terms in force');
    for (const t of view.terms) {
      this.add.text(64, y, t.label, { ...TEXT.cell, wordWrap: { width: 330 } });
      this.add.text(592, y, t.before === t.value ? t.value : `${t.before} → ${t.value}`, TEXT.figure).setOrigin(1, 0);
      y += 38;
    }
    mirrorList(view.terms.map((t) => `${t.label}: ${t.value} (was ${t.before})`), mirrorSection('Terms in force'));
    y = drawPanel(this, 48, 400, 560, 250, 'From start to end');
    for (const f of view.figures) {
      this.add.text(64, y, f.label, TEXT.cell);
      this.add.text(592, y, `${f.start} → ${f.end}`, TEXT.figure).setOrigin(1, 0);
      y += 34;
    }
    mirrorList(view.figures.map((f) => `${f.label}: ${f.start} at the start, ${f.end} at the end.`), mirrorSection('From start to end'));

    // Charts
    const top = drawPanel(this, 624, 180, 608, 470, 'Over the dispute');
    new Sparkline(this, {
      x: 624 + PANEL.pad, y: top, w: 608 - 2 * PANEL.pad, h: 200, title: 'PUBLIC OPINION BY WEEK:  SUPPORT ●  OPPOSE ■  STRIKE DAYS ▮',
      series: [
        { label: 'Support', values: view.charts.support, colour: COLOURS.support, marker: 'circle', format: (v) => `${Math.round(v)}%` },
        { label: 'Oppose', values: view.charts.oppose, colour: COLOURS.oppose, marker: 'square', format: (v) => `${Math.round(v)}%` },
      ],
      bars: view.charts.strikeDays, min: 0, max: 60, minSpan: 1,
    });
    new Sparkline(this, {
      x: 624 + PANEL.pad, y: top + 216, w: 608 - 2 * PANEL.pad, h: 200, title: 'WAITING LIST BY WEEK (MILLIONS)',
      series: [{ label: 'Waiting list', values: view.charts.waitingList, colour: COLOURS.text, marker: 'circle', format: (v) => `${v.toFixed(2)}m` }],
      minSpan: 1,
    });

    const nav = mirrorGroup('What next');
    const cx = DESIGN.width / 2;
    new Button(this, { x: cx - 290, y: 684, width: 270, height: 50, label: 'Play again, same seed', variant: 'row', mirror: nav, onActivate: () => this.again() });
    new Button(this, { x: cx, y: 684, width: 270, height: 50, label: 'New game', variant: 'primary', mirror: nav, onActivate: () => this.go(SCENE.setup) });
    new Button(this, { x: cx + 290, y: 684, width: 270, height: 50, label: 'Title screen', variant: 'row', keyHint: 'Esc', mirror: nav, onActivate: () => this.go(SCENE.title) });
    installShortcuts(this, () => ({ Escape: () => this.go(SCENE.title) }));
    if (session.state.outcome?.kind === 'deal') playSound('deal');
    announce(`${view.headline}. ${view.explanation} Your score: ${view.yourScore} of 100.`);
    this.settle();
  }

  private again(): void {
    this.store.getState().restart();
    this.go(SCENE.briefing);
  }
}
