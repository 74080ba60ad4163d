/**
 * Core state → the runner's JSON records (scenarios/README.md#json-output). Pure: no I/O. Units are turned
 * into what a reader expects: percentages of the public with one decimal, shares 0..1, money in £ million,
 * dates as ISO strings, offers as `{ issueId: value }` terms.
 */
import {
  isoFromDay,
  stateHash,
  termsFromOffer,
  weekStart,
  type ActionOutcome,
  type AiMessage,
  type GameState,
  type Offer,
  type Outcome,
  type PlayedWeek,
  type Scenario,
  type ScriptAction,
  type SideId,
  type SimEvent,
  type StandingOffer,
  type WeekSummary,
} from '../sim';

export type Terms = Record<string, number>;

export interface OfferRecord {
  readonly from: SideId;
  /** The week it was made; -1 for a side's opening position, which stands before the game starts. */
  readonly week: number;
  readonly offer: Terms;
}

export interface BallotRecord {
  readonly status: 'open' | 'won' | 'lost';
  readonly opened: string;
  readonly closes: string;
  /** Share of those entitled who voted, 0..1; null while the ballot is open. */
  readonly turnout: number | null;
  /** Share of votes cast that were yes, 0..1; null while the ballot is open. */
  readonly yes: number | null;
}

export interface ActionRecord {
  readonly side: SideId;
  /** The action as a script would write it (no `side`). */
  readonly action: ScriptAction;
  readonly rejected?: { readonly reason: string; readonly message: string };
}

/** A core event made JSON-friendly; `type` is the core's event type. */
export type EventRecord = { readonly type: string } & Readonly<Record<string, unknown>>;

export interface ReferendumRecord {
  readonly from: SideId;
  readonly terms: Terms;
  /** Week the members' vote opened and the week it is counted. */
  readonly openedWeek: number;
  readonly closesWeek: number;
  readonly recommended: boolean;
}

export interface WeekRecord {
  readonly week: number;
  /** The Monday the week starts, ISO. */
  readonly date: string;
  /** Shares of the public, percent with one decimal; the three always sum to 100.0. */
  readonly support: number;
  readonly oppose: number;
  readonly neutral: number;
  readonly waitingList: number;
  readonly strikeDays: number;
  readonly rescheduled: number;
  readonly rescheduledTotal: number;
  readonly plannedCareKept: number;
  readonly strikeCostTotalGBPm: number;
  readonly payCostGBPmPerYear: number;
  readonly mandateValidUntil: string | null;
  readonly ballot: BallotRecord | null;
  readonly offerOnTable: OfferRecord | null;
  readonly actions: readonly ActionRecord[];
  readonly events: readonly EventRecord[];
  readonly messages: readonly AiMessage[];
  // Extras beyond the contract's minimum.
  /** Each side's walk-away value (utility of no deal) on its own utility scale, 0..1 (the Government's may go below 0). */
  readonly walkAway: Readonly<Record<SideId, number>>;
  /** Offers made this week, with their utility to each side (same scales as walkAway). */
  readonly offersMade: readonly { readonly from: SideId; readonly offer: Terms; readonly utility: Readonly<Record<SideId, number>> }[];
  /** Both sides' offers still standing (unanswered) after the week. */
  readonly standingOffers: Readonly<Record<SideId, OfferRecord | null>>;
  /** A deal out to the members' vote, or null. */
  readonly referendum: ReferendumRecord | null;
  /** Members' morale and anger, 0..1. */
  readonly morale: number;
  readonly anger: number;
  /** Share of entitled members who strike on a strike day at this week's mood, 0..1. */
  readonly participation: number;
  /** How much the public attends to the dispute, 0..1. */
  readonly salience: number;
  /** Shares of the public blaming each side more, 0..1. */
  readonly blame: { readonly government: number; readonly doctors: number };
  readonly strikeDaysTotal: number;
  /** Notified strike days after this week, ISO. */
  readonly upcomingStrikeDays: readonly string[];
  readonly mitigationLevel: number;
  readonly bmaLostPayGBPm: number;
  readonly strikeFundGBPm: number;
  readonly budgetHeadroomGBPm: number;
}

