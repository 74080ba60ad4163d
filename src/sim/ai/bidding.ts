/**
 * Bidding: what a side aims for this week (search.ts finds the offer that expresses it). The aspiration blends
 * a time-dependent concession curve (Boulware / linear / conceder, by persona) with relative tit-for-tat
 * (concede as much, in my own terms, as the other side just conceded); it never falls below the walk-away
 * value and never rises above the last offer unless the walk-away itself rose.
 */
import { BP, clamp, divRound } from '../fixed';
import { aspirationBp } from './concession';
import { ownUtility, type SideView } from './view';

/** How far (bp) the walk-away must rise above the last offer before the side withdraws part of it. */
const WALKAWAY_MARGIN = 100;

export interface Aspiration {
  readonly target: number;
  readonly byTime: number;
  readonly byReciprocity: number | null;
  /** Own utility of this side's last offer, or null before its first. */
  readonly last: number | null;
  readonly reason: 'OPENING' | 'CONCEDE_ON_TIME' | 'RECIPROCATE' | 'HOLD_FIRM' | 'WALKAWAY_ROSE';
}

/** Effective concession exponent ×100: pressure on a side makes it concede sooner. */
const effectiveExponent = (view: SideView, pressureBp: number): number =>
  clamp(view.persona.concessionX100 + divRound(view.persona.concessionX100 * pressureBp, BP), 5, 1000);

export const aspiration = (view: SideView, pressureBp: number): Aspiration => {
  const byTime = aspirationBp(view.best, view.walkAway, view.timeBp, effectiveExponent(view, pressureBp));
  const lastOwn = view.ownOffers[view.ownOffers.length - 1];
  const last = lastOwn ? ownUtility(view, lastOwn.offer) : null;
  if (last === null) return { target: Math.max(byTime, view.walkAway), byTime, byReciprocity: null, last, reason: 'OPENING' };
  // Small drifts in the walk-away are ignored; only a real rise withdraws part of an offer.
  if (view.walkAway > last + WALKAWAY_MARGIN) return { target: view.walkAway, byTime, byReciprocity: null, last, reason: 'WALKAWAY_ROSE' };
  const floor = Math.min(view.walkAway, last);

  // Relative tit-for-tat: close the same share of my remaining room as the other side's last move closed of
  // the gap between its previous offer and my best.
  const theirs = view.theirOffers;
  let byReciprocity = last;
  if (theirs.length >= 2) {
    const before = ownUtility(view, theirs[theirs.length - 2]!.offer);
    const after = ownUtility(view, theirs[theirs.length - 1]!.offer);
    const share = view.best > before ? clamp(divRound((after - before) * BP, view.best - before), 0, BP) : 0;
    byReciprocity = last - divRound((last - floor) * share, BP);
  }
  const r = view.persona.reciprocityBp;
  const blended = divRound(byTime * (BP - r) + byReciprocity * r, BP);
  const target = clamp(blended, floor, last);
  const reason = target >= last ? 'HOLD_FIRM' : r >= 5000 && byReciprocity < byTime ? 'RECIPROCATE' : 'CONCEDE_ON_TIME';
  return { target, byTime, byReciprocity, last, reason };
};

