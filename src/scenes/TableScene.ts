// The Table: the main screen of a week. A header (week, sides, End week, menu), the dispute's figures, the
// terms and offer builder, the side's moves, the other side's words and the news. A view over the store:
// panels read view models (src/views) and every move goes through dispatch.
import Phaser from 'phaser';
import { theSide, type ActionType } from '../sim/index';
import { COLOURS, DESIGN, TABLE, TEXT, css } from '../layout';
import { actionFromPlan } from '../store/plan';
import { actionKey, actionsView, describeAction } from '../views/moves';
import { headerView } from '../views/table-header';
import { termsView } from '../views/terms';
import { gameParOf, parHeader } from '../views/par';
import { isHotSeat } from '../store/hot-seat';
import { undoTarget, viewSide } from '../store/session';
import { Button } from '../ui/Button';
import { InfoPanel } from '../ui/InfoPanel';
import { installShortcuts } from '../ui/shortcuts';
import { playSound } from '../ui/sound';
import { announce, mirrorGroup, mirrorRoot, mirrorSection } from '../ui/sr-mirror';
import { screenToStart } from '../navigation/game-screens';
import { SCENE } from '../navigation/scene-keys';
import { AppScreen } from './Screen';
import type { TableContext } from './table/context';
import { buildDispute } from './table/DisputePanel';
import { buildCoach } from './table/CoachPanel';
import { buildLatest } from './table/LatestPanel';
import { openWhy } from './table/GapPanel';
import { MovesPanel } from './table/MovesPanel';
import { NegotiationPanel } from './table/NegotiationPanel';

const SHORTCUTS = [
  'Tab / Shift+Tab: move between controls',
  'Enter or Space: choose',
  'Left / Right arrows: change a level',
  'E: end the week',
  'K: skip ahead: end quiet weeks until something happens (an offer, a strike, a vote, a ballot, news, the mandate near its end)',
  'P: propose your next offer',
  'A, M, R: accept, put to a vote, reject their offer',
  'S, X, B: call a strike, call strikes off, open a ballot (the union)',
  'I, L, F: impose terms, keep the service running, fund catch-up (the employer)',
  'T: make a statement',
  'O: all offers so far',
  'Y: why? the other side\u2019s reasoning, in plain words, and the gap between the sides',
  '?: how to play (the Table\u2019s parts, the units)',
  'U: undo the last week (practice mode)',
  'Esc: menu',
];

export class TableScene extends AppScreen {
  private moves!: MovesPanel;
  private negotiation!: NegotiationPanel;
  private info!: InfoPanel;
  private ctx!: TableContext;

