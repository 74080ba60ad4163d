// The right column: the side's moves for the week (unavailable ones greyed with a short reason; choosing
// one says the full reason), the parameters of those that need them (a strike's dates, a statement's
// tone…), a status line, and the strike calendar. Updated in place when the queue changes (rebuilt when the
// moves themselves change); keeps the focus.
import Phaser from 'phaser';
import type { ActionType } from '../../sim/index';
import { COLOURS, TABLE, TEXT, css } from '../../layout';
import { planControls, type PlanControls } from '../../views/move-settings';
import { actionsView, type ActionView } from '../../views/moves';
import { strikeCalendar } from '../../views/strike-calendar';
import { Button } from '../../ui/Button';
import { drawPanel, PANEL } from '../../ui/panel';
import { mirrorGroup, mirrorText } from '../../ui/sr-mirror';
import { Stepper } from '../../ui/Stepper';
import { clampLines } from '../../ui/fit-text';
import { recolour } from '../../ui/recolour';
import { StrikeCalendar, drawCalendarLegend } from '../../ui/StrikeCalendar';
import type { TableContext } from './context';
import { ANSWERS, ELSEWHERE, hasParams, paramsKey, rowsShape, showSteppers, type Row } from './move-rows';

const SHORT_LABELS: Partial<Record<ActionType, string>> = { accept: 'Accept', putToMembers: 'Put to vote', reject: 'Reject' };
const CALENDAR_WEEKS = 4;
/** Height of the members' vote steppers under the answers. */
const VOTE_H = 32;
/** A move's row when the side has too many moves for full-height rows above the status line. */
const COMPACT_ROW_H = 40;

export class MovesPanel {
  private objects: Phaser.GameObjects.GameObject[] = [];
  private readonly group: HTMLElement;
  private readonly statusNode: HTMLParagraphElement;
  private readonly calendarNode: HTMLParagraphElement;
  private status: Phaser.GameObjects.Text;
  /** The status line's whole text (shown cut to the lines that fit) and the height of one of its lines. */
  private statusText = '';
  private readonly statusLineH: number;
  private readonly calendar: StrikeCalendar;
  private readonly inner: { x: number; w: number };
  private readonly calendarTop: number;
  private readonly statusTop: number;
  private lastQueue = '';
  /** The rows' shape when they were built (see `shapeOf`). */
  private lastShape = '';
  private readonly rows = new Map<ActionType, Row>();
  private rowsTop = 0;
  private readonly answerButtons = new Map<ActionType, Button>();
  private answerLine: Phaser.GameObjects.Text | null = null;
  private voteSteppers: Stepper[] = [];
  /** Each plan stepper with where the plan puts it, so a change shows at once (and is read out) without a rebuild. */
  private planSteppers: { stepper: Stepper; index: (controls: PlanControls) => number }[] = [];

  constructor(private readonly ctx: TableContext, section: HTMLElement) {
    const { scene } = ctx;
    const { x, w } = TABLE.right;
    drawPanel(scene, x, TABLE.top, w, TABLE.bottom - TABLE.top, 'Your moves this week');
    this.inner = { x: x + PANEL.pad, w: w - 2 * PANEL.pad };
    this.group = mirrorGroup('Your moves this week', section);
    this.calendarTop = TABLE.bottom - 24 - 20 - CALENDAR_WEEKS * 24 - 30;
    this.statusTop = this.calendarTop - 58;
    this.status = scene.add.text(this.inner.x, this.statusTop, 'Ag', { ...TEXT.small, wordWrap: { width: this.inner.w }, maxLines: 3 });
    this.statusLineH = this.status.height - (this.status.padding.top ?? 0) - (this.status.padding.bottom ?? 0); // grows with the text size
    this.status.setText('');
    this.statusNode = mirrorText('', section);
    scene.add.text(this.inner.x, this.calendarTop, 'STRIKE CALENDAR', { ...TEXT.label, letterSpacing: 1 } as Phaser.Types.GameObjects.Text.TextStyle);
    drawCalendarLegend(scene, this.inner.x, TABLE.bottom - 26);
    this.calendar = new StrikeCalendar(scene, this.inner.x, this.calendarTop + 24, this.inner.w, CALENDAR_WEEKS);
    this.calendarNode = mirrorText('', section);
    this.rebuild();
  }

