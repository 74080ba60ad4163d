/**
 * 2 STRIKES: this week's policies apply from Monday (a suspension, the mitigation level, and an answer that
 * sends a deal to members, which pauses action unless the union chose to continue it); then each notified strike day within the mandate is held.
 */
import { BP, mulBp } from '../fixed';
import { plannedUnitsOn } from '../harm';
import { noStrikePay, participationBp, strikeDayCostK, strikeDayPay, strikeDaysBetween, suspendFrom } from '../industrial';
import { voteChoiceOf } from '../legal';
import { WORLD_SLOTS } from '../new-game';
import type { SimEvent } from '../types';
import { queued, withEffect, type Phase, type PhaseResult, type WeekInProgress, type WeekNotes } from './types';

/** Policies that govern this week's strike days, from Monday. */
const applyPolicies = (week: WeekInProgress): PhaseResult => {
  const { start, state, notes } = week;
  const events: SimEvent[] = [];
  const negotiation = state.negotiation;
  const unionAnswer = queued(start, 'union', 'accept') ?? queued(start, 'union', 'putToMembers');
  const employerAnswer = queued(start, 'employer', 'accept');
  const goesToMembers =
    negotiation.referendum === null && notes.ratified === null && ((unionAnswer && negotiation.standing.employer) || (employerAnswer && negotiation.standing.union));
  // A vote the union runs with action continuing leaves its notified strike days standing.
  const pausesAction = goesToMembers && !(unionAnswer && negotiation.standing.employer && voteChoiceOf(start, unionAnswer.vote).continueAction);
  let calls = state.strikes.calls;
  if (queued(start, 'union', 'suspendStrike') || pausesAction || notes.ratified) {
    const suspended = suspendFrom(calls, notes.monday);
    calls = suspended.calls;
    if (suspended.calledOff > 0) events.push({ type: 'strikeSuspended', from: notes.monday, daysCalledOff: suspended.calledOff });
  }
  const mitigation = queued(start, 'employer', 'setMitigation');
  if (mitigation) events.push({ type: 'mitigationSet', level: mitigation.level });
  const mitigationLevel = mitigation ? mitigation.level : state.employer.mitigationLevel;
  return { week: { ...week, state: { ...state, employer: { ...state.employer, mitigationLevel }, strikes: { ...state.strikes, calls } } }, events };
};

/** The week's strike days under the mandate: pay lost, strike fund spent, NHS cost, and safety stories. */
const holdStrikeDays = (week: WeekInProgress, draws: readonly number[]): PhaseResult => {
  const { state } = week;
  const sc = state.scenario;
  const law = state.law;
  const mitigationLevel = state.employer.mitigationLevel;
  const strikeDays = strikeDaysBetween(state.strikes.calls, week.notes.monday, week.notes.sunday).filter(
    (d) => law.mandate !== null && d >= law.mandate.from && d <= law.mandate.until,
  );
  const participation = participationBp(sc, state);
  const events: SimEvent[] = [];
  let notes: WeekNotes = { ...week.notes, strikeDays, participationBp: participation, noStrikePay: noStrikePay(sc, state) };
  let union = state.union;
  if (strikeDays.length > 0) {
    const strikers = mulBp(sc.members.entitled, participation);
    let fundK = union.fundK;
    let lostPayK = union.lostPayK;
    for (let i = 0; i < strikeDays.length; i += 1) {
      const pay = strikeDayPay(sc, strikers, fundK);
      lostPayK += pay.lostK;
      fundK -= pay.payoutK;
    }
    let costK = 0;
    for (const d of strikeDays) costK += strikeDayCostK(sc, participation, mitigationLevel, plannedUnitsOn(sc, d));
    notes = { ...notes, strikeCostK: costK };
    union = { ...union, fundK, lostPayK };
    if (mitigationLevel > 50) notes = { ...notes, fx: { ...notes.fx, angerBp: notes.fx.angerBp + (mitigationLevel - 50) * sc.mitigation.angerPerLevelAbove50Bp } };
    const riskBp = Math.max(0, mitigationLevel - sc.mitigation.safetyRiskFromLevel) * sc.mitigation.safetyRiskPerLevelBp;
    if ((draws[WORLD_SLOTS.safety] ?? BP) < riskBp) {
      events.push({ type: 'safetyConcernReported' });
      notes = withEffect(notes, sc.reactions.safetyStory);
    }
  }
  union = { ...union, fundK: union.fundK + sc.members.fund.donationsKPerWeek };
  return { week: { ...week, state: { ...state, union }, notes }, events };
};

export const strikesPhase: Phase = (week, draws) => {
  const policies = applyPolicies(week);
  const held = holdStrikeDays(policies.week, draws);
  return { week: held.week, events: [...policies.events, ...held.events] };
};
