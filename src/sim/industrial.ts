/**
 * Industrial action: who strikes (participation from morale and grievance, damped when the strike fund is empty),
 * which notified days fall in a week, and what each strike day costs the strikers and the Government.
 */
import { BP, divRound, mulBp } from './fixed';
import type { DayNumber } from './calendar';
import type { Scenario } from './scenario/types';
import type { GameState, StrikeCall } from './types';
import { lostUnitsCostK, referenceParticipationBp, weekdayUnits } from './harm';

/** Share of entitled members who would strike with strike pay on offer, bp (set by their mood). */
const paidParticipationBp = (scenario: Scenario, state: GameState): number => {
  const p = scenario.members.participation;
  const mood = divRound(state.union.moraleBp * p.moraleWeightBp + state.union.grievanceBp * (BP - p.moraleWeightBp), BP);
  return p.minBp + divRound((p.maxBp - p.minBp) * mood, BP);
};

/**
 * Whether the strike fund can no longer pay strike pay: it holds less than one strike day's payout at full
 * turnout. (A fund topped up by a week's donations is still empty in all but name.)
 */
export const noStrikePay = (scenario: Scenario, state: GameState): boolean => {
  const strikers = mulBp(scenario.members.entitled, paidParticipationBp(scenario, state));
  return state.union.fundK < strikeDayPay(scenario, strikers, Number.MAX_SAFE_INTEGER).payoutK;
};

/** Share of entitled members who strike on a strike day, bp: fewer (× `noFundFactor`) when there is no strike pay. */
export const participationBp = (scenario: Scenario, state: GameState): number => {
  const share = paidParticipationBp(scenario, state);
  return noStrikePay(scenario, state) ? divRound(share * scenario.members.participation.noFundFactorBp, BP) : share;
};

/** The days a call still stands for. */
const callDays = (call: StrikeCall): DayNumber[] => {
  const days: DayNumber[] = [];
  for (let d = call.start; d < call.start + call.days; d += 1) {
    if (call.suspendedFrom === null || d < call.suspendedFrom) days.push(d);
  }
  return days;
};

/** Notified strike days in [from, to], sorted. */
export const strikeDaysBetween = (calls: readonly StrikeCall[], from: DayNumber, to: DayNumber): DayNumber[] => {
  const days: DayNumber[] = [];
  for (const call of calls) for (const d of callDays(call)) if (d >= from && d <= to) days.push(d);
  return days.sort((a, b) => a - b);
};

/** Calls off every notified day from `from` on; returns the new calls and how many days were called off. */
export const suspendFrom = (calls: readonly StrikeCall[], from: DayNumber): { calls: StrikeCall[]; calledOff: number } => {
  let calledOff = 0;
  const next = calls.map((call) => {
    const standing = callDays(call).filter((d) => d >= from).length;
    if (standing === 0) return call;
    calledOff += standing;
    const cut = call.suspendedFrom === null ? from : Math.min(call.suspendedFrom, from);
    return { ...call, suspendedFrom: Math.max(call.start, cut) };
  });
  return { calls: next, calledOff };
};

/**
 * Cost to the employer of one strike day, £k: cover at the reference participation, scaled; the premium for
 * keeping the service going; and what the units lost cost (see `lostUnitsCostK`). `plannedUnits` is the day's
 * planned units (a weekday's by default).
 */
export const strikeDayCostK = (scenario: Scenario, participation: number, mitigationLevel: number, plannedUnits = weekdayUnits(scenario.harm)): number =>
  divRound(scenario.costs.strikeDayKAtReference * participation, referenceParticipationBp(scenario)) +
  divRound(scenario.mitigation.extraCostKPerDayAt100 * mitigationLevel, 100) +
  lostUnitsCostK(scenario, plannedUnits, participation, mitigationLevel);

/** Strikers' lost pay for a strike day, £k, and the fund's payout toward it. */
export const strikeDayPay = (scenario: Scenario, strikers: number, fundK: number): { lostK: number; payoutK: number } => {
  const lostK = divRound(strikers * scenario.members.dailyPay, 1000);
  const f = scenario.members.fund;
  const wanted = divRound(divRound(lostK * f.claimShareBp, BP) * f.coverageBp, BP);
  return { lostK, payoutK: Math.min(fundK, wanted) };
};