  /** Shows a line in the status area (not read out here: the scene announces it). */
  setStatus(text: string, warn = false): void {
    this.statusText = text;
    clampLines(this.status, text); // the whole of it is announced and in the mirror
    this.status.setColor(css(warn ? COLOURS.planned : COLOURS.textMuted));
    this.statusNode.textContent = text;
  }

  /** After a store change: rebuild the rows if the queue or the availability changed, else just the plan's parts. */
  refresh(): void {
    const session = this.ctx.store.getState().session!;
    const key = JSON.stringify(actionsView(session, this.ctx.side).map((a) => [a.available, a.queuedIndex, a.short]));
    if (key === this.lastQueue) return this.refreshPlan();
    if (this.shapeOf() === this.lastShape) this.restyle();
    else this.rebuild();
  }

  /** The rows' shape now (see rowsShape): while it holds, a change of the queue updates the rows in place. */
  private shapeOf(): string {
    const { store, side } = this.ctx;
    const session = store.getState().session!;
    return rowsShape(actionsView(session, side), planControls(session.state, side, store.getState().plan));
  }

  /** The same rows, marked and locked afresh for the queue now; moved, and their steppers made or dropped, as it needs. */
  private restyle(): void {
    const { store, side } = this.ctx;
    const session = store.getState().session!;
    const all = actionsView(session, side);
    const controls = planControls(session.state, side, store.getState().plan);
    const actions = all.filter((a) => !ELSEWHERE.includes(a.type) && !ANSWERS.includes(a.type));
    const rowH = this.fits(actions, controls, this.rowsTop, TABLE.rowH) ? TABLE.rowH : COMPACT_ROW_H;
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.action;
    this.lastQueue = JSON.stringify(all.map((a) => [a.available, a.queuedIndex, a.short]));
    for (const action of all) {
      const answer = this.answerButtons.get(action.type);
      if (answer) this.decorateAnswer(answer, action);
    }
    const answers = all.filter((a) => ANSWERS.includes(a.type));
    const queued = answers.some((a) => a.queuedIndex !== null);
    for (const stepper of this.voteSteppers) stepper.update({ enabled: !queued });
    if (this.answerLine) {
      const before = this.answerLine.height;
      recolour(this.answerLine.setText(this.answerText(answers)), queued ? COLOURS.good : COLOURS.textMuted);
      if (this.answerLine.height !== before) return this.rebuild(); // it wraps to more or fewer lines: the rows below move
    }

    const cx = this.inner.x + this.inner.w / 2;
    let y = this.rowsTop;
    actions.forEach((action, i) => {
      const row = this.rows.get(action.type)!;
      row.holder.setY(y + rowH / 2 - row.madeAt);
      row.button.setHeight(rowH);
      this.decorate(row.button, action);
      y += rowH + 4;
      const key = paramsKey(action.type, controls);
      const next = actions[i + 1] && this.rows.get(actions[i + 1]!.type)?.button.twin;
      if (key !== row.paramsKey) this.swapSteppers(row, action, controls, key, cx, y + TABLE.paramH / 2, next);
      for (const stepper of row.steppers) stepper.setY(y + TABLE.paramH / 2).update({ enabled: action.available && action.queuedIndex === null });
      if (row.steppers.length) y += TABLE.paramH + 8;
    });
    this.placeStatus(y);
    this.refreshPlan();
    if (focused && !this.group.contains(document.activeElement)) this.group.querySelector<HTMLElement>(`[data-action="${focused}"]`)?.focus();
  }

