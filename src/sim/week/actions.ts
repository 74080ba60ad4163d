/**
 * 4 ACTIONS: the BMA's strike calls and ballots; the Government's imposed awards and catch-up funding; both
 * sides' statements, believed less when repeated and, when conciliatory, only with a concession behind them.
 * Strike calls and imposed awards wait while a deal is before members or ratified.
 */
import { BP, divRound, mulBp } from '../fixed';
import { catchUpTerms } from '../harm';
import { reformAppliesOn } from '../law';
import { otherSide, SIDES, type Effect } from '../scenario/types';
import type { Offer, SideId, SimEvent } from '../types';
import { unionUtility, employerUtility } from '../utility';
import { headlinePctX100, queued, withEffect, type Phase, type WeekInProgress } from './types';

export const actionsPhase: Phase = (week: WeekInProgress) => {
  const { start, notes: before } = week;
  const sc = start.scenario;
  const events: SimEvent[] = [];
  let { law, negotiation, strikes } = week.state;
  let notes = before;
  const talksClosed = negotiation.referendum !== null || notes.ratified !== null;

  const call = queued(start, 'union', 'callStrike');
  if (call && !talksClosed) {
    strikes = { ...strikes, calls: [...strikes.calls, { calledWeek: start.week, start: call.start, days: call.days, suspendedFrom: null }] };
    events.push({ type: 'strikeCalled', start: call.start, days: call.days });
  }
  if (queued(start, 'union', 'openBallot') && law.ballot?.status !== 'open') {
    const reformRules = reformAppliesOn(sc, notes.monday);
    const closes = notes.monday + sc.law.ballotWindowWeeks * 7;
    law = { ...law, ballot: { opened: notes.monday, closes, status: 'open', turnoutBp: null, yesBp: null, reformRules } };
    events.push({ type: 'ballotOpened', closes, reformRules });
  }
  let employer = { ...week.state.employer, strikeCostK: week.state.employer.strikeCostK + notes.strikeCostK };
  const imposed = queued(start, 'employer', 'imposeAward');
  if (imposed && !talksClosed) {
    notes = { ...notes, payAwardedX100: notes.payAwardedX100 + headlinePctX100(start, imposed.offer) - headlinePctX100(start, negotiation.statusQuo) };
    employer = { ...employer, imposed: imposed.offer };
    negotiation = { ...negotiation, statusQuo: imposed.offer, standing: { union: null, employer: null } };
    notes = withEffect(notes, sc.reactions.imposedAward);
    events.push({ type: 'awardImposed', terms: imposed.offer });
  }
  const catchUp = queued(start, 'employer', 'fundCatchUp');
  if (catchUp) {
    const gbpK = Math.min(catchUp.gbpK, employer.headroomK);
    const episodes = divRound(gbpK * 1000, Math.max(1, catchUpTerms(sc)?.costPerUnit ?? 1));
    employer = { ...employer, headroomK: employer.headroomK - gbpK, catchUpSpentK: employer.catchUpSpentK + gbpK, catchUpEpisodesPending: employer.catchUpEpisodesPending + episodes };
    events.push({ type: 'catchUpFunded', gbpK, episodes });
  }
  const concededWeek = { ...start.opinion.concededWeek };
  for (const side of SIDES) if (concededThisWeek(week, side)) concededWeek[side] = start.week;
  const credibility = sc.opinion.statementCredibility;
  const statementsX100 = { ...start.opinion.statementsX100 };
  for (const side of SIDES) {
    const remembered = mulBp(start.opinion.statementsX100[side], credibility.repeatRetainedBp);
    statementsX100[side] = remembered;
    const statement = queued(start, side, 'statement');
    if (!statement) continue;
    const worn = divRound(100 * BP, 100 + remembered);
    const backed = concededWeek[side] !== null && start.week - concededWeek[side]! < credibility.backingWeeks;
    const factorBp = statement.tone === 'conciliatory' && !backed ? mulBp(worn, credibility.unbackedBp) : worn;
    notes = withEffect(notes, scaleEffect(sc.statements[side][statement.tone], factorBp));
    statementsX100[side] = remembered + 100;
    events.push({ type: 'statementMade', side, tone: statement.tone });
  }
  const opinion = { ...week.state.opinion, statementsX100, concededWeek };
  return { week: { ...week, state: { ...week.state, law, negotiation, strikes, employer, opinion }, notes }, events };
};

/** A statement's effect as far as it is believed (bp of its full effect). */
const scaleEffect = (e: Effect, factorBp: number): Effect => ({
  ...e,
  supportBp: mulBp(e.supportBp, factorBp),
  salienceBp: mulBp(e.salienceBp, factorBp),
  blameBp: mulBp(e.blameBp, factorBp),
  angerBp: mulBp(e.angerBp, factorBp),
  moraleBp: mulBp(e.moraleBp, factorBp),
});

/**
 * Whether a side made a concession this week: an offer worth more to the other side than any it made before
 * (for the Government, also more than the status quo). It backs that side's conciliatory statements.
 */
const concededThisWeek = (week: WeekInProgress, side: SideId): boolean => {
  const { start, notes } = week;
  const sc = start.scenario;
  const other = otherSide(side);
  const value = (offer: Offer): number => (other === 'union' ? unionUtility(sc, offer) : employerUtility(sc, start.hidden.employerReadAcrossBp, offer));
  const opening = sc.sides[side].openingOffer;
  let best = side === 'employer' ? value(start.negotiation.statusQuo) : Number.NEGATIVE_INFINITY;
  if (opening) best = Math.max(best, value(opening));
  for (const summary of start.history) for (const o of summary.offers) if (o.from === side) best = Math.max(best, o.utility[other]);
  return notes.offers.some((o) => o.from === side && value(o.offer) > best);
};
