// A game in play, as plain data: its setup, the current state, the action log (the save) and the bookkeeping
// the screens need (where each week starts in the log, the last week's report). Pure functions over the
// core's `step` and its week driver; the zustand store in game-store.ts holds one Session and persists its log.
import {
  AI_CONTROLLER,
  HUMAN_CONTROLLER,
  SIDES,
  decide,
  err,
  mondayOf,
  ok,
  newGame,
  playWeek,
  replayLog,
  step,
  type Controllers,
  type Action,
  type AiMessage,
  type GameState,
  type Progress,
  type Rejection,
  type Result,
  type Scenario,
  type SideId,
  type SimEvent,
} from '../sim/index';
import type { Mode } from './persistence';

export interface GameSetup {
  readonly scenarioId: string;
  readonly seed: string;
  /** For each side `human`, `ai` or `ai:<persona>`, as `newGame` reads them. */
  readonly players: Readonly<Record<SideId, string>>;
  readonly mode: Mode;
  /** A networked class game: the one side this screen plays (the other is a person elsewhere). */
  readonly seat?: SideId;
}

/** What the WeekResult screen shows: one resolved week. */
export interface WeekReport {
  readonly week: number;
  /** The events of the resolution (strikes held, offers made, ballots counted, headlines…). */
  readonly events: readonly SimEvent[];
  /** What the AI said about its moves this week. */
  readonly messages: readonly AiMessage[];
  /** The quiet weeks a skip played through before this one (oldest first); absent when the week was simply ended. */
  readonly skipped?: readonly number[];
}

/**
 * A game in play. Its progress (state, events, resolved) is what the last accepted dispatch came to, the AI's
 * week and the resolution included; when it resolved a week, that week's result is `lastWeek`.
 */
export interface Session extends Progress {
  readonly setup: GameSetup;
  readonly scenario: Scenario;
  readonly log: readonly Action[];
  /** weekStarts[w]: the index in `log` of week w's first action. */
  readonly weekStarts: readonly number[];
  /** The state at the start of the current week: what the AI decides from, so it never sees this week's moves. */
  readonly weekStart: GameState;
  /** Why the last dispatched action was refused; null after an accepted one. */
  readonly rejection: Rejection | null;
  readonly lastWeek: WeekReport | null;
  /** The last few resolved weeks, newest last, for the news feed. */
  readonly recent: readonly WeekReport[];
  /** The state at week 0, before any move: the charts' first point. */
  readonly origin: GameState;
}

/** How many past weeks the news feed keeps. */
const RECENT_WEEKS = 4;

const isAi = (setup: GameSetup, side: SideId): boolean => setup.players[side] !== 'human';

/** The side the screen shows: the one human, or in hot-seat the first human still to end the week. */
export function viewSide(session: Session): SideId {
  if (session.setup.seat) return session.setup.seat;
  const humans = SIDES.filter((side) => !isAi(session.setup, side));
  return humans.find((side) => !session.state.turn[side].ended) ?? humans[0] ?? 'union';
}

export function startSession(scenario: Scenario, setup: GameSetup): Session {
  const state = newGame(scenario, { seed: setup.seed, players: setup.players });
  return { setup, scenario, state, log: [], weekStarts: [0], weekStart: state, events: [], rejection: null, resolved: false, lastWeek: null, recent: [], origin: state };
}

/** Records a resolved week: where the next one starts in the log, and what happened. */
function closeWeek(session: Session, week: number, events: readonly SimEvent[], messages: readonly AiMessage[]): Session {
  const over = session.state.outcome !== null;
  const report = { week, events, messages };
  return {
    ...session,
    weekStarts: over ? session.weekStarts : [...session.weekStarts, session.log.length],
    weekStart: session.state,
    lastWeek: report,
    recent: [...session.recent, report].slice(-RECENT_WEEKS),
  };
}