  /**
   * A row's steppers for what it offers now. Those it shows are kept hidden, not destroyed: a strike's dates
   * and length go while the strike is queued and come back when it is withdrawn.
   */
  private swapSteppers(row: Row, action: ActionView, controls: PlanControls, key: string, cx: number, y: number, next: HTMLElement | undefined): void {
    const restored = row.parked?.key === key ? row.parked.steppers : null;
    if (row.parked && !restored) this.dropSteppers(row.parked.steppers);
    row.parked = row.steppers.length ? { key: row.paramsKey, steppers: row.steppers } : null;
    if (row.parked) showSteppers(row.parked.steppers, false);
    row.paramsKey = key;
    if (restored) {
      showSteppers(restored, true);
      row.steppers = restored;
      return;
    }
    row.steppers = this.params(action, controls, cx, y);
    this.objects.push(...row.steppers);
    next?.before(...row.steppers.map((st) => st.twin)); // in the mirror's order too: under their move
  }

  private dropSteppers(steppers: readonly Stepper[]): void {
    const gone = new Set<Phaser.GameObjects.GameObject>(steppers);
    this.objects = this.objects.filter((o) => !gone.has(o));
    this.planSteppers = this.planSteppers.filter((p) => !gone.has(p.stepper));
    for (const stepper of steppers) stepper.destroy();
  }

  /** The status line under the last move, with as many lines as fit above the calendar. */
  private placeStatus(y: number): void {
    const statusY = Math.max(this.statusTop, y + 2);
    // With no room for a line (many moves and larger text) the status shows only in the mirror and is announced.
    const lines = Math.floor((this.calendarTop - 4 - statusY) / this.statusLineH);
    const maxLines = Math.max(1, lines);
    this.status.setY(statusY).setVisible(lines > 0);
    if (this.status.style.maxLines !== maxLines) this.status.setStyle({ maxLines });
    clampLines(this.status, this.statusText);
  }

  private rebuild(): void {
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.action;
    for (const o of this.objects) o.destroy();
    this.objects = [];
    this.planSteppers = [];
    this.rows.clear();
    this.answerButtons.clear();
    this.answerLine = null;
    this.voteSteppers = [];
    this.lastShape = this.shapeOf();
    const { scene, store, side } = this.ctx;
    const session = store.getState().session!;
    const all = actionsView(session, side);
    const actions = all.filter((a) => !ELSEWHERE.includes(a.type) && !ANSWERS.includes(a.type));
    const answers = all.filter((a) => ANSWERS.includes(a.type));
    this.lastQueue = JSON.stringify(actionsView(session, side).map((a) => [a.available, a.queuedIndex, a.short]));
    const controls = planControls(session.state, side, store.getState().plan);
    const cx = this.inner.x + this.inner.w / 2;
    let y = TABLE.top + 40;
    if (answers.length) y = this.answerRow(answers, controls, y);
    const rowsTop = y;
    // Rows at full height while they leave room for the status line; closer together when a side has many moves.
    const rowH = this.fits(actions, controls, rowsTop, TABLE.rowH) ? TABLE.rowH : COMPACT_ROW_H;
    this.rowsTop = rowsTop;
    for (const action of actions) {
      const madeAt = y + rowH / 2;
      const button = new Button(scene, {
        x: cx, y: y + rowH / 2, width: this.inner.w, height: rowH, variant: 'row',
        label: action.label, keyHint: action.key,
        mirror: this.group, onActivate: () => this.ctx.act(action.type), onBlocked: () => this.ctx.say(action.reason ?? '', true),
      });
      this.decorate(button, action);
      const holder = scene.add.container(0, 0, [button]);
      this.objects.push(holder);
      y += rowH + 4;
      const params = this.params(action, controls, cx, y + TABLE.paramH / 2);
      this.rows.set(action.type, { holder, button, madeAt, steppers: params, paramsKey: paramsKey(action.type, controls), parked: null });
      if (params.length) {
        this.objects.push(...params);
        y += TABLE.paramH + 8;
      }
    }
    this.placeStatus(y);
    this.refreshPlan();
    if (focused) this.group.querySelector<HTMLElement>(`[data-action="${focused}"]`)?.focus();
  }