  create(): void {
    const session = this.store.getState().session;
    if (!session) return this.go(SCENE.title);
    if (session.state.outcome) return this.go(SCENE.debrief);
    const side = viewSide(session);
    const header = headerView(session, side);
    const par = parHeader(gameParOf(this.store.getState().pars, session.state), side, session.state);
    this.begin(`${header.week}: ${header.dates}`, [`You are ${theSide(session.scenario.vocabulary, side)}. Opponent: ${header.opponent}.${header.practice ? ' Practice mode.' : ''}${par ? ` ${par.name}.` : ''}`]);
    this.info = new InfoPanel(this, mirrorRoot());

    // Mirror sections first, in the order a keyboard or screen-reader user meets them.
    const dispute = mirrorSection('The dispute');
    const terms = mirrorSection('The terms');
    const moves = mirrorSection('Your moves this week');
    const week = mirrorGroup('The week');
    const quote = mirrorSection('What they said');
    const news = mirrorSection('News');
    const menu = mirrorGroup('Menu');

    const ctx: TableContext = {
      scene: this,
      store: this.store,
      side,
      info: this.info,
      act: (type) => this.act(type),
      say: (text, warn) => this.say(text, warn),
    };
    this.ctx = ctx;
    this.drawHeader(header, week, menu);
    buildDispute(ctx, dispute);
    this.negotiation = new NegotiationPanel(ctx, terms);
    this.moves = new MovesPanel(ctx, moves);
    buildLatest(ctx, quote, news);
    buildCoach(ctx, () => this.negotiation.valueCells()); // a scenario's teaching prompt, over the news

    const rejection = session.rejection;
    this.say(rejection ? rejection.message : 'Choose moves, then end the week.', Boolean(rejection), false);

    const unsubscribe = this.store.subscribe((now, before) => {
      if (!now.session || now.session === before.session && now.plan === before.plan) return;
      // A class game: the week resolves on the server when the other side ends its turn too.
      if (now.remote && now.session.resolved && now.session.lastWeek !== before.session?.lastWeek) {
        playSound('week');
        return this.go(SCENE.weekResult);
      }
      this.negotiation.refresh();
      this.moves.refresh();
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
    installShortcuts(this, () => this.shortcuts());
    this.settle();
  }

  private drawHeader(header: ReturnType<typeof headerView>, week: HTMLElement, menu: HTMLElement): void {
    const g = this.add.graphics();
    g.fillStyle(COLOURS.panel, 1).fillRect(0, 0, DESIGN.width, TABLE.headerH);
    const sideColour = header.side === 'union' ? COLOURS.union : COLOURS.employer;
    g.fillStyle(sideColour, 1).fillRect(0, TABLE.headerH - 3, DESIGN.width, 3);
    const weekText = this.add.text(20, 6, header.week, { ...TEXT.value, fontSize: '24px' });
    this.add.text(20, 32, header.dates, { ...TEXT.small, fontSize: '16px' });
    const you = this.add.text(300, 8, `You: ${header.sideName}${header.practice ? '  ·  practice' : ''}`, { ...TEXT.side, fontSize: '19px', color: css(sideColour) });
    const vs = this.add.text(300, 32, `vs ${header.opponent}`, { ...TEXT.small, fontSize: '16px' });

    // Right to left: End the week, Skip ahead (one player), Menu, Keys, and in practice Undo.
    const session = this.store.getState().session!;
    const y = TABLE.headerH / 2 - 1;
    let right = DESIGN.width - 16;
    const place = (width: number) => {
      const x = right - width / 2;
      right -= width + 8;
      return x;
    };
    new Button(this, { x: place(192), y, width: 192, height: 42, variant: 'primary', label: 'End the week', keyHint: 'E', mirror: week, onActivate: () => this.act('endTurn') }).twin.dataset.action = 'endTurn';
    if (!isHotSeat(session.setup)) {
      new Button(this, {
        x: place(156), y, width: 156, height: 42, variant: 'row', label: 'Skip ahead', name: 'Skip to next event: end quiet weeks until something happens', keyHint: 'K',
        mirror: week, onActivate: () => this.skip(),
      }).twin.dataset.action = 'skip';
    }
    new Button(this, { x: place(120), y, width: 120, height: 42, variant: 'row', label: 'Menu', keyHint: 'Esc', mirror: menu, onActivate: () => this.openMenu() });
    new Button(this, { x: place(92), y, width: 92, height: 42, variant: 'row', label: 'Keys', name: 'Keyboard shortcuts', keyHint: 'H', mirror: menu, onActivate: () => this.showHelp() });
    if (header.practice) {
      new Button(this, {
        x: place(100), y, width: 100, height: 42, variant: 'row', label: 'Undo', name: 'Undo last week', keyHint: 'U',
        enabled: undoTarget(session) !== null, mirror: menu, onActivate: () => this.undo(), onBlocked: () => this.say('There is no week to undo yet.', true),
      });
    }
    // The sides' names give way to the buttons: shortened with an ellipsis (the mirror's intro says them in full).
    for (const line of [you, vs]) {
      const room = right - 300;
      let text = line.text;
      while (line.width > room && text.length > 4) {
        text = text.slice(0, -2);
        line.setText(`${text.trimEnd()}\u2026`);
      }
    }
    // Par: beside the week's number (there is room there whatever the sides' names), else in the gap before the buttons.
    const besideWeek = { left: 20 + weekText.width + 12, right: 292, y: 6 + weekText.height / 2, height: Math.max(24, weekText.height - 2) };
    const gap = { left: 300 + Math.max(you.width, vs.width) + 16, right, y, height: 42 };
    this.drawPar(besideWeek.right - besideWeek.left >= 88 ? besideWeek : gap, week);
  }

  /**
   * Par for the side on screen, as a button in the header's gap (it opens what par means); "Par: computing…"
   * until a scenario of the player's own has its par. Shortened to fit the gap the header leaves.
   */
  private drawPar(place: { left: number; right: number; y: number; height: number }, mirror: HTMLElement): void {
    const { left, right, y, height } = place;
    const parNow = () => {
      const { session, pars } = this.store.getState();
      return session ? parHeader(gameParOf(pars, session.state), viewSide(session), session.state) : null;
    };
    let par = parNow();
    if (!par) return;
    const width = Math.min(par.label.length > 10 ? 176 : 112, right - left);
    if (width < 80) return; // no room (the header's own text is long): the mirror's intro still says it
    const fits = (label: string) => (width >= 150 ? label : label.replace(/: computing\u2026$/, ' \u2026'));
    const button = new Button(this, {
      x: left + width / 2, y, width, height, variant: 'row', compact: true, label: fits(par.label), name: par.name,
      mirror, onActivate: () => par && this.info.open({ title: par.title, paragraphs: par.paragraphs }),
    });
    const unsubscribe = this.store.subscribe((now, before) => {
      if (now.pars === before.pars) return;
      par = parNow();
      if (par) {
        button.setLabel(fits(par.label), par.name);
        announce(par.name);
      }
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
  }

  private shortcuts(): Record<string, () => void> {
    const keys: Record<string, () => void> = {
      Escape: () => this.openMenu(),
      O: () => this.negotiation.showHistory(),
      Y: () => openWhy(this.ctx),
      U: () => this.undo(),
      K: () => this.skip(),
      H: () => this.showHelp(),
      '?': () => this.go(SCENE.howToPlay, { back: SCENE.table }),
    };
    const session = this.store.getState().session;
    if (!session) return keys;
    for (const action of actionsView(session, viewSide(session))) {
      keys[actionKey(action.type)] = () => {
        const button = document.querySelector<HTMLButtonElement>(`#sr-mirror [data-action="${action.type}"]`);
        if (button) button.click(); // the same path as a click: withdraw a queued move, or say why not
        else this.act(action.type);
      };
    }
    return keys;
  }

  /** Queues a move (or withdraws it when already queued); ending the week plays it out. */
  private act(type: ActionType, confirmed = false): void {
    const store = this.store.getState();
    const session = store.session;
    if (!session || session.state.outcome) return;
    const side = viewSide(session);
    const view = actionsView(session, side).find((a) => a.type === type);
    if (view && view.queuedIndex !== null && store.remote && session.state.turn[side].ended) return this.say('You have ended your turn this week, so your moves are final.', true);
    if (view && view.queuedIndex !== null) {
      store.withdraw(view.queuedIndex);
      this.say(`Withdrawn: ${describeAction(session.log[view.queuedIndex]!, session.scenario.vocabulary.currency)}.`);
      return;
    }
    if ((type === 'accept' || type === 'putToMembers') && view?.available && !confirmed) {
      const terms = termsView(session, side, store.plan);
      if (terms.theirAboveWalkAway === false) return this.confirmAgainstInterest(type, terms.theirValue, terms.walkAway);
    }
    const action = actionFromPlan(session.state, side, store.plan, type);
    const rejection = store.dispatch(action);
    if (rejection) return this.say(rejection.message, true);
    if (type !== 'endTurn') return this.say(`Queued: ${describeAction(action, session.scenario.vocabulary.currency)}. It happens when the week is played.`);
    if (store.remote) return this.say('Week ended. Waiting for the other side to end theirs\u2026');
    if (this.store.getState().session!.resolved) {
      playSound('week');
      this.go(SCENE.weekResult);
    } else {
      this.go(SCENE.pass); // both sides human: hand the device to the other side
    }
  }

  /** Asks once before the player sends terms worth less to them than their walk-away to members. Enter confirms, Esc cancels. */
  private confirmAgainstInterest(type: 'accept' | 'putToMembers', value: string, walkAway: string): void {
    const side = viewSide(this.store.getState().session!);
    const verb = type === 'accept' ? 'Accept' : 'Put to a vote';
    const why =
      side === 'union'
        ? 'Terms below your walk-away are worth less to your members than holding out: they would likely vote them down.'
        : 'By your own estimate, holding out is worth more to you than these terms.';
    this.info.open({
      title: type === 'accept' ? 'Accept terms below your walk-away?' : 'Put terms below your walk-away to a vote?',
      paragraphs: [`Their offer is worth ${value} to you; your walk-away is ${walkAway}. ${why}`],
      choices: [{ label: `${verb} anyway`, detail: 'Enter', onActivate: () => this.act(type, true) }],
      closeLabel: 'Cancel',
    });
    announce(`Their offer is worth ${value} to you, below your walk-away of ${walkAway}. ${verb} anyway? Enter confirms, Escape cancels.`);
  }

  /** Ends quiet weeks, with no new moves, until something happens or a decision is due; then shows that week. */
  private skip(): void {
    const store = this.store.getState();
    const session = store.session;
    if (!session || session.state.outcome || isHotSeat(session.setup)) return this.say('Skipping weeks is for a game with one player.', true);
    const rejection = store.skipQuiet();
    if (rejection) return this.say(rejection.message, true);
    playSound('week');
    this.go(SCENE.weekResult);
  }

  private undo(): void {
    const session = this.store.getState().session;
    if (!session || session.setup.mode !== 'practice') return this.say('Undo is only for practice games.', true);
    if (!this.store.getState().undoWeek()) return this.say('There is no week to undo yet.', true);
    announce('The last week was undone.');
    if (isHotSeat(session.setup)) this.go(SCENE.pass);
    else this.scene.restart();
  }

  private say(text: string, warn = false, speak = true): void {
    this.moves.setStatus(text, warn);
    if (speak) announce(text);
  }

  private openMenu(): void {
    const session = this.store.getState().session!;
    this.info.open({
      title: 'Menu',
      paragraphs: [`Seed ${session.setup.seed}, ${session.setup.mode} mode. The game is saved after every move.`],
      choices: [
        { label: 'How to play', detail: 'The Table\u2019s parts and units  ·  ?', onActivate: () => this.go(SCENE.howToPlay, { back: SCENE.table }) },
        { label: 'Keyboard shortcuts', onActivate: () => this.showHelp() },
        { label: 'Restart with the same seed', detail: 'Back to week 1: same scenario, sides and luck', onActivate: () => this.restart() },
        { label: 'Settings', detail: 'Text size, sound, motion', onActivate: () => this.go(SCENE.settings, { back: SCENE.table }) },
        { label: 'Save and quit to the title', onActivate: () => this.go(SCENE.title) },
      ],
      closeLabel: 'Back to the table',
    });
  }

  private restart(): void {
    this.store.getState().restart();
    this.go(screenToStart(this.store.getState().session?.setup)); // hot-seat: hand over first
  }

  private showHelp(): void {
    this.info.open({ title: 'Keyboard shortcuts', paragraphs: [SHORTCUTS.join('\n')] });
  }
}
