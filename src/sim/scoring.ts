/**
 * Scores, 0–100 for each side, from the terms each ends with and what the dispute cost it, weighted as the
 * scenario says. The BMA counts the terms' value to members, pay lost on strike days, public support and
 * morale; the Government counts the terms' cost, strike costs, the waiting list and the blame it carries.
 */
import { BP, clamp, divRound } from './fixed';
import { blameShares, publicShares } from './opinion';
import type { GameState, Offer, SideId } from './types';
import { bmaUtility, govUtility } from './utility';

export const scoreGame = (state: GameState, terms: Offer): Record<SideId, number> => {
  const sc = state.scenario;
  const s = sc.scoring;
  const shares = publicShares(sc, state.opinion);
  const engaged = shares.supportBp + shares.opposeBp;
  const bmaParts =
    s.bma.termsBp * clamp(bmaUtility(sc, terms), 0, BP) +
    s.bma.lostPayBp * (BP - clamp(divRound(state.bma.lostPayK * BP, s.bma.lostPayReferenceK), 0, BP)) +
    s.bma.supportBp * (engaged === 0 ? BP / 2 : divRound(shares.supportBp * BP, engaged)) +
    s.bma.moraleBp * state.bma.moraleBp;
  const listChange = state.nhs.waitingList - sc.nhs.waitingList;
  const govParts =
    s.gov.termsBp * clamp(govUtility(sc, state.hidden.govReadAcrossBp, terms), 0, BP) +
    s.gov.strikeCostBp * (BP - clamp(divRound(state.gov.strikeCostK * BP, s.gov.strikeCostReferenceK), 0, BP)) +
    s.gov.waitingListBp * clamp(BP / 2 - divRound(listChange * (BP / 2), s.gov.waitingListReference), 0, BP) +
    s.gov.blameBp * (BP - blameShares(sc, state.opinion).governmentBp);
  const weightB = s.bma.termsBp + s.bma.lostPayBp + s.bma.supportBp + s.bma.moraleBp;
  const weightG = s.gov.termsBp + s.gov.strikeCostBp + s.gov.waitingListBp + s.gov.blameBp;
  return {
    bma: weightB === 0 ? 0 : clamp(divRound(bmaParts, weightB * 100), 0, 100),
    gov: weightG === 0 ? 0 : clamp(divRound(govParts, weightG * 100), 0, 100),
  };
};