export interface OutcomeRecord {
  readonly kind: Outcome['kind'];
  readonly week: number;
  readonly terms: Terms | null;
  readonly scores: Readonly<Record<SideId, number>>;
}

export interface RunRecord {
  readonly scenario: string;
  readonly scenarioVersion: string;
  readonly seed: string;
  /** As given to the runner: `ai:<persona>` or `script:FILE`. */
  readonly players: Readonly<Record<SideId, string>>;
  readonly weeks: readonly WeekRecord[];
  /** Null when --weeks stopped the run before the game ended. */
  readonly outcome: OutcomeRecord | null;
  readonly stateHash: string;
  /** A URL-safe code that reopens this game in the browser (`#r=<code>`). */
  readonly replayCode: string;
}

const share = (bp: number): number => bp / 10000;
const gbpM = (k: number): number => k / 1000;

/** An offer's grid indexes as `{ issueId: value }` (the core's conversion, typed as the records' Terms). */
export const termsOf = (scenario: Scenario, offer: Offer): Terms => ({ ...termsFromOffer(scenario, offer) });

const offerRecord = (scenario: Scenario, offer: StandingOffer): OfferRecord => ({ from: offer.from, week: offer.week, offer: termsOf(scenario, offer.offer) });

const sameStanding = (a: StandingOffer, b: StandingOffer): boolean =>
  a.from === b.from && a.week === b.week && a.offer.length === b.offer.length && a.offer.every((x, i) => x === b.offer[i]);

/**
 * The offer on the table: the most recent offer that is still open to acceptance. That is the core's
 * `lastOffer` while it stands. Once it has been answered (rejected, or accepted and sent to members) or
 * swept away (an imposed award, a members' vote), it is the other side's offer if that still stands, and
 * otherwise nothing: an answered offer is off the table. A side's opening position (week -1) counts.
 */
