/**
 * Scores, 0–100 for each side, from the terms each ends with and what the dispute cost it, weighted as the
 * scenario says. The BMA counts the terms' value to members, pay lost on strike days, public support and
 * morale. The Government counts the terms' cost, strike costs, the waiting list and the blame it carries; a
 * dispute still unresolved at the end also counts what the Government itself expects it to go on costing.
 */
import { BP, clamp, divRound } from './fixed';
import { harmChange } from './harm';
import { blameShares, publicShares } from './opinion';
import type { GameState, Offer, OutcomeKind, SideId } from './types';
import { unionUtility, employerCostK } from './utility';
import { expectedDisputeCost } from './walkaway';

/** Share (bp) of a reference that a cost leaves unspent: 10000 for nothing, 0 at or beyond the reference. */
const unspent = (costK: number, referenceK: number): number => BP - clamp(divRound(costK * BP, referenceK), 0, BP);

/** One part of a side's score: what it measures, its weight (bp of the scenario's scoring) and its level, 0..10000. */
export interface ScorePart {
  readonly part: 'terms' | 'lostPay' | 'support' | 'morale' | 'strikeCost' | 'harm' | 'blame';
  readonly weightBp: number;
  readonly levelBp: number;
}

/** The parts each side's score is the weighted average of, so the debrief can show how a score was made. */
export const scoreParts = (state: GameState, terms: Offer, kind: OutcomeKind): Record<SideId, readonly ScorePart[]> => {
  const sc = state.scenario;
  const s = sc.scoring;
  const shares = publicShares(sc, state.opinion);
  const engaged = shares.supportBp + shares.opposeBp;
  const unresolved = kind === 'deadline' || kind === 'imposed';
  const strikeCostK = state.employer.strikeCostK + (unresolved ? expectedDisputeCost(state).totalK : 0);
  const listChange = harmChange(state);
  return {
    union: [
      { part: 'terms', weightBp: s.union.termsBp, levelBp: clamp(unionUtility(sc, terms), 0, BP) },
      { part: 'lostPay', weightBp: s.union.lostPayBp, levelBp: unspent(state.union.lostPayK, s.union.lostPayReferenceK) },
      { part: 'support', weightBp: s.union.supportBp, levelBp: engaged === 0 ? BP / 2 : divRound(shares.supportBp * BP, engaged) },
      { part: 'morale', weightBp: s.union.moraleBp, levelBp: state.union.moraleBp },
    ],
    employer: [
      { part: 'terms', weightBp: s.employer.termsBp, levelBp: unspent(employerCostK(sc, state.hidden.employerReadAcrossBp, terms), s.employer.termsReferenceK) },
      { part: 'strikeCost', weightBp: s.employer.strikeCostBp, levelBp: unspent(strikeCostK, s.employer.strikeCostReferenceK) },
      { part: 'harm', weightBp: s.employer.harmBp, levelBp: clamp(BP / 2 - divRound(listChange * (BP / 2), s.employer.harmReference), 0, BP) },
      { part: 'blame', weightBp: s.employer.blameBp, levelBp: BP - blameShares(sc, state.opinion).employerBp },
    ],
  };
};

/** A side's score out of 100 from its parts: their weighted average, rounded. */
export const scoreFromParts = (parts: readonly ScorePart[]): number => {
  const weight = parts.reduce((sum, p) => sum + p.weightBp, 0);
  const total = parts.reduce((sum, p) => sum + p.weightBp * p.levelBp, 0);
  return weight === 0 ? 0 : clamp(divRound(total, weight * 100), 0, 100);
};

export const scoreGame = (state: GameState, terms: Offer, kind: OutcomeKind): Record<SideId, number> => {
  const parts = scoreParts(state, terms, kind);
  return { union: scoreFromParts(parts.union), employer: scoreFromParts(parts.employer) };
};
