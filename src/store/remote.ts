// A class game: the session in play is driven by the server's view of this seat (a SeatView), and the player's
// moves go to the server instead of the local core. Pure: the network link itself is behind `RemoteSeat`
// (src/classroom/student.ts), loaded only when a player joins a class.
import type { SeatView } from '../classroom/seat-view';
import { withScenario } from '../classroom/seat-view';
import { isoFromDay, otherSide, termsFromOffer, type Action, type GameState, type PlayerKind, type Players, type Scenario, type ScriptAction, type SideId, type SimEvent } from '../sim/index';
import type { Session, WeekReport } from './session';

/** The store's handle on the seat's connection: where a move goes, and how to let go of the seat. */
export interface RemoteSeat {
  /** Sends a move (without its side: the seat decides it). */
  send(action: ScriptAction): void;
  /** Takes back the seat's `index`-th move queued this week (the session's log is exactly those moves). */
  takeBack(index: number): void;
  /** Leaves the game and the class (the seat is kept on the server for the seat token). */
  leave(): void;
}

/** How many past weeks the news feed keeps (as offline). */
const RECENT_WEEKS = 4;

/** An action as the wire carries it: without its side (the seat decides the side). */
export const toScriptAction = ({ side: _side, ...rest }: Action): ScriptAction => rest as ScriptAction;

type Queued = GameState['turn'][SideId]['actions'][number];

/** A move as the core queued it, back in the words the player chose it in (what the Table lists as queued). */
const actionOfQueued = (scenario: Scenario, side: SideId, q: Queued): Action => {
  const vote = (v: { readonly weeks: number; readonly continueAction: boolean } | undefined) => (v ? { voteWeeks: v.weeks, continueAction: v.continueAction } : {});
  switch (q.type) {
    case 'propose':
    case 'imposeAward':
      return { side, type: q.type, offer: termsFromOffer(scenario, q.offer) };
    case 'callStrike':
      return { side, type: 'callStrike', start: isoFromDay(q.start), days: q.days };
    case 'accept':
    case 'putToMembers':
      return { side, type: q.type, ...vote(q.vote) };
    case 'fundCatchUp':
      return { side, type: 'fundCatchUp', gbpM: q.gbpK / 1000 };
    default:
      return { side, ...q } as Action;
  }
};

/** The week a batch of events resolved, if it resolved one. */
const resolvedWeek = (events: readonly SimEvent[]): number | null => {
  const done = events.find((e) => e.type === 'weekResolved');
  return done && done.type === 'weekResolved' ? done.week : null;
};

/**
 * Who plays each side as the server holds them: this seat a person, the other a person or, when the AI holds it,
 * the AI (its side's default persona, the one it plays in class). What par reads (src/share/par.ts), as the
 * teacher's table and the class report do; the seat view's own state says `human` for both.
 */
export const playersOfView = (view: Pick<SeatView, 'side' | 'opponent'>, scenario: Scenario): Players => {
  const other = otherSide(view.side);
  const them: PlayerKind = view.opponent.ai ? `ai:${scenario.sides[other].defaultPersona}` : 'human';
  return { [view.side]: 'human', [other]: them } as Record<SideId, PlayerKind>;
};

/**
 * The session a seat view makes, carrying on from the previous one: its state is the seat's (the other side's
 * private values zeroed by the server), its log is this seat's moves queued this week, and a view whose events
 * resolved a week becomes that week's report, as offline.
 */
export function sessionFromView(previous: Session | null, view: SeatView, scenario: Scenario): Session {
  // The state's players say who holds each seat, so par faces the AI's persona or a person as the teacher's does;
  // the setup stays two people's, so no screen reads the AI's reasons from values the seat was never sent.
  const state = { ...withScenario(view.state, scenario), players: playersOfView(view, scenario) };
  const other = otherSide(view.side);
  const log = state.turn[view.side].actions.map((q) => actionOfQueued(scenario, view.side, q));
  const sameGame = previous !== null && previous.setup.seat === view.side && previous.state.scenarioHash === state.scenarioHash;
  // A view sent again (the other seat came or went) carries the last resolution's events again: not a new week.
  // A week that moved on without its resolution in the events (a view missed) still ends that week, with no news.
  const moved = sameGame && state.week > previous.state.week && !state.outcome ? previous.state.week : null;
  const resolved = resolvedWeek(view.events) ?? moved;
  const week = resolved !== null && !(sameGame && previous.lastWeek?.week === resolved) ? resolved : null;
  const base: Session = {
    setup: { scenarioId: view.scenarioId, seed: '', players: { [view.side]: 'human', [other]: 'human' } as Session['setup']['players'], mode: 'normal', seat: view.side },
    scenario,
    state,
    log,
    weekStarts: Array.from({ length: state.week + 1 }, () => 0),
    weekStart: state,
    events: view.events,
    rejection: null,
    resolved: week !== null,
    lastWeek: sameGame ? previous.lastWeek : null,
    recent: sameGame ? previous.recent : [],
    origin: sameGame ? previous.origin : state,
  };
  if (week === null) return base;
  const report: WeekReport = { week, events: view.events, messages: [] };
  return { ...base, lastWeek: report, recent: [...base.recent, report].slice(-RECENT_WEEKS) };
}