  /**
   * Accept / put to a vote / reject, side by side. Under them, for the union when it can answer, the two choices
   * for the members' vote (its length, and whether notified strikes go on); otherwise one line saying why not
   * or what is queued.
   */
  private answerRow(answers: readonly ActionView[], controls: PlanControls, y: number): number {
    const { scene } = this.ctx;
    const widths = answers.length === 3 ? [94, 126, 92] : [158, 158];
    const gap = (this.inner.w - widths.reduce((a, b) => a + b, 0)) / (answers.length - 1);
    let x = this.inner.x;
    answers.forEach((action, i) => {
      const w = widths[i]!;
      const button = new Button(scene, {
        x: x + w / 2, y: y + 20, width: w, height: 40, variant: 'row', compact: true,
        label: SHORT_LABELS[action.type] ?? action.label, name: action.label, keyHint: action.key,
        mirror: this.group, onActivate: () => this.ctx.act(action.type), onBlocked: () => this.ctx.say(action.reason ?? '', true),
      });
      button.twin.dataset.action = action.type;
      this.decorateAnswer(button, action);
      this.answerButtons.set(action.type, button);
      this.objects.push(button);
      x += w + gap;
    });
    const queued = answers.find((a) => a.queuedIndex !== null);
    const canVote = answers.some((a) => (a.type === 'accept' || a.type === 'putToMembers') && a.available);
    if (controls.vote && canVote) {
      this.voteSteppers = this.makeVoteSteppers(controls, queued !== undefined, y + 44 + VOTE_H / 2);
      this.objects.push(...this.voteSteppers);
      return y + 44 + VOTE_H + 6;
    }
    // Wraps inside the column; the rows below start under it.
    this.answerLine = scene.add.text(this.inner.x, y + 44, this.answerText(answers), { ...TEXT.small, fontSize: '16px', color: css(queued ? COLOURS.good : COLOURS.textMuted), wordWrap: { width: this.inner.w } });
    this.objects.push(this.answerLine);
    return y + 44 + Math.max(30, this.answerLine.height + 4);
  }

  /** The line under the answers: what is queued, why none can be given, or what to do. */
  private answerText(answers: readonly ActionView[]): string {
    const queued = answers.find((a) => a.queuedIndex !== null);
    const blocked = answers.find((a) => !a.available);
    return queued
      ? `✓ ${SHORT_LABELS[queued.type] ?? queued.label} is queued.${this.ctx.store.getState().remote ? '' : ' Press again to withdraw.'}`
      : blocked && answers.every((a) => !a.available)
        ? blocked.short ?? ''
        : 'Answer their offer: one answer a week.';
  }

  private decorateAnswer(button: Button, action: ActionView): void {
    button.setMarked(action.queuedIndex !== null);
    button.setEnabled(action.available);
    if (!action.available && action.reason) button.twin.setAttribute('aria-description', action.reason);
    else button.twin.removeAttribute('aria-description');
  }

  /** The members' vote's length and what happens to notified strikes, side by side; locked once an answer is queued. */
  private makeVoteSteppers(controls: PlanControls, locked: boolean, y: number): Stepper[] {
    const { scene, store } = this.ctx;
    const vote = controls.vote!;
    const set = store.getState().setPlan;
    const left = this.inner.w * 0.44;
    const right = this.inner.w - left - 8;
    const make = (x: number, width: number, name: string, levels: readonly string[], spoken: (i: number) => string, at: (c: PlanControls) => number, key: string, onChange: (i: number) => void) => {
      const stepper = new Stepper(scene, { x, y, width, height: VOTE_H, name, levels, index: at(controls), onChange, mirror: this.group, compact: true, spoken });
      stepper.twin.dataset.action = `vote:${key}`;
      stepper.update({ enabled: !locked });
      this.planSteppers.push({ stepper, index: at });
      return stepper;
    };
    return [
      make(this.inner.x + left / 2, left, "Length of the members' vote", vote.weeks.labels, (i) => vote.weeks.spoken[i]!, (c) => c.vote?.weeks.index ?? 0, 'weeks', (i) => set({ voteWeeks: i + 1 })),
      make(this.inner.x + left + 8 + right / 2, right, 'Notified strike days during the vote', vote.action.labels, (i) => vote.action.spoken[i]!, (c) => c.vote?.action.index ?? 0, 'action', (i) => set({ continueAction: i === 1 })),
    ];
  }

