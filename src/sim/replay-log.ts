/**
 * A recorded log played week by week through the driver's core: the log is one more source of moves, played
 * in its own order (both sides' moves interleaved as they were taken). Used wherever a game is rebuilt from
 * its log with its weeks told apart: the store's saves, what-if forks, the debrief, replay codes.
 */
import { playMoves, type ActionOutcome } from './drive';
import type { Action, GameState, SimEvent } from './types';

/** One week of a replayed log. */
export interface LoggedWeek {
  readonly week: number;
  /** The state the week began in. */
  readonly start: GameState;
  /** The state after the week's moves: the next week's start when it resolved. */
  readonly state: GameState;
  readonly resolved: boolean;
  /** Index in the log of the week's first move, and one past its last. */
  readonly from: number;
  readonly to: number;
  /** Each of the week's moves (every one in the log, rejected ones included) and what became of it. */
  readonly actions: readonly (ActionOutcome & { readonly index: number })[];
  readonly events: readonly SimEvent[];
  /** The events of the step that resolved the week; empty when it did not resolve. */
  readonly resolution: readonly SimEvent[];
}

export interface ReplayedLog {
  /** The state after the whole log. */
  readonly state: GameState;
  /** The log's weeks in order; the last one has not resolved when the log stops part-way through a week. */
  readonly weeks: readonly LoggedWeek[];
}

/** Plays `log` from `start`, telling its weeks apart. Rejected moves change nothing and are reported in place. */
export const replayLog = (start: GameState, log: readonly Action[]): ReplayedLog => {
  const weeks: LoggedWeek[] = [];
  let state = start;
  const moves = log.map((action) => ({ action }));
  let from = 0;
  while (from < log.length) {
    const driven = playMoves(state, moves.slice(from));
    const to = from + driven.used;
    const actions = driven.actions.map((outcome, i) => ({ ...outcome, index: from + i }));
    weeks.push({ week: state.week, start: state, state: driven.state, resolved: driven.resolved, from, to, actions, events: driven.events, resolution: driven.resolution });
    state = driven.state;
    from = to;
  }
  return { state, weeks };
};
