/**
 * Scores, 0–100 for each side, from the terms each ends with and what the dispute cost it, weighted as the
 * scenario says. The BMA counts the terms' value to members, pay lost on strike days, public support and
 * morale. The Government counts the terms' cost, strike costs, the waiting list and the blame it carries; a
 * dispute still unresolved at the end also counts what the Government itself expects it to go on costing.
 */
import { BP, clamp, divRound } from './fixed';
import { blameShares, publicShares } from './opinion';
import type { GameState, Offer, OutcomeKind, SideId } from './types';
import { bmaUtility, govCostK } from './utility';
import { expectedDisputeCost } from './walkaway';

/** Share (bp) of a reference that a cost leaves unspent: 10000 for nothing, 0 at or beyond the reference. */
const unspent = (costK: number, referenceK: number): number => BP - clamp(divRound(costK * BP, referenceK), 0, BP);

export const scoreGame = (state: GameState, terms: Offer, kind: OutcomeKind): Record<SideId, number> => {
  const sc = state.scenario;
  const s = sc.scoring;
  const shares = publicShares(sc, state.opinion);
  const engaged = shares.supportBp + shares.opposeBp;
  const bmaParts =
    s.bma.termsBp * clamp(bmaUtility(sc, terms), 0, BP) +
    s.bma.lostPayBp * unspent(state.bma.lostPayK, s.bma.lostPayReferenceK) +
    s.bma.supportBp * (engaged === 0 ? BP / 2 : divRound(shares.supportBp * BP, engaged)) +
    s.bma.moraleBp * state.bma.moraleBp;
  const unresolved = kind === 'deadline' || kind === 'imposed';
  const strikeCostK = state.gov.strikeCostK + (unresolved ? expectedDisputeCost(state).totalK : 0);
  const listChange = state.nhs.waitingList - sc.nhs.waitingList;
  const govParts =
    s.gov.termsBp * unspent(govCostK(sc, state.hidden.govReadAcrossBp, terms), s.gov.termsReferenceK) +
    s.gov.strikeCostBp * unspent(strikeCostK, s.gov.strikeCostReferenceK) +
    s.gov.waitingListBp * clamp(BP / 2 - divRound(listChange * (BP / 2), s.gov.waitingListReference), 0, BP) +
    s.gov.blameBp * (BP - blameShares(sc, state.opinion).governmentBp);
  const weightB = s.bma.termsBp + s.bma.lostPayBp + s.bma.supportBp + s.bma.moraleBp;
  const weightG = s.gov.termsBp + s.gov.strikeCostBp + s.gov.waitingListBp + s.gov.blameBp;
  return {
    bma: weightB === 0 ? 0 : clamp(divRound(bmaParts, weightB * 100), 0, 100),
    gov: weightG === 0 ? 0 : clamp(divRound(govParts, weightG * 100), 0, 100),
  };
};
