/** Core state → the runner's records of each played week and of the whole run. Pure: no I/O. */
import {
  isoFromDay,
  stateHash,
  weekStart,
  type ActionOutcome,
  type GameState,
  type PlayedWeek,
  type Scenario,
  type ScriptAction,
  type SideId,
  type SimEvent,
  type StandingOffer,
  type WeekSummary,
} from '../sim';
import { eventRecord, gbpM, outcomeRecord, share, termsOf } from './event-records';
import type { ActionRecord, BallotRecord, OfferRecord, RunRecord, WeekRecord } from './records';

const offerRecord = (scenario: Scenario, offer: StandingOffer): OfferRecord => ({
  from: offer.from,
  week: offer.week,
  offer: termsOf(scenario, offer.offer),
  rejectedWeek: offer.rejectedWeek,
});

const sameStanding = (a: StandingOffer, b: StandingOffer): boolean =>
  a.from === b.from && a.week === b.week && a.offer.length === b.offer.length && a.offer.every((x, i) => x === b.offer[i]);

/**
 * The offer on the table: the most recent offer that is still open to acceptance. That is the core's
 * `lastOffer` while it stands (a rejected offer still stands). Once it has been withdrawn, accepted and sent
 * to members, or swept away (an imposed award, a members' vote), it is the other side's offer if that still
 * stands, and otherwise nothing. A side's opening position (week -1) counts.
 */
export const offerOnTable = (state: GameState): StandingOffer | null => {
  const { standing, lastOffer } = state.negotiation;
  const open = [standing.union, standing.employer].filter((o): o is StandingOffer => o !== null);
  const newest = lastOffer ? open.find((o) => sameStanding(o, lastOffer)) : undefined;
  if (newest) return newest;
  // The later week wins; within a week the Government's, as the core records it after the BMA's.
  return open.reduce<StandingOffer | null>((best, o) => (best === null || o.week > best.week || (o.week === best.week && o.from === 'employer') ? o : best), null);
};

const ballotRecord = (state: GameState): BallotRecord | null => {
  const b = state.law.ballot;
  if (!b) return null;
  return {
    status: b.status,
    opened: isoFromDay(b.opened),
    closes: isoFromDay(b.closes),
    turnout: b.turnoutBp === null ? null : share(b.turnoutBp),
    yes: b.yesBp === null ? null : share(b.yesBp),
  };
};

/** Bookkeeping events left out of records: the week's `actions` already say what was queued. */
const BOOKKEEPING = new Set<SimEvent['type']>(['actionQueued', 'turnEnded', 'weekResolved']);

const actionRecord = (outcome: ActionOutcome): ActionRecord => {
  const { side, ...action } = outcome.action;
  return outcome.rejected
    ? { side, action: action as ScriptAction, rejected: { reason: outcome.rejected.reason, message: outcome.rejected.message } }
    : { side, action: action as ScriptAction };
};

/** Notified strike days after `after`, ISO, from the calls in force. */
const upcomingStrikeDays = (state: GameState, after: number): string[] => {
  const days: number[] = [];
  for (const call of state.strikes.calls) {
    for (let d = call.start; d < call.start + call.days; d += 1) {
      if (d > after && (call.suspendedFrom === null || d < call.suspendedFrom)) days.push(d);
    }
  }
  return days.sort((a, b) => a - b).map(isoFromDay);
};

/** Percent of the public with one decimal, from bp; neutral takes the remainder so the three sum to 100.0. */
const publicPercents = (summary: WeekSummary) => {
  const support = Math.round(summary.supportBp / 10);
  const oppose = Math.round(summary.opposeBp / 10);
  return { support: support / 10, oppose: oppose / 10, neutral: (1000 - support - oppose) / 10 };
};

/** The record of one played week, from the state after it resolved. */
export const weekRecord = (played: PlayedWeek): WeekRecord => {
  const state = played.state;
  const sc = state.scenario;
  const summary = state.history.find((h) => h.week === played.week);
  if (!summary) throw new Error(`no history for week ${played.week}`);
  const monday = weekStart(sc.startDay, played.week);
  const table = offerOnTable(state);
  const referendum = state.negotiation.referendum;
  const standing = (side: SideId) => {
    const o = state.negotiation.standing[side];
    return o ? offerRecord(sc, o) : null;
  };
  return {
    week: played.week,
    date: isoFromDay(monday),
    ...publicPercents(summary),
    waitingList: summary.waitingList,
    strikeDays: summary.strikeDays,
    rescheduled: summary.rescheduled,
    rescheduledTotal: state.nhs.rescheduledTotal,
    plannedCareKept: share(summary.plannedCareKeptBp),
    strikeCostTotalM: gbpM(summary.strikeCostK),
    payCostMPerYear: gbpM(summary.payCostKPerYear),
    mandateValidUntil: state.law.mandate ? isoFromDay(state.law.mandate.until) : null,
    ballot: ballotRecord(state),
    offerOnTable: table ? offerRecord(sc, table) : null,
    actions: played.actions.filter((a) => a.action.type !== 'endTurn' || a.rejected).map(actionRecord),
    events: played.events.filter((e) => !BOOKKEEPING.has(e.type)).map((e) => eventRecord(sc, e)),
    messages: played.messages.map((m) => ({ side: m.side, text: m.text, reason: m.reason, why: m.why })),
    walkAway: { union: share(summary.walkAway.union), employer: share(summary.walkAway.employer) },
    offersMade: summary.offers.map((o) => ({ from: o.from, offer: termsOf(sc, o.offer), utility: { union: share(o.utility.union), employer: share(o.utility.employer) } })),
    standingOffers: { union: standing('union'), employer: standing('employer') },
    referendum: referendum
      ? { from: referendum.from, terms: termsOf(sc, referendum.terms), openedWeek: referendum.opened, closesWeek: referendum.closesWeek, recommended: referendum.recommended, voteWeeks: referendum.closesWeek - referendum.opened, continueAction: referendum.continueAction === true }
      : null,
    morale: share(summary.moraleBp),
    anger: share(summary.angerBp),
    participation: share(summary.participationBp),
    salience: share(summary.salienceBp),
    blame: { employer: share(summary.blameEmployerBp), union: share(summary.blameUnionBp) },
    strikeDaysTotal: state.strikes.daysHeld,
    upcomingStrikeDays: upcomingStrikeDays(state, monday + 6),
    mitigationLevel: state.employer.mitigationLevel,
    unionLostPayM: gbpM(state.union.lostPayK),
    strikeFundM: gbpM(state.union.fundK),
    budgetHeadroomM: gbpM(state.employer.headroomK),
  };
};

/** The whole run as the runner's JSON object. */
export const runRecord = (
  final: GameState,
  weeks: readonly PlayedWeek[],
  players: Readonly<Record<SideId, string>>,
  replayCode: string,
): RunRecord => ({
  scenario: final.scenarioId,
  scenarioVersion: final.scenarioVersion,
  seed: final.seed,
  players: { union: players.union, employer: players.employer },
  weeks: weeks.map(weekRecord),
  outcome: final.outcome ? outcomeRecord(final.scenario, final.outcome) : null,
  stateHash: stateHash(final),
  replayCode,
});
