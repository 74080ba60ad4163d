// The moves panel's rows as data: which moves have steppers, what those offer, and the shape of the rows, so a
// change of the queue can update rows in place while the shape holds (see MovesPanel).
import type Phaser from 'phaser';
import type { ActionType } from '../../sim/index';
import type { PlanControls } from '../../views/move-settings';
import type { ActionView } from '../../views/moves';
import type { Button } from '../../ui/Button';
import type { Stepper } from '../../ui/Stepper';

/** Moves shown elsewhere: offers sit with the terms, the end of the week in the header. */
export const ELSEWHERE: readonly ActionType[] = ['propose', 'imposeAward', 'endTurn'];
/** Answers to the offer on the table share a row (only one of them can be taken in a week). */
export const ANSWERS: readonly ActionType[] = ['accept', 'putToMembers', 'reject'];

/** Whether a move has steppers under its row (as `params` draws them). */
export const hasParams = (type: ActionType, controls: PlanControls): boolean =>
  type === 'statement' || type === 'setMitigation' || type === 'fundCatchUp' || (type === 'callStrike' && controls.strike !== null);

/** What a move's steppers offer (as `params` draws them): while it holds, they are kept and only moved. */
export const paramsKey = (type: ActionType, controls: PlanControls): string => {
  const levels: Partial<Record<ActionType, unknown>> = {
    callStrike: controls.strike && [controls.strike.labels, controls.strike.days],
    statement: controls.tone.labels,
    setMitigation: controls.mitigation.labels,
    fundCatchUp: controls.catchUp.labels,
  };
  return hasParams(type, controls) ? JSON.stringify(levels[type] ?? null) : '';
};

/** A move's row: its button (in a holder, to move it without rebuilding it) and the steppers under it. */
export interface Row {
  readonly holder: Phaser.GameObjects.Container;
  readonly button: Button;
  /** Where the button's centre was when it was made: the holder moves it by the difference. */
  readonly madeAt: number;
  steppers: Stepper[];
  paramsKey: string;
  /** Steppers the row showed before, hidden, with what they offer. */
  parked: { readonly key: string; readonly steppers: Stepper[] } | null;
}

/** Shows or hides steppers on the canvas and in the mirror. */
export const showSteppers = (steppers: readonly Stepper[], shown: boolean): void => {
  for (const stepper of steppers) {
    stepper.setVisible(shown);
    stepper.twin.hidden = !shown;
  }
};

/**
 * Which moves, answers and vote steppers there are. A queued or withdrawn move mostly changes only how rows
 * look, or a row's steppers; rebuilding every row cost the bulk of a key press (every Text a canvas, a
 * measurement and a texture upload).
 */
export function rowsShape(all: readonly ActionView[], controls: PlanControls): string {
  const answers = all.filter((a) => ANSWERS.includes(a.type));
  const canVote = answers.some((a) => (a.type === 'accept' || a.type === 'putToMembers') && a.available);
  const rows = all.filter((a) => !ELSEWHERE.includes(a.type) && !ANSWERS.includes(a.type)).map((a) => [a.type, a.label, a.key]);
  const vote = controls.vote && canVote ? [controls.vote.weeks.labels, controls.vote.action.labels] : null;
  return JSON.stringify([answers.map((a) => [a.type, a.label, a.key]), vote, rows]);
}
