/**
 * Driving whole weeks and whole games. A controller says who plays a side: the AI (`decide`), a script (a
 * fixed list of actions for each week, as the headless runner reads from a file), a policy (a function of the
 * week's start state), or a human, who moves
 * through the store one action at a time (the driver plays nothing for a human and waits for its end of
 * turn). Both sides plan their week from the same start-of-week state, so neither sees the other's moves; the
 * week then resolves on the second end of turn. Pure and deterministic, like the rest of the core: for the
 * runner, the store and balance tools. A recorded log is played through the same core by `replayLog`.
 */
import { decide } from './ai/decide';
import type { Decision } from './ai/decision';
import { playMoves, type Driven, type Move } from './drive';
import { SIDES, type SideId } from './scenario/types';
import type { Action, GameState } from './types';

export type { ActionOutcome, AiMessage } from './drive';

type WithoutSide<T> = T extends unknown ? Omit<T, 'side'> : never;

/** An action as a script writes it: an `Action` without its side (the side comes from the script entry). */
export type ScriptAction = WithoutSide<Action>;

/**
 * Who plays a side: the AI, a script with the actions for each week it mentions (other weeks: end of turn), a
 * policy (a pure function from the week's start state to the side's actions, as the strategy gauntlet's simple
 * strategies are written), or a human.
 */
export type Controller =
  | { readonly kind: 'ai' }
  | { readonly kind: 'script'; readonly weeks: Readonly<Record<number, readonly ScriptAction[]>> }
  | { readonly kind: 'policy'; readonly name: string; readonly decide: (weekStart: GameState, side: SideId) => readonly ScriptAction[] }
  | { readonly kind: 'human' };

export type Controllers = Readonly<Record<SideId, Controller>>;

export const AI_CONTROLLER: Controller = { kind: 'ai' };
export const HUMAN_CONTROLLER: Controller = { kind: 'human' };

/** A script controller from entries such as a script file's; several entries for one week are played in order. */
export const scriptController = (entries: readonly { readonly week: number; readonly actions: readonly ScriptAction[] }[]): Controller => {
  const weeks: Record<number, ScriptAction[]> = {};
  for (const entry of entries) weeks[entry.week] = [...(weeks[entry.week] ?? []), ...entry.actions];
  return { kind: 'script', weeks };
};

/**
 * One week played by the controllers: what the driver reports, with every action taken listed BMA's first, then
 * the Government's, each side's in its own order. It is unresolved only while a human side has still to end its turn.
 */
export interface PlayedWeek extends Omit<Driven, 'used'> {
  /** The week that was played. */
  readonly week: number;
  /** The state the week began in: what the AI decided from. */
  readonly start: GameState;
  /** The AI's decisions with their reasons and numbers, for each side the AI played (empty for a script). */
  readonly decisions: Readonly<Record<SideId, readonly Decision[]>>;
}

interface Plan {
  readonly moves: readonly Move[];
  readonly decisions: readonly Decision[];
  /** True when the driver must end the side's turn for it if its moves do not. */
  readonly ends: boolean;
}

const plan = (start: GameState, side: SideId, controller: Controller): Plan => {
  if (controller.kind === 'human') return { moves: [], decisions: [], ends: false };
  if (controller.kind === 'ai') {
    const decisions = decide(start, side);
    return { moves: decisions.map((decision) => ({ action: decision.action, decision })), decisions, ends: true };
  }
  const actions = controller.kind === 'policy' ? controller.decide(start, side) : (controller.weeks[start.week] ?? []);
  return { moves: actions.map((a) => ({ action: { ...a, side } as Action })), decisions: [], ends: true };
};

/**
 * A side's moves in the order the core must see them: everything written before its end of turn, then what
 * was written after it (checked as if the turn had ended, so nothing spills into the next week), then the end
 * itself (added when a script or the AI leaves it out). Holding the end back until last means the end that
 * resolves the week comes after every other move of its side has been checked.
 */
const arrange = (side: SideId, planned: Plan): { moves: Move[]; slots: number[] } => {
  const endAt = planned.moves.findIndex((m) => m.action.type === 'endTurn');
  if (endAt < 0) {
    const implicit: Move[] = planned.ends ? [{ action: { side, type: 'endTurn' }, implicit: true }] : [];
    return { moves: [...planned.moves, ...implicit], slots: [...planned.moves.keys(), ...implicit.map(() => planned.moves.length)] };
  }
  const before = planned.moves.slice(0, endAt);
  const after = planned.moves.slice(endAt + 1).map((m) => ({ ...m, afterEnd: true }));
  const slots = [...before.keys(), ...after.map((_, i) => endAt + 1 + i), endAt];
  return { moves: [...before, ...after, planned.moves[endAt]!], slots };
};

/**
 * Plays the current week from `state`: each side whose turn is still open plays its controller's moves (BMA's
 * first), then the driver reports whether the week resolved. `weekStart` is the state the week began in, when
 * `state` is part-way through it (a human has already moved): the AI always decides from the week's start.
 * Throws only on a finished game (a caller's mistake).
 */
export const playWeek = (state: GameState, controllers: Controllers, options: { readonly weekStart?: GameState } = {}): PlayedWeek => {
  if (state.outcome) throw new RangeError('playWeek: the game is already over');
  const from = options.weekStart ?? state;
  const open = (side: SideId) => !state.turn[side].ended;
  const plans = {
    union: open('union') ? plan(from, 'union', controllers.union) : { moves: [], decisions: [], ends: false },
    employer: open('employer') ? plan(from, 'employer', controllers.employer) : { moves: [], decisions: [], ends: false },
  };
  const arranged = SIDES.map((side) => arrange(side, plans[side]));
  const driven = playMoves(state, arranged.flatMap((a) => a.moves));
  // Outcomes back in the order each side wrote its moves (the held end of turn in its own place).
  let offset = 0;
  const actions = arranged.flatMap(({ moves, slots }) => {
    const mine = driven.actions.slice(offset, offset + moves.length).map((outcome, i) => ({ outcome, slot: slots[i]! }));
    offset += moves.length;
    return mine.sort((a, b) => a.slot - b.slot).map((x) => x.outcome);
  });
  return {
    week: state.week,
    start: from,
    state: driven.state,
    resolved: driven.resolved,
    actions,
    events: driven.events,
    resolution: driven.resolution,
    messages: driven.messages,
    decisions: { union: plans.union.decisions, employer: plans.employer.decisions },
  };
};

export interface PlayedGame {
  readonly state: GameState;
  readonly weeks: readonly PlayedWeek[];
}

/**
 * Plays weeks until the game ends, a week does not resolve (a human has still to move), or `maxWeeks` weeks
 * have been played (all of them when it is left out). `controllers` may depend on the week's start state (a
 * what-if changes one side's moves for one week; a test's strategy reads the state).
 */
export const playGame = (
  start: GameState,
  controllers: Controllers | ((weekStart: GameState) => Controllers),
  options: { readonly maxWeeks?: number } = {},
): PlayedGame => {
  const limit = options.maxWeeks ?? Number.POSITIVE_INFINITY;
  const controllersFor = typeof controllers === 'function' ? controllers : () => controllers;
  const weeks: PlayedWeek[] = [];
  let state = start;
  while (!state.outcome && weeks.length < limit) {
    const played = playWeek(state, controllersFor(state));
    weeks.push(played);
    state = played.state;
    if (!played.resolved) break;
  }
  return { state, weeks };
};