/** The week driver's controllers for a setup: the AI plays its sides, humans move through the store. */
const controllersOf = (setup: GameSetup): Controllers => ({
  union: isAi(setup, 'union') ? AI_CONTROLLER : HUMAN_CONTROLLER,
  employer: isAi(setup, 'employer') ? AI_CONTROLLER : HUMAN_CONTROLLER,
});

/**
 * Applies a player's action. When a human ends the turn, each AI side still to move plays its week, which
 * resolves it. Never throws: a refused action comes back in `rejection` and changes nothing else.
 */
export function applyAction(session: Session, action: Action): Session {
  const result = step(session.state, action);
  if (result.rejected) return { ...session, events: [], rejection: result.rejected };
  const next: Session = { ...session, state: result.state, log: [...session.log, action], rejection: null, resolved: false };
  if (result.events.some((e) => e.type === 'weekResolved')) return { ...closeWeek(next, session.state.week, result.events, []), events: result.events, resolved: true };
  const aiToMove = SIDES.some((side) => isAi(session.setup, side) && !next.state.turn[side].ended);
  if (action.type !== 'endTurn' || !aiToMove) return { ...next, events: result.events };

  // The AI plays its week from the week's start, so it never sees this week's human moves; its refused moves are skipped.
  const played = playWeek(next.state, controllersOf(session.setup), { weekStart: session.weekStart });
  const moved: Session = { ...next, state: played.state, log: [...next.log, ...played.actions.filter((a) => !a.rejected).map((a) => a.action)] };
  const events = [...result.events, ...played.events];
  if (!played.resolved) return { ...moved, events };
  return { ...closeWeek(moved, session.state.week, played.resolution, played.messages), events, resolved: true };
}

/** What the AI said in a past week, recovered by asking it again (it is deterministic) for the moves it made. */
function recoverMessages(setup: GameSetup, start: GameState, weekLog: readonly Action[]): AiMessage[] {
  const made = new Set(weekLog.map((a) => JSON.stringify(a)));
  return SIDES.filter((side) => isAi(setup, side)).flatMap((side) =>
    decide(start, side)
      .filter((d) => d.message !== null && made.has(JSON.stringify(d.action)))
      .map((d) => ({ side, text: d.message!, reason: d.reason, why: d.why })),
  );
}

export interface ReplayProblem {
  /** Index of the first move that no longer fits, in the log. */
  readonly index: number;
  readonly message: string;
}

/**
 * Rebuilds a session from its log, as a save is loaded (the same loop as the core's `replay`, plus the week
 * bookkeeping). A move the core refuses means the log does not belong to this scenario: it is reported, never
 * skipped, so a save is either reproduced exactly or refused.
 */
export function rebuildSession(scenario: Scenario, setup: GameSetup, log: readonly Action[]): Result<Session, ReplayProblem> {
  let session: Session;
  try {
    session = startSession(scenario, setup);
  } catch (error) {
    return err({ index: -1, message: error instanceof Error ? error.message : String(error) });
  }
  const { weeks } = replayLog(session.state, log);
  const refused = weeks.flatMap((w) => w.actions).find((a) => a.rejected);
  if (refused?.rejected) return err({ index: refused.index, message: refused.rejected.message });
  for (const week of weeks) {
    session = { ...session, state: week.state, log: log.slice(0, week.to) };
    if (week.resolved) session = closeWeek(session, week.week, week.resolution, []);
  }
  // Messages are not in the log: ask the AI again, for the last resolved week only (the one screens show).
  const last = weeks.filter((w) => w.resolved).at(-1);
  if (session.lastWeek && last) {
    const lastWeek = { ...session.lastWeek, messages: recoverMessages(setup, last.start, log.slice(last.from, last.to)) };
    session = { ...session, lastWeek, recent: [...session.recent.slice(0, -1), lastWeek] };
  }
  return ok({ ...session, events: [], rejection: null });
}

