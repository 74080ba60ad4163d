/**
 * A side's beliefs about the other, from public information: inferred issue weights, the other side's bottom
 * line on the headline issue, and Zeuthen's "risk of conflict" for both sides (the side with less to lose
 * from a breakdown should be the one to concede).
 */
import { BP, clamp, divRound } from '../fixed';
import type { GameState, Offer, SideId } from '../types';
import { floorBelief, frequencyWeights, hypotheses, type FloorBelief } from './opponent-model';
import { offersBy, ownUtility, theirUtility, type SideView } from './view';

/** Issue weights the side infers for the other, from the other's offers. */
export const inferredWeights = (state: GameState, side: SideId): number[] =>
  frequencyWeights(state.scenario.issues.length, offersBy(state, side === 'bma' ? 'gov' : 'bma'));

/** Public count of strike days held up to the end of a week. */
const strikeDaysBy = (state: GameState, week: number): number =>
  state.history.filter((h) => h.week <= week).reduce((a, h) => a + h.strikeDays, 0);

/**
 * What the side believes about the other's bottom line on the headline issue.
 * The Government reads the union's demands against members' resistance decaying with strike days (the
 * scenario's public model); the union reads the Government's offers against a cap approached over time.
 */
export const bottomLineBelief = (view: SideView): FloorBelief => {
  const sc = view.scenario;
  const m = sc.members;
  if (view.side === 'gov') {
    const levels = hypotheses(m.resistanceFloorMinX100, m.resistanceFloorMaxX100);
    const predict = (floor: number, week: number) => {
      let r = m.resistanceOpeningX100;
      for (let d = strikeDaysBy(view.state, week); d > 0 && r > floor; d -= 1) r = floor + divRound((r - floor) * m.resistanceRetainedBp, BP);
      return r;
    };
    return floorBelief(sc, levels, view.theirOffers, predict, 1);
  }
  const top = sc.issues[0]!.values[sc.issues[0]!.values.length - 1]!;
  const levels = hypotheses(0, Math.round(top * 100) >> 2);
  const span = Math.max(1, sc.horizonWeeks - 1);
  const predict = (cap: number, week: number) => divRound(cap * Math.max(0, week), span);
  return floorBelief(sc, levels, view.theirOffers, predict, -1);
};

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
