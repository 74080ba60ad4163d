/** 1 LAW: a ballot that has closed is counted; a members' vote on a deal is counted. */
import { BP, clamp, divRound } from '../fixed';
import { ballotResult, failedTest, mandateUntil, rulesFor, voteLengthTiltBp, voteTurnoutBp } from '../law';
import { WORLD_SLOTS } from '../new-game';
import type { GameState, Offer, SimEvent } from '../types';
import { unionUtility } from '../utility';
import { walkAwayOf } from '../walkaway';
import { headlinePctX100, withEffect, type Draws, type Phase, type PhaseResult, type WeekInProgress } from './types';

/**
 * Members' yes share for terms: above their resistance point they vote yes, more so when recommended. A vote
 * shorter or longer than the scenario's own (`weeks`, by default its length) shifts it by who turns out.
 */
export const referendumYesBp = (state: GameState, terms: Offer, recommended: boolean, draw: number, weeks = state.scenario.referendum.weeks): number => {
  const r = state.scenario.referendum;
  const margin = unionUtility(state.scenario, terms) - walkAwayOf(state, 'union');
  const noise = divRound((draw - 5000) * 300, BP);
  const tilt = weeks === r.weeks ? 0 : voteLengthTiltBp(state.scenario, state, weeks, recommended);
  return clamp(r.yesAtResistanceBp + divRound(margin * r.yesPerTenthUtilityBp, 1000) + (recommended ? r.recommendationBonusBp : 0) + tilt + noise, 0, BP);
};

/** A strike ballot that closes by Sunday is counted: won, it gives (or renews) a mandate. */
const countBallot = (week: WeekInProgress, draws: Draws): PhaseResult => {
  const { start, state } = week;
  const law = state.law;
  const ballot = law.ballot;
  if (ballot?.status !== 'open' || ballot.closes > week.notes.sunday) return { week, events: [] };
  const rules = rulesFor(start.scenario, ballot.reformRules);
  const { turnoutBp, yesBp } = ballotResult(start.scenario, start, draws[WORLD_SLOTS.turnout] ?? 5000, draws[WORLD_SLOTS.yes] ?? 5000);
  const failed = failedTest(rules, turnoutBp, yesBp);
  // A renewed mandate runs on from the old one, so action already lawfully called stays covered.
  const old = law.mandate && law.mandate.until >= ballot.closes ? law.mandate : null;
  const mandate = failed === null ? { from: old ? old.from : ballot.closes, until: Math.max(old ? old.until : 0, mandateUntil(start.scenario, rules, ballot.closes)) } : law.mandate;
  const counted = {
    mandate,
    ballot: { ...ballot, status: failed === null ? ('won' as const) : ('lost' as const), turnoutBp, yesBp },
    ballotsHeld: law.ballotsHeld + 1,
    failedInRow: failed === null ? 0 : law.failedInRow + 1,
  };
  const event: SimEvent = { type: 'ballotClosed', turnoutBp, yesBp, won: failed === null, failedTest: failed, mandateUntil: failed === null ? mandate!.until : null };
  return { week: { ...week, state: { ...state, law: counted } }, events: [event] };
};

/** Members' vote on a deal that closes this week: passed, the deal is ratified; failed, talks go on. */
const countReferendum = (week: WeekInProgress, draws: Draws): PhaseResult => {
  const { start, state } = week;
  const sc = start.scenario;
  const referendum = state.negotiation.referendum;
  if (!referendum || referendum.closesWeek > start.week) return { week, events: [] };
  // A vote counted past the horizon has no draws of its own week: it uses those of the week it opened (which no
  // other members' vote can use, as only one runs at a time).
  const row = start.week < start.world.length ? draws : (start.world[referendum.opened] ?? []);
  const weeks = referendum.closesWeek - referendum.opened;
  const yesBp = referendumYesBp(start, referendum.terms, referendum.recommended, row[WORLD_SLOTS.referendum] ?? 5000, weeks);
  const turnoutBp = voteTurnoutBp(sc, start, weeks, row[WORLD_SLOTS.turnout] ?? 5000);
  const passed = yesBp >= sc.referendum.passMarkBp;
  const closed: SimEvent = { type: 'referendumClosed', terms: referendum.terms, yesBp, passed, turnoutBp, weeks };
  if (!passed) {
    const negotiation = { ...state.negotiation, referendum: null };
    return { week: { ...week, state: { ...state, negotiation }, notes: withEffect(week.notes, sc.reactions.failedReferendum) }, events: [closed] };
  }
  const ratified = referendum.terms;
  const payAwardedX100 = week.notes.payAwardedX100 + headlinePctX100(start, ratified) - headlinePctX100(start, state.negotiation.statusQuo);
  const negotiation = { ...state.negotiation, referendum: null, statusQuo: ratified };
  return {
    week: { ...week, state: { ...state, negotiation }, notes: { ...week.notes, ratified, payAwardedX100 } },
    events: [closed, { type: 'dealRatified', terms: ratified }],
  };
};

export const lawPhase: Phase = (week, draws) => {
  const ballot = countBallot(week, draws);
  const referendum = countReferendum(ballot.week, draws);
  return { week: referendum.week, events: [...ballot.events, ...referendum.events] };
};
