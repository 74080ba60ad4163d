// The terms: for each issue, the other side's offer, the player's standing offer, and a stepper for the
// next offer with what each level is worth (or costs) to the player; totals against the walk-away value;
// Propose (and, for the Government, Impose). Redrawn in place as the plan changes.
import Phaser from 'phaser';
import type { ActionType } from '../../sim/index';
import { COLOURS, TABLE, TEXT, css } from '../../layout';
import { actionsView, type ActionView } from '../../views/moves';
import { offerHistory } from '../../views/offer-history';
import { termsView, type TermsView } from '../../views/terms';
import { Button } from '../../ui/Button';
import { drawPanel, PANEL } from '../../ui/panel';
import { mirrorGroup, mirrorText } from '../../ui/sr-mirror';
import { Stepper } from '../../ui/Stepper';
import { wrapHyphenated } from '../../ui/wrap';
import type { TableContext } from './context';

const COL = { label: 0, labelW: 164, theirs: 170, yours: 236, stepper: 366, stepperW: 124, effect: 496 } as const;

export class NegotiationPanel {
  private readonly steppers: Stepper[] = [];
  private readonly effects: Phaser.GameObjects.Text[] = [];
  private readonly totals: { theirs: Phaser.GameObjects.Text; yours: Phaser.GameObjects.Text; draft: Phaser.GameObjects.Text; walk: Phaser.GameObjects.Text };
  private readonly buttons = new Map<ActionType, Button>();
  private readonly summary: HTMLParagraphElement;

  constructor(private readonly ctx: TableContext, section: HTMLElement) {
    const { scene, store, side } = ctx;
    const session = store.getState().session!;
    const view = termsView(session, side, store.getState().plan);
    const { x, w, negotiationH } = TABLE.mid;
    const top = TABLE.top;
    drawPanel(scene, x, top, w, negotiationH, 'The terms');
    const left = x + PANEL.pad;
    const col = (c: number) => left + c;

    // Column headings: who made each offer, and when.
    const hy = top + 38;
    // Fixed sizes: the columns are fixed too (larger text applies to prose, not this grid).
    const head = (c: number, title: string, sub: string, origin = 0) => {
      scene.add.text(col(c), hy, title, { ...TEXT.label, fontSize: '15px' }).setOrigin(origin, 0);
      scene.add.text(col(c), hy + 18, sub, { ...TEXT.small, fontSize: '15px' }).setOrigin(origin, 0);
    };
    head(COL.label, 'ISSUE', '');
    head(COL.theirs, 'THEIRS', view.theirTitle.replace(/^[^,:]+[,:] ?/, ''));
    head(COL.yours, 'YOURS', view.yourTitle.replace(/^[^,:]+[,:] ?/, ''));
    head(COL.stepper, 'NEXT OFFER', '← → to change', 0.5);
    head(COL.effect, side === 'union' ? 'VALUE' : 'COST', side === 'union' ? 'to you' : 'a year', 1);

    mirrorText(`${view.vote ? "Terms in the members' vote" : `Their offer (${view.theirTitle})`}: ${view.rows.map((r) => `${r.label} ${r.theirs ?? 'none'}`).join(', ')}.${view.vote ? ` ${view.vote.long}` : ''}`, section);
    mirrorText(`Your standing offer (${view.yourTitle}): ${view.rows.map((r) => `${r.label} ${r.yours ?? 'none'}`).join(', ')}.`, section);
    const builder = mirrorGroup('Your next offer', section);

    const rowsTop = hy + 46;
    const rowH = Math.min(42, (negotiationH - 38 - 46 - 130) / view.rows.length);
    view.rows.forEach((row, i) => {
      const cy = rowsTop + i * rowH + rowH / 2;
      scene.add.text(col(COL.label), cy, wrapHyphenated(row.label, '16px', COL.labelW), { ...TEXT.cell, fontSize: '16px', maxLines: 2, lineSpacing: -3 }).setOrigin(0, 0.5);
      scene.add.text(col(COL.theirs), cy, row.theirs ?? '—', TEXT.cell).setOrigin(0, 0.5);
      scene.add.text(col(COL.yours), cy, row.yours ?? '—', TEXT.cell).setOrigin(0, 0.5);
      this.steppers.push(
        new Stepper(scene, {
          x: col(COL.stepper), y: cy, width: COL.stepperW, height: rowH - 8, name: `${row.label}, your next offer`,
          levels: row.shortLevels, index: row.draftIndex, min: row.minIndex, max: row.maxIndex,
          spoken: (index) => this.spoken(i, index),
          onChange: (index) => this.setLevel(i, index),
          mirror: builder,
        }),
      );
      this.effects.push(scene.add.text(col(COL.effect), cy, row.effect, { ...TEXT.cell, fontSize: '16px' }).setOrigin(1, 0.5));
      if (i > 0) scene.add.graphics().lineStyle(1, COLOURS.borderQuiet, 1).lineBetween(left, cy - rowH / 2, x + w - PANEL.pad, cy - rowH / 2);
    });

    // Totals: value to you of each offer, against your walk-away.
    const ty = rowsTop + view.rows.length * rowH + 6;
    scene.add.graphics().lineStyle(2, COLOURS.border, 1).lineBetween(left, ty, x + w - PANEL.pad, ty);
    scene.add.text(col(COL.label), ty + 6, 'Value to you', { ...TEXT.figure, fontSize: '17px' });
    scene.add.text(col(COL.label), ty + 28, 'out of 100', { ...TEXT.small, fontSize: '16px' });
    const why = new Button(scene, {
      x: col(COL.label) + 140, y: ty + 22, width: 34, height: 30, variant: 'menu', compact: true, label: '?', name: 'What value and walk-away mean',
      mirror: builder, onActivate: () => ctx.info.open({ title: view.valueInfo.title, paragraphs: [view.valueInfo.about], sources: view.valueInfo.sources }),
    });
    why.twin.dataset.action = 'value-info';
    const big = { ...TEXT.figure };
    this.totals = {
      theirs: scene.add.text(col(COL.theirs), ty + 8, '', big),
      yours: scene.add.text(col(COL.yours), ty + 8, '', big),
      draft: scene.add.text(col(COL.stepper), ty + 8, '', big).setOrigin(0.5, 0),
      walk: scene.add.text(col(COL.theirs), ty + 34, '', { ...TEXT.small, fontSize: '16px' }),
    };
    this.summary = mirrorText('', builder);
    this.summary.setAttribute('aria-live', 'off');

    // Propose / Impose / All offers
    const by = top + negotiationH - 32;
    const employer = side === 'employer';
    const bw = employer ? 160 : 320;
    const actions = mirrorGroup('Offer actions', section);
    const types: ActionType[] = employer ? ['propose', 'imposeAward'] : ['propose'];
    types.forEach((type, i) => {
      const button = new Button(scene, {
        x: left + bw / 2 + i * (bw + 8), y: by, width: bw, height: 46, variant: 'row', label: '', keyHint: '',
        mirror: actions, onActivate: () => ctx.act(type), onBlocked: () => this.blocked(type),
      });
      button.twin.dataset.action = type;
      this.buttons.set(type, button);
    });
    const all = new Button(scene, {
      x: x + w - PANEL.pad - 75, y: by, width: 150, height: 46, variant: 'row', label: 'All offers', keyHint: 'O',
      mirror: actions, onActivate: () => this.showHistory(),
    });
    all.twin.dataset.action = 'history';
    this.refresh();
  }

