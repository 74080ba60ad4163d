/**
 * What one seat of a networked game may see: the game state with the other side's private values taken out.
 * The shape stays a `GameState` (less its scenario, which the client holds itself) so that the same view models
 * and the core's own AI can read it; each value the seat may not know is replaced by zero (or emptied), never
 * left in. What is taken out, for the other side: its hidden value (the union's floor or the Government's
 * read-across), its private figures (the union's morale, anger, fund and resistance point; the Government's
 * budget headroom; its catch-up spending is public news), its beliefs, its moves queued this week, its walk-away and its value of each
 * offer in the history, its score; and for both sides the seed and the pre-rolled future draws, from which the
 * hidden values could be worked out. Pure: runs on the server and in the browser.
 */
import { otherSide, type GameState, type Scenario, type SideId, type SimEvent, type WeekSummary } from '../sim';

/** A game state as one seat sees it (see the module comment for what is zeroed). */
export type SeatState = Omit<GameState, 'scenario'>;

/** Everything a seat is sent after each change in its game. */
export interface SeatView {
  readonly side: SideId;
  readonly roomId: string;
  readonly scenarioId: string;
  /** Accepted actions so far in this game (both seats' and the AI's): rises by one with each. */
  readonly seq: number;
  readonly state: SeatState;
  /** What the latest change did, as this seat may see it (the other side's queued moves left out). */
  readonly events: readonly SimEvent[];
  readonly clock: {
    readonly paused: boolean;
    /** When this week's turn ends by itself (epoch ms), or null with no time limit. */
    readonly deadline: number | null;
    readonly classEnded: boolean;
  };
  /** Who holds the other seat: a person (connected or not) or the AI. */
  readonly opponent: { readonly name: string; readonly ai: boolean; readonly connected: boolean };
}

/** The same structure with every number zero: a private subtree's shape without its values. */
const zeroed = <T>(value: T): T => {
  if (typeof value === 'number') return 0 as T;
  if (Array.isArray(value)) return value.map(zeroed) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, zeroed(v)])) as T;
  return value;
};

const bySide = <T>(record: Readonly<Record<SideId, T>>, other: SideId, blank: T): Readonly<Record<SideId, T>> => ({ ...record, [other]: blank });

const summaryFor = (summary: WeekSummary, other: SideId): WeekSummary => ({
  ...summary,
  ...(other === 'union' ? { moraleBp: 0, angerBp: 0 } : { payCostKPerYear: 0 }),
  walkAway: bySide(summary.walkAway, other, 0),
  offers: summary.offers.map((o) => ({ ...o, utility: bySide(o.utility, other, 0) })),
});

/** The state as `side` may see it. */
export const seatState = (state: GameState, side: SideId): SeatState => {
  const other = otherSide(side);
  const { scenario: _scenario, ...rest } = state;
  return {
    ...rest,
    seed: '',
    world: [],
    hidden: other === 'union' ? { ...state.hidden, unionFloorX100: 0 } : { ...state.hidden, employerReadAcrossBp: 0 },
    union: other === 'union' ? zeroed(state.union) : state.union,
    employer: other === 'employer' ? { ...state.employer, headroomK: 0 } : state.employer,
    beliefs: bySide(state.beliefs, other, zeroed(state.beliefs[other])),
    turn: bySide(state.turn, other, { actions: [], ended: state.turn[other].ended }),
    history: state.history.map((s) => summaryFor(s, other)),
    outcome: state.outcome ? { ...state.outcome, scores: bySide(state.outcome.scores, other, 0) } : null,
  };
};

/** The events `side` may see: everything but the other side's queued moves (they show when the week resolves). */
export const seatEvents = (events: readonly SimEvent[], side: SideId): SimEvent[] =>
  events.filter((e) => !(e.type === 'actionQueued' && e.side !== side));

/** A seat's state with its scenario put back, for the view models and the core's AI to read. */
export const withScenario = (seat: SeatState, scenario: Scenario): GameState => ({ ...seat, scenario });