/** The log cut back to the start of `week`, replayed. */
export function rewindTo(session: Session, week: number): Session {
  const cut = session.weekStarts[week] ?? 0;
  const rebuilt = rebuildSession(session.scenario, session.setup, session.log.slice(0, cut));
  if (!rebuilt.ok) throw new Error(`rewind failed at move ${rebuilt.error.index}: ${rebuilt.error.message}`); // a prefix of a valid log replays
  return rebuilt.value;
}

/** The week an undo goes back to: the start of the last resolved week, or null when there is none. */
export function undoTarget(session: Session): number | null {
  const { state } = session;
  if (state.outcome) return state.week;
  return state.week > 0 ? state.week - 1 : null;
}

/** Takes back a move queued this week (the week has not resolved, so nothing was learnt from it). */
export function withdraw(session: Session, index: number): Session {
  const from = session.weekStarts[session.state.week] ?? 0;
  if (index < from || index >= session.log.length || session.state.outcome) return session;
  const log = [...session.log.slice(0, index), ...session.log.slice(index + 1)];
  const rebuilt = rebuildSession(session.scenario, session.setup, log);
  return rebuilt.ok ? rebuilt.value : session;
}

/** Events that end a skip: something happened that the player should see, or a decision is due. Every other
 *  event (a move queued, a turn ended, the week resolved, a statement, planned care, catch-up funding) is quiet. */
export const SKIP_STOPS: ReadonlySet<SimEvent['type']> = new Set<SimEvent['type']>([
  'offerMade', 'offerAccepted', 'offerRejected', 'offerWithdrawn',
  'referendumOpened', 'referendumClosed', 'dealRatified', 'awardImposed',
  'strikeCalled', 'strikeSuspended', 'strikeDaysHeld',
  'ballotOpened', 'ballotClosed', 'mandateExpired',
  'scenarioEvent', 'treasuryIntervened', 'safetyConcernReported', 'gameEnded',
]);

/** A skip also stops when the strike mandate comes within this many days of its end. */
export const MANDATE_WARNING_DAYS = 28;

const mandateDaysLeft = (state: GameState): number | null => {
  const mandate = state.law.mandate;
  return mandate === null ? null : mandate.until - mondayOf(state);
};

/** Whether a resolved week (from `before` to `after`, with these events) ends a skip. */
export function stopsSkip(before: GameState, after: GameState, events: readonly SimEvent[]): boolean {
  if (after.outcome !== null || events.some((e) => SKIP_STOPS.has(e.type))) return true;
  const left = mandateDaysLeft(after);
  const leftBefore = mandateDaysLeft(before);
  return left !== null && left <= MANDATE_WARNING_DAYS && (leftBefore === null || leftBefore > MANDATE_WARNING_DAYS);
}

/**
 * Skip to the next event: ends the side's week again and again (with no new moves: only what is already queued
 * this week is played), the AI playing its side as usual, until a week brings an event in SKIP_STOPS, the
 * mandate nears its end, or the game ends. The week that stopped it is `lastWeek`, carrying the quiet weeks
 * before it in `skipped`. Only for a game with one human side; a refused end of the week comes back as is.
 */
export function skipQuietWeeks(session: Session): Session {
  if (session.state.outcome || SIDES.filter((side) => !isAi(session.setup, side)).length !== 1) return session;
  const side = viewSide(session);
  const quiet: number[] = [];
  let current = session;
  // The game ends by its horizon, so the loop ends; the bound is a guard only.
  for (let i = 0; i <= session.scenario.horizonWeeks + 1; i += 1) {
    const before = current.state;
    const next = applyAction(current, { side, type: 'endTurn' });
    if (next.rejection || !next.resolved || !next.lastWeek) return quiet.length === 0 ? next : current;
    current = next;
    if (stopsSkip(before, next.state, next.lastWeek.events)) break;
    quiet.push(next.lastWeek.week);
  }
  if (quiet.length === 0 || !current.lastWeek) return current;
  const lastWeek: WeekReport = { ...current.lastWeek, skipped: quiet };
  return { ...current, lastWeek, recent: [...current.recent.slice(0, -1), lastWeek] };
}