  /** The offer history, newest first, in a panel. */
  showHistory(): void {
    const session = this.ctx.store.getState().session!;
    const list = offerHistory(session, this.ctx.side);
    const labels = session.scenario.issues.map((i) => i.label);
    this.ctx.info.open({
      title: 'Offers so far',
      paragraphs: list.length
        ? [`Newest first; value is to you, out of 100. Levels are ${labels.join(', ')}.`, ...list.map((o) => `${o.week}, ${o.fromName}: ${o.levels.join(' · ')}. Value ${o.value}.`)]
        : ['No offers yet.'],
    });
  }

  private view(): TermsView {
    const state = this.ctx.store.getState();
    return termsView(state.session!, this.ctx.side, state.plan);
  }

  private spoken(row: number, index: number): string {
    const state = this.ctx.store.getState();
    const draft = [...state.plan.draft];
    draft[row] = index;
    const view = termsView(state.session!, this.ctx.side, { ...state.plan, draft });
    const r = view.rows[row]!;
    return `${r.levels[index]}, ${r.effect}`;
  }

  private setLevel(row: number, index: number): void {
    const draft = [...this.ctx.store.getState().plan.draft];
    draft[row] = index;
    this.ctx.store.getState().setPlan({ draft });
  }

  private blocked(type: ActionType): void {
    const action = actionsView(this.ctx.store.getState().session!, this.ctx.side).find((a) => a.type === type);
    if (action?.reason) this.ctx.say(action.reason, true);
  }

  refresh(): void {
    const view = this.view();
    view.rows.forEach((row, i) => {
      this.steppers[i]?.update({ index: row.draftIndex, min: row.minIndex, max: row.maxIndex });
      this.effects[i]?.setText(row.effect);
    });
    const mark = (above: boolean | null) => (above === null ? '' : above ? '  ✓' : '  ✗');
    this.totals.theirs.setText(`${view.theirValue}${mark(view.theirAboveWalkAway)}`).setColor(css(view.theirAboveWalkAway ? COLOURS.good : COLOURS.text));
    this.totals.yours.setText(view.yourValue);
    this.totals.draft.setText(`${view.draftValue}${mark(view.draftAboveWalkAway)}`).setColor(css(view.draftAboveWalkAway ? COLOURS.good : COLOURS.warn));
    // While members vote, the line under the totals says how the vote runs instead.
    this.totals.walk.setText(view.vote ? view.vote.short : `Your walk-away: ${view.walkAway}.  ✓ beats it,  ✗ does not.`).setColor(css(view.vote ? COLOURS.text : COLOURS.textMuted));
    this.summary.textContent = `${view.vote ? `${view.vote.long} ` : ''}Your next offer is worth ${view.draftValue} to you${this.ctx.side === 'employer' ? ` and costs ${view.draftCost}` : ''}; your walk-away is ${view.walkAway}. ${view.explain}`;
    const actions = actionsView(this.ctx.store.getState().session!, this.ctx.side);
    for (const [type, button] of this.buttons) this.refreshButton(button, actions.find((a) => a.type === type));
  }

  private refreshButton(button: Button, action: ActionView | undefined): void {
    if (!action) return;
    const queued = action.queuedIndex !== null;
    // Side by side with Impose, the Government's buttons say just the verb; the full name is read out.
    button.setLabel(this.ctx.side === 'employer' ? action.label.split(' ')[0]! : action.label, action.label);
    button.setMarked(queued);
    button.setEnabled(action.available, queued ? '✓ Queued (press to withdraw)' : (action.short ?? ''));
    button.twin.setAttribute('aria-keyshortcuts', action.key);
    button.setKeyHint(action.key);
  }
}