export const offerOnTable = (state: GameState): StandingOffer | null => {
  const { standing, lastOffer } = state.negotiation;
  const open = [standing.bma, standing.gov].filter((o): o is StandingOffer => o !== null);
  if (lastOffer && open.some((o) => sameStanding(o, lastOffer))) return lastOffer;
  // The later week wins; within a week the Government's, as the core records it after the BMA's.
  return open.reduce<StandingOffer | null>((best, o) => (best === null || o.week > best.week || (o.week === best.week && o.from === 'gov') ? o : best), null);
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

export const outcomeRecord = (scenario: Scenario, outcome: Outcome): OutcomeRecord => ({
  kind: outcome.kind,
  week: outcome.week,
  terms: outcome.terms === null ? null : termsOf(scenario, outcome.terms),
  scores: { bma: outcome.scores.bma, gov: outcome.scores.gov },
});

/** Bookkeeping events left out of records: the week's `actions` already say what was queued. */
const BOOKKEEPING = new Set<SimEvent['type']>(['actionQueued', 'turnEnded', 'weekResolved']);

/** A core event as JSON: offers as terms, day numbers as ISO dates, basis points as 0..1, £k as £m. */
export const eventRecord = (scenario: Scenario, event: SimEvent): EventRecord => {
  const terms = (offer: Offer) => termsOf(scenario, offer);
  switch (event.type) {
    case 'offerMade':
    case 'offerAccepted':
      return { type: event.type, side: event.side, offer: terms(event.offer) };
    case 'offerRejected':
      return { type: event.type, side: event.side, offer: terms(event.offer), reasonable: event.reasonable };
    case 'referendumOpened':
      return { type: event.type, terms: terms(event.terms), closesWeek: event.closesWeek, recommended: event.recommended };
    case 'referendumClosed':
      return { type: event.type, terms: terms(event.terms), yes: share(event.yesBp), passed: event.passed };
    case 'dealRatified':
    case 'awardImposed':
      return { type: event.type, terms: terms(event.terms) };
    case 'strikeCalled':
      return { type: event.type, start: isoFromDay(event.start), days: event.days };
    case 'strikeSuspended':
      return { type: event.type, from: isoFromDay(event.from), daysCalledOff: event.daysCalledOff };
    case 'strikeDaysHeld':
      return {
        type: event.type,
        days: event.days.map(isoFromDay),
        participation: share(event.participationBp),
        rescheduled: event.rescheduled,
        costGBPm: gbpM(event.costK),
      };
    case 'ballotOpened':
      return { type: event.type, closes: isoFromDay(event.closes), reformRules: event.reformRules };
    case 'ballotClosed':
      return {
        type: event.type,
        turnout: share(event.turnoutBp),
        yes: share(event.yesBp),
        won: event.won,
        failedTest: event.failedTest,
        mandateUntil: event.mandateUntil === null ? null : isoFromDay(event.mandateUntil),
      };
    case 'mandateExpired':
      return { type: event.type, on: isoFromDay(event.on) };
    case 'catchUpFunded':
      return { type: event.type, gbpM: gbpM(event.gbpK), episodes: event.episodes };
    case 'gameEnded':
      return { type: event.type, outcome: outcomeRecord(scenario, event.outcome) };
    case 'actionQueued':
      return { type: event.type, side: event.side, action: event.action.type };
    default:
      // Events whose fields are already plain (statements, mitigation, scenario events, …) and any added later.
      return { ...(event as { type: string }) };
  }
};

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
    strikeCostTotalGBPm: gbpM(summary.strikeCostK),
    payCostGBPmPerYear: gbpM(summary.payCostKPerYear),
    mandateValidUntil: state.law.mandate ? isoFromDay(state.law.mandate.until) : null,
    ballot: ballotRecord(state),
    offerOnTable: table ? offerRecord(sc, table) : null,
    actions: played.actions.filter((a) => a.action.type !== 'endTurn' || a.rejected).map(actionRecord),
    events: played.events.filter((e) => !BOOKKEEPING.has(e.type)).map((e) => eventRecord(sc, e)),
    messages: played.messages.map((m) => ({ side: m.side, text: m.text, reason: m.reason })),
    walkAway: { bma: share(summary.walkAway.bma), gov: share(summary.walkAway.gov) },
    offersMade: summary.offers.map((o) => ({ from: o.from, offer: termsOf(sc, o.offer), utility: { bma: share(o.utility.bma), gov: share(o.utility.gov) } })),
    standingOffers: { bma: standing('bma'), gov: standing('gov') },
    referendum: referendum
      ? { from: referendum.from, terms: termsOf(sc, referendum.terms), openedWeek: referendum.opened, closesWeek: referendum.closesWeek, recommended: referendum.recommended }
      : null,
    morale: share(summary.moraleBp),
    anger: share(summary.angerBp),
    participation: share(summary.participationBp),
    salience: share(summary.salienceBp),
    blame: { government: share(summary.blameGovBp), doctors: share(summary.blameDoctorsBp) },
    strikeDaysTotal: state.strikes.daysHeld,
    upcomingStrikeDays: upcomingStrikeDays(state, monday + 6),
    mitigationLevel: state.gov.mitigationLevel,
    bmaLostPayGBPm: gbpM(state.bma.lostPayK),
    strikeFundGBPm: gbpM(state.bma.fundK),
    budgetHeadroomGBPm: gbpM(state.gov.headroomK),
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
  players: { bma: players.bma, gov: players.gov },
  weeks: weeks.map(weekRecord),
  outcome: final.outcome ? outcomeRecord(final.scenario, final.outcome) : null,
  stateHash: stateHash(final),
  replayCode,
});
