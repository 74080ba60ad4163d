/**
 * The week driver's core: the one place that steps a week's moves, in order, and notices when the week
 * resolves. Every way of playing a week feeds it moves: the AI's decisions and scripts (play.ts), a human's
 * move in the store, or a recorded log (replay-log.ts). Pure and deterministic, like the rest of the core.
 */
import type { Decision } from './ai/decision';
import type { SideId } from './scenario/types';
import { step } from './step';
import type { Action, GameState, Rejection, SimEvent } from './types';

/** One move handed to the driver. */
export interface Move {
  readonly action: Action;
  /** The AI's decision behind the move (its message is kept when the move takes effect). */
  readonly decision?: Decision | null;
  /** An end of turn the driver added because a script or the AI left it out. */
  readonly implicit?: boolean;
  /** Written after its side's own end of turn: checked as if the turn had ended, never applied. */
  readonly afterEnd?: boolean;
}

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
  /** What the side said, in character. */
  readonly text: string;
  /** The reason code, for the runner's JSON and the debrief's data tables (never shown to a player). */
  readonly reason: string;
  /** Why, in plain words with the numbers (the "Why?" on the Table and the week result). */
  readonly why: string | null;
}

/** Where moves left a game: the state after them, their events, and whether they resolved the week. */
export interface Progress {
  /** The state after the moves: the next week's start once the week resolved (or the final state). */
  readonly state: GameState;
  /** Every event, in the order `step` returned them (queued actions and ends of turn included). */
  readonly events: readonly SimEvent[];
  /** True when the moves resolved the week (both sides ended their turns). */
  readonly resolved: boolean;
}

/** What playing moves came to: the progress, what became of each move, and what the AI said. */
export interface Driven extends Progress {
  /** The events of the step that resolved the week (its end of turn, then the resolution); empty when unresolved. */
  readonly resolution: readonly SimEvent[];
  /** Each move played, in order, with what became of it. */
  readonly actions: readonly ActionOutcome[];
  readonly messages: readonly AiMessage[];
  /** How many of the moves were played: the rest belong to the next week. */
  readonly used: number;
}

/** The state as it would be had `side` ended its turn: used only to check actions written after its end of turn. */
const asEnded = (state: GameState, side: SideId): GameState => ({ ...state, turn: { ...state.turn, [side]: { ...state.turn[side], ended: true } } });

const outcomeOf = (move: Move, rejected: Rejection | undefined): ActionOutcome => {
  const side = move.action.side;
  const outcome: ActionOutcome = rejected ? { side, action: move.action, rejected } : { side, action: move.action };
  return move.implicit ? { ...outcome, implicit: true } : outcome;
};

/** Plays `moves` in order until the week resolves (the moves after that are left unused) or they run out. */
export const playMoves = (start: GameState, moves: readonly Move[]): Driven => {
  let state = start;
  const events: SimEvent[] = [];
  const actions: ActionOutcome[] = [];
  const messages: AiMessage[] = [];
  for (const [index, move] of moves.entries()) {
    const probe = move.afterEnd ? asEnded(state, move.action.side) : state;
    const result = step(probe, move.action);
    actions.push(outcomeOf(move, result.rejected));
    if (result.rejected || move.afterEnd) continue;
    state = result.state;
    events.push(...result.events);
    if (move.decision?.message) messages.push({ side: move.action.side, text: move.decision.message, reason: move.decision.reason, why: move.decision.why });
    if (result.events.some((e) => e.type === 'weekResolved')) {
      return { state, events, resolved: true, resolution: result.events, actions, messages, used: index + 1 };
    }
  }
  return { state, events, resolved: false, resolution: [], actions, messages, used: moves.length };
};
