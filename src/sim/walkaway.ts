/**
 * Each side's walk-away value: the utility of no deal this week. The BMA's is the members' resistance point on
 * the headline issue (Hicks's resistance curve). The Government's is the status quo less what it expects the
 * dispute to cost over its planning horizon: strike days while the union can lawfully strike, at today's cost
 * per day, plus political cost that grows with blame, public support for the strikers and the waiting list
 * (Hicks's concession curve: concede up to what the strikes would cost).
 */
import { BP, clamp, divRound, mulBp } from './fixed';
import { harmPressureBp, referenceParticipationBp } from './harm';
import { strikeDayCostK, strikeDaysBetween } from './industrial';
import { mondayOf } from './legal';
import { blameShares, publicShares } from './opinion';
import { treasuryPressureBp } from './treasury';
import type { GameState, SideId } from './types';
import { unionWalkAway, employerCostK, employerUtilityOfCost } from './utility';

/** How hard the dispute presses on the Government now, bp. */
export const politicalPressureBp = (state: GameState): number => {
  const sc = state.scenario;
  const w = sc.costs.pressureWeights;
  const list = harmPressureBp(state);
  // Blame presses by its balance: those blaming the Government more, less those blaming the doctors more.
  const blame = blameShares(sc, state.opinion);
  const total =
    w.blameBp * Math.max(0, blame.employerBp - blame.unionBp) +
    w.supportBp * publicShares(sc, state.opinion).supportBp +
    w.harmBp * list;
  // A Treasury that has stepped in over the budget overrun presses too (treasury.ts).
  return clamp(divRound(total, BP) + treasuryPressureBp(state), 0, BP);
};

/**
 * Participation as the Government can see it: the share who struck on the last strike day (absences are
 * published), or the scenario's reference share before any strike. Members' morale itself is private.
 */
const observedParticipationBp = (state: GameState): number => {
  for (let i = state.history.length - 1; i >= 0; i -= 1) {
    const week = state.history[i]!;
    if (week.strikeDays > 0) return week.participationBp;
  }
  return referenceParticipationBp(state.scenario);
};

export interface DisputeCost {
  readonly expectedStrikeDaysX100: number;
  readonly strikeCostK: number;
  readonly politicalCostK: number;
  readonly totalK: number;
}

/** What the Government expects a continuing dispute to cost it, from what it can see. */
export const expectedDisputeCost = (state: GameState): DisputeCost => {
  const sc = state.scenario;
  const monday = mondayOf(state);
  // The Government plans over its own horizon; the scenario's last week is not a date it knows of.
  const horizon = sc.costs.planningWeeks;
  const mandate = state.law.mandate;
  const mandateWeeks = mandate ? clamp(Math.ceil((mandate.until - monday + 1) / 7), 0, horizon) : 0;
  const actionWeeksX100 = mandateWeeks * 100 + mulBp((horizon - mandateWeeks) * 100, sc.costs.mandateRenewalChanceBp);
  const notified = strikeDaysBetween(state.strikes.calls, monday, Number.MAX_SAFE_INTEGER).length;
  const observedX100 = divRound((state.strikes.daysHeld + notified) * 100, Math.max(4, state.week + 1));
  const rateX100 = Math.max(sc.costs.expectedStrikeDaysPerWeekX100, observedX100);
  const expectedStrikeDaysX100 = divRound(rateX100 * actionWeeksX100, 100);
  const perDay = strikeDayCostK(sc, observedParticipationBp(state), state.employer.mitigationLevel);
  const strikeCostK = divRound(expectedStrikeDaysX100 * perDay, 100);
  const politicalCostK = horizon * mulBp(sc.costs.politicalCostKPerWeekAtFull, politicalPressureBp(state));
  return { expectedStrikeDaysX100, strikeCostK, politicalCostK, totalK: strikeCostK + politicalCostK };
};

export const walkAwayOf = (state: GameState, side: SideId): number =>
  side === 'union'
    ? unionWalkAway(state.scenario, state.union.resistanceX100, state.negotiation.statusQuo)
    : employerUtilityOfCost(
        state.scenario,
        employerCostK(state.scenario, state.hidden.employerReadAcrossBp, state.negotiation.statusQuo) + expectedDisputeCost(state).totalK,
      );
