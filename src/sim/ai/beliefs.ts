/**
 * A side's beliefs about the other, from public information: inferred issue weights, the other side's bottom
 * line on the headline issue, and Zeuthen's "risk of conflict" for both sides (the side with less to lose
 * from a breakdown should be the one to concede).
 */
import { BP, clamp, divRound } from '../fixed';
import type { GameState, Offer, SideId } from '../types';
import { summariseBottomLine, type FloorBelief } from './opponent-model';
import { ownUtility, theirUtility, type SideView } from './view';

/** Issue weights the side infers for the other, from the other's offers. */
export const inferredWeights = (state: GameState, side: SideId): readonly number[] => state.beliefs[side].weightsBp;

/** What the side believes about the other's bottom line on the headline issue. */
export const bottomLineBelief = (view: SideView): FloorBelief => summariseBottomLine(view.scenario, view.side, view.state.beliefs[view.side]);

/** The other side's estimated walk-away: its bottom line on the headline, everything else as it stands. */
export const estimatedTheirWalkAway = (view: SideView, belief: FloorBelief): number => {
  const headline = view.scenario.issues[0]!;
  let level = view.state.negotiation.statusQuo[0]!;
  while (level + 1 < headline.values.length && Math.round(headline.values[level + 1]! * 100) <= belief.meanX100) level += 1;
  const offer: Offer = [level, ...view.state.negotiation.statusQuo.slice(1)];
  return theirUtility(view, offer);
};

export interface ZeuthenRisks {
  readonly mine: number;
  readonly theirs: number;
}

/** Zeuthen's risks (bp) from the two standing positions: how much of what each stands to gain it would risk. */
export const zeuthenRisks = (view: SideView, mine: Offer, theirs: Offer, theirWalkAway: number): ZeuthenRisks => {
  const risk = (atOwn: number, atOther: number, walk: number) => (atOwn <= walk ? 0 : clamp(divRound((atOwn - atOther) * BP, atOwn - walk), 0, BP));
  return {
    mine: risk(ownUtility(view, mine), ownUtility(view, theirs), view.walkAway),
    theirs: risk(theirUtility(view, theirs), theirUtility(view, mine), theirWalkAway),
  };
};