  /** Whether the moves, at `rowH` a row, end with room for a line of status above the calendar. */
  private fits(actions: readonly ActionView[], controls: PlanControls, top: number, rowH: number): boolean {
    const paramRows = actions.filter((a) => hasParams(a.type, controls)).length;
    const bottom = top + actions.length * (rowH + 4) + paramRows * (TABLE.paramH + 8);
    return bottom + this.statusLineH + 4 <= this.calendarTop;
  }

  private decorate(button: Button, action: ActionView): void {
    const queued = action.queuedIndex !== null;
    button.twin.dataset.action = action.type;
    button.setMarked(queued);
    // In a class game a move can be taken back until the seat ends its turn; after that it is final.
    const session = this.ctx.store.getState().session;
    const final = this.ctx.store.getState().remote !== null && session !== null && session.state.turn[this.ctx.side].ended;
    const queuedNote = final ? '✓ Queued' : '✓ Queued (press to withdraw)';
    button.setEnabled(action.available, queued ? queuedNote : (action.short ?? ''));
  }

  /** The steppers an action needs, under its row; locked while it is queued or unavailable. */
  private params(action: ActionView, controls: PlanControls, cx: number, y: number): Stepper[] {
    const { scene, store } = this.ctx;
    const locked = !action.available || action.queuedIndex !== null;
    const set = store.getState().setPlan;
    const w = this.inner.w;
    const h = TABLE.paramH - 4;
    const make = (x: number, width: number, name: string, levels: readonly string[], at: (c: PlanControls) => number, onChange: (i: number) => void) => {
      const stepper = new Stepper(scene, { x, y, width, height: h, name, levels, index: at(controls), onChange, mirror: this.group });
      stepper.twin.dataset.action = `${action.type}:${name}`;
      stepper.update({ enabled: !locked });
      this.planSteppers.push({ stepper, index: at });
      return stepper;
    };
    switch (action.type) {
      case 'callStrike': {
        const s = controls.strike;
        if (!s) return [];
        const dateW = w * 0.58;
        return [
          make(cx - w / 2 + dateW / 2, dateW, 'Strike starts', s.labels, (c) => c.strike?.dateIndex ?? 0, (i) => set({ strikeStart: s.dates[i]! })),
          make(cx + w / 2 - (w - dateW - 8) / 2, w - dateW - 8, 'Strike length', s.days, (c) => c.strike?.daysIndex ?? 0, (i) => set({ strikeDays: i + 1 })),
        ];
      }
      case 'statement':
        return [make(cx, w, 'Tone of the statement', controls.tone.labels, (c) => c.tone.index, (i) => set({ tone: controls.tone.levels[i]! }))];
      case 'setMitigation':
        return [make(cx, w, 'Kept running on strike days', controls.mitigation.labels, (c) => c.mitigation.index, (i) => set({ mitigation: controls.mitigation.levels[i]! }))];
      case 'fundCatchUp':
        return [make(cx, w, 'Catch-up funding', controls.catchUp.labels, (c) => c.catchUp.index, (i) => set({ catchUpGbpM: controls.catchUp.levels[i]! }))];
      default:
        return [];
    }
  }

  /** The calendar follows the plan (a strike being planned shows on it). */
  private refreshPlan(): void {
    const { store, side } = this.ctx;
    const controls = planControls(store.getState().session!.state, side, store.getState().plan);
    for (const { stepper, index } of this.planSteppers) stepper.update({ index: index(controls) });
    const view = strikeCalendar(store.getState().session!, side, store.getState().plan);
    this.calendar.show(view);
    this.calendarNode.textContent = `Strike calendar, ${view.title}. ${view.summary}`;
  }
}
