/**
 * Driving whole weeks and whole games. A controller says who plays a side: the AI (`decide`) or a script (a
 * fixed list of actions for each week, as the headless runner reads from a file). Both sides plan their week
 * from the same start-of-week state, so neither sees the other's moves; the week then resolves on the second
 * end of turn. Pure and deterministic, like the rest of the core: for the runner, the store and balance tools.
 */
import { decide } from './ai/decide';
import type { Decision } from './ai/decision';
import { SIDES, type SideId } from './scenario/types';
import { step } from './step';
import type { Action, GameState, Rejection, SimEvent } from './types';

type WithoutSide<T> = T extends unknown ? Omit<T, 'side'> : never;

/** An action as a script writes it: an `Action` without its side (the side comes from the script entry). */
export type ScriptAction = WithoutSide<Action>;

/** Who plays a side: the AI, or a script with the actions for each week it mentions (other weeks: end of turn). */
export type Controller =
  | { readonly kind: 'ai' }
  | { readonly kind: 'script'; readonly weeks: Readonly<Record<number, readonly ScriptAction[]>> };

export type Controllers = Readonly<Record<SideId, Controller>>;

export const AI_CONTROLLER: Controller = { kind: 'ai' };

/** A script controller from entries such as a script file's; several entries for one week are played in order. */
export const scriptController = (entries: readonly { readonly week: number; readonly actions: readonly ScriptAction[] }[]): Controller => {
  const weeks: Record<number, ScriptAction[]> = {};
  for (const entry of entries) weeks[entry.week] = [...(weeks[entry.week] ?? []), ...entry.actions];
  return { kind: 'script', weeks };
};

/** One action a side took this week and what became of it. */
export interface ActionOutcome {
  readonly side: SideId;
  readonly action: Action;
  readonly rejected?: Rejection;
  /** True for the end of turn the driver adds when a script does not end its turn itself. */
  readonly implicit?: true;
}

/** What an AI side said about an action it took (never about one the core rejected). */
export interface AiMessage {
  readonly side: SideId;
  readonly text: string;
  readonly reason: string;
}

export interface PlayedWeek {
  /** The week that was played. */
  readonly week: number;
  /** The state after the week resolved (the next week's start, or the final state). */
  readonly state: GameState;
  /** Every action taken, BMA's first then the Government's, each side's in its own order. */
  readonly actions: readonly ActionOutcome[];
  /** Every event, in the order `step` returned them (queued actions and ends of turn included). */
  readonly events: readonly SimEvent[];
  readonly messages: readonly AiMessage[];
  /** The AI's decisions with their reasons and numbers, for each side the AI played (empty for a script). */
  readonly decisions: Readonly<Record<SideId, readonly Decision[]>>;
}

interface Planned {
  readonly action: Action;
  readonly decision: Decision | null;
}

const plan = (state: GameState, side: SideId, controller: Controller): { planned: Planned[]; decisions: Decision[] } => {
  if (controller.kind === 'ai') {
    const decisions = decide(state, side);
    return { planned: decisions.map((decision) => ({ action: decision.action, decision })), decisions };
  }
  const actions = controller.weeks[state.week] ?? [];
  return { planned: actions.map((a) => ({ action: { ...a, side } as Action, decision: null })), decisions: [] };
};

/** The state as it would be had `side` ended its turn: used only to check actions written after its end of turn. */
const asEnded = (state: GameState, side: SideId): GameState => ({ ...state, turn: { ...state.turn, [side]: { ...state.turn[side], ended: true } } });

/**
 * Plays the current week: each side's planned actions, then its end of turn (added when a script leaves it
 * out). Actions a side writes after its own end of turn are checked as the core would check them (rejected:
 * the turn has ended) and never spill into the next week. Throws only on a finished game (a caller's mistake).
 */
export const playWeek = (start: GameState, controllers: Controllers): PlayedWeek => {
  if (start.outcome) throw new RangeError('playWeek: the game is already over');
  const plans = { bma: plan(start, 'bma', controllers.bma), gov: plan(start, 'gov', controllers.gov) };
  let state = start;
  const events: SimEvent[] = [];
  const messages: AiMessage[] = [];
  const outcomes: Record<SideId, (ActionOutcome | null)[]> = { bma: [], gov: [] };
  // The end of turn that resolves the week is held back until every other action of its side has been checked.
  const held: { end: { side: SideId; action: Action; slot: number; implicit: boolean } | null } = { end: null };

  const apply = (side: SideId, item: Planned, implicit = false): void => {
    const isEnd = item.action.type === 'endTurn';
    const other: SideId = side === 'bma' ? 'gov' : 'bma';
    if (isEnd && !state.turn[side].ended && state.turn[other].ended && held.end === null) {
      outcomes[side].push(null);
      held.end = { side, action: item.action, slot: outcomes[side].length - 1, implicit };
      return;
    }
    const probe = held.end?.side === side ? asEnded(state, side) : state;
    const result = step(probe, item.action);
    if (!result.rejected && probe === state) {
      state = result.state;
      events.push(...result.events);
      if (item.decision?.message) messages.push({ side, text: item.decision.message, reason: item.decision.reason });
    }
    const outcome: ActionOutcome = result.rejected ? { side, action: item.action, rejected: result.rejected } : { side, action: item.action };
    outcomes[side].push(implicit ? { ...outcome, implicit: true } : outcome);
  };

  for (const side of SIDES) {
    for (const item of plans[side].planned) apply(side, item);
    if (!state.turn[side].ended && held.end?.side !== side) apply(side, { action: { side, type: 'endTurn' }, decision: null }, true);
  }
  const last = held.end;
  if (last) {
    const result = step(state, last.action);
    if (!result.rejected) {
      state = result.state;
      events.push(...result.events);
    }
    const outcome: ActionOutcome = result.rejected ? { side: last.side, action: last.action, rejected: result.rejected } : { side: last.side, action: last.action };
    outcomes[last.side][last.slot] = last.implicit ? { ...outcome, implicit: true } : outcome;
  }
  if (state.history.length === start.history.length) throw new Error(`playWeek: week ${start.week} did not resolve`);
  return {
    week: start.week,
    state,
    actions: [...outcomes.bma, ...outcomes.gov].filter((o): o is ActionOutcome => o !== null),
    events,
    messages,
    decisions: { bma: plans.bma.decisions, gov: plans.gov.decisions },
  };
};

export interface PlayedGame {
  readonly state: GameState;
  readonly weeks: readonly PlayedWeek[];
}

/** Plays weeks until the game ends or `maxWeeks` weeks have been played (all of them when it is left out). */
export const playGame = (start: GameState, controllers: Controllers, options: { readonly maxWeeks?: number } = {}): PlayedGame => {
  const limit = options.maxWeeks ?? Number.POSITIVE_INFINITY;
  const weeks: PlayedWeek[] = [];
  let state = start;
  while (!state.outcome && weeks.length < limit) {
    const played = playWeek(state, controllers);
    weeks.push(played);
    state = played.state;
  }
  return { state, weeks };
};
