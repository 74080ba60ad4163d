/**
 * Scores, 0–100 for each side, from the terms each ends with and what the dispute cost it, weighted as the
 * scenario says. The BMA counts the terms' value to members, pay lost on strike days, public support and
 * morale. The Government counts the terms' cost, strike costs, the waiting list and the blame it carries; a
 * dispute still unresolved at the end also counts what the Government itself expects it to go on costing.
 */
import { BP, clamp, divRound } from './fixed';
import { blameShares, publicShares } from './opinion';
import type { GameState, Offer, OutcomeKind, SideId } from './types';
import { unionUtility, employerCostK } from './utility';
import { expectedDisputeCost } from './walkaway';

/** Share (bp) of a reference that a cost leaves unspent: 10000 for nothing, 0 at or beyond the reference. */
const unspent = (costK: number, referenceK: number): number => BP - clamp(divRound(costK * BP, referenceK), 0, BP);

export const scoreGame = (state: GameState, terms: Offer, kind: OutcomeKind): Record<SideId, number> => {
  const sc = state.scenario;
  const s = sc.scoring;
  const shares = publicShares(sc, state.opinion);
  const engaged = shares.supportBp + shares.opposeBp;
  const unionParts =
    s.union.termsBp * clamp(unionUtility(sc, terms), 0, BP) +
    s.union.lostPayBp * unspent(state.union.lostPayK, s.union.lostPayReferenceK) +
    s.union.supportBp * (engaged === 0 ? BP / 2 : divRound(shares.supportBp * BP, engaged)) +
    s.union.moraleBp * state.union.moraleBp;
  const unresolved = kind === 'deadline' || kind === 'imposed';
  const strikeCostK = state.employer.strikeCostK + (unresolved ? expectedDisputeCost(state).totalK : 0);
  const listChange = state.nhs.waitingList - sc.nhs.waitingList;
  const employerParts =
    s.employer.termsBp * unspent(employerCostK(sc, state.hidden.employerReadAcrossBp, terms), s.employer.termsReferenceK) +
    s.employer.strikeCostBp * unspent(strikeCostK, s.employer.strikeCostReferenceK) +
    s.employer.waitingListBp * clamp(BP / 2 - divRound(listChange * (BP / 2), s.employer.waitingListReference), 0, BP) +
    s.employer.blameBp * (BP - blameShares(sc, state.opinion).employerBp);
  const weightB = s.union.termsBp + s.union.lostPayBp + s.union.supportBp + s.union.moraleBp;
  const weightG = s.employer.termsBp + s.employer.strikeCostBp + s.employer.waitingListBp + s.employer.blameBp;
  return {
    union: weightB === 0 ? 0 : clamp(divRound(unionParts, weightB * 100), 0, 100),
    employer: weightG === 0 ? 0 : clamp(divRound(employerParts, weightG * 100), 0, 100),
  };
};
