/**
 * Bidding: what a side aims for this week (search.ts finds the offer that expresses it). The aspiration blends
 * a time-dependent concession curve (Boulware / linear / conceder, by persona) with relative tit-for-tat
 * (concede as much, in my own terms, as the other side just conceded); it never falls below the walk-away
 * value and never rises above the last offer unless the walk-away itself rose.
 */
import { BP, clamp, divRound } from '../fixed';
import { aspirationBp } from './concession';
import { settlingFloor } from './recommendation';
import { ownUtility, type SideView } from './view';

/** How far (bp) the walk-away must rise above the last offer before the side withdraws part of it. */
const WALKAWAY_MARGIN = 100;

export interface Aspiration {
  readonly target: number;
  readonly byTime: number;
  readonly byReciprocity: number | null;
  /** Own utility of this side's last offer, or null before its first. */
  readonly last: number | null;
  readonly reason: 'OPENING' | 'CONCEDE_ON_TIME' | 'RECIPROCATE' | 'HOLD_FIRM' | 'WALKAWAY_ROSE' | 'AWAIT_RECIPROCITY';
  /** The lowest aim the unilateral concession budget allows now (see `reciprocityFloor`). */
  readonly budgetFloor: number;
}

/** Own utility of the best offer the other side has tabled so far, and of the best before its latest one. */
export const bestTheirs = (view: SideView): { now: number | null; before: number | null } => {
  const theirs = view.theirOffers;
  if (theirs.length === 0) return { now: null, before: null };
  let before: number | null = null;
  for (let i = 0; i < theirs.length - 1; i += 1) before = Math.max(before ?? -Infinity, ownUtility(view, theirs[i]!.offer));
  const last = ownUtility(view, theirs[theirs.length - 1]!.offer);
  return { now: before === null ? last : Math.max(before, last), before };
};

/**
 * Concessions answer concessions, anchored to the public claim. Both sides' concessions are measured on this
 * side's own utility, as shares of the gap between the two opening positions (this side's first public
 * offer, or its best terms if it never made one, and the other side's, or the status quo): this side may
 * have conceded at most the other's share plus its persona's unilateral budget. Below that, it waits.
 */
const reciprocityFloor = (view: SideView): { floor: number; theirShareBp: number; anchor: number } => {
  const anchor = view.ownOffers.length ? ownUtility(view, view.ownOffers[0]!.offer) : view.best;
  const theirOpening = view.theirOffers.length ? ownUtility(view, view.theirOffers[0]!.offer) : ownUtility(view, view.state.negotiation.statusQuo);
  const gap = anchor - theirOpening;
  if (gap <= 0) return { floor: -Infinity, theirShareBp: BP, anchor };
  const best = bestTheirs(view).now ?? theirOpening;
  const theirShareBp = clamp(divRound((best - theirOpening) * BP, gap), 0, BP);
  const allowed = Math.min(BP, theirShareBp + view.persona.unilateralBudgetBp);
  return { floor: anchor - divRound(gap * allowed, BP), theirShareBp, anchor };
};

/** Effective concession exponent ×100: pressure on a side makes it concede sooner. */
const effectiveExponent = (view: SideView, pressureBp: number): number =>
  clamp(view.persona.concessionX100 + divRound(view.persona.concessionX100 * pressureBp, BP), 5, 1000);

export const aspiration = (view: SideView, pressureBp: number): Aspiration => {
  // The lowest it would settle for: its walk-away, or for a leadership that sells deals on its recommendation
  // the terms its members would pass on it (recommendation.ts).
  const walkAway = settlingFloor(view);
  const byTime = aspirationBp(view.best, walkAway, view.timeBp, effectiveExponent(view, pressureBp));
  const lastOwn = view.ownOffers[view.ownOffers.length - 1];
  const last = lastOwn ? ownUtility(view, lastOwn.offer) : null;
  const budget = reciprocityFloor(view);
  if (last === null) {
    const target = Math.max(byTime, walkAway, budget.floor);
    return { target, byTime, byReciprocity: null, last, reason: 'OPENING', budgetFloor: budget.floor };
  }
  // Small drifts in the walk-away are ignored; only a real rise withdraws part of an offer.
  if (walkAway > last + WALKAWAY_MARGIN) return { target: walkAway, byTime, byReciprocity: null, last, reason: 'WALKAWAY_ROSE', budgetFloor: budget.floor };
  const floor = Math.min(walkAway, last);

  // Relative tit-for-tat: close the same share of my remaining room as the other side's latest move closed of
  // the gap between the best it had tabled before and my best. Only improvements on its best count, so an
  // offer withdrawn and tabled again is not a new move.
  const theirs = bestTheirs(view);
  let byReciprocity = last;
  if (theirs.before !== null && theirs.now !== null) {
    const share = view.best > theirs.before ? clamp(divRound((theirs.now - theirs.before) * BP, view.best - theirs.before), 0, BP) : 0;
    byReciprocity = last - divRound((last - floor) * share, BP);
  }
  const r = view.persona.reciprocityBp;
  const blended = divRound(byTime * (BP - r) + byReciprocity * r, BP);
  const planned = clamp(blended, floor, last);
  // The unilateral budget: never concede further ahead of the other side than the persona allows.
  const target = clamp(Math.max(planned, budget.floor), floor, last);
  const reason =
    target >= last ? (planned < last && budget.floor >= last ? 'AWAIT_RECIPROCITY' : 'HOLD_FIRM') : r >= 5000 && byReciprocity < byTime ? 'RECIPROCATE' : 'CONCEDE_ON_TIME';
  return { target, byTime, byReciprocity, last, reason, budgetFloor: budget.floor };
};

