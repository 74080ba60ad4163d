/**
 * Strikes that cannot reach a deal. The union judges its strikes by what they have done lately: how much of the
 * gap between its members' walk-away and the Government's best offer its last `RECENT_DAYS` strike days
 * closed, per day (over at least `MIN_WINDOW_WEEKS` weeks, so a slow Government has time to answer) (strike days close the gap from both ends: members' resistance falls,
 * and the Government may improve its offer). At that rate, closing the rest would take more than `FUTILE_DAYS`
 * strike days, the union stops calling strikes until the record changes (the Government moves, or members'
 * resistance falls), because each day would cost its members pay and public support for nothing it can win.
 * It judges only after `EVIDENCE_DAYS` strike days in all.
 */
import { divRound } from '../fixed';
import type { GameState, Offer } from '../types';
import { settlingFloor } from './recommendation';
import { ownUtility, type SideView } from './view';

const EVIDENCE_DAYS = 10;
const RECENT_DAYS = 5;
const MIN_WINDOW_WEEKS = 8;
const FUTILE_DAYS = 20;

/** Own utility of the best offer the Government had tabled by the end of `week` (the status quo if none). */
const bestEmployerBy = (view: SideView, week: number, statusQuo: Offer): number => {
  let best = ownUtility(view, statusQuo);
  for (const o of view.theirOffers) if (o.week <= week) best = Math.max(best, ownUtility(view, o.offer));
  return best;
};

export interface Futility {
  /** The gap now and at the window's start (own utility, bp), the strike days between, and the days the rest would take. */
  readonly gapNow: number;
  readonly gapThen: number;
  readonly recentDays: number;
  readonly daysNeeded: number;
}

/** The union's judgement of its recent strikes, or null while it has too little evidence or they are working. */
export const futileStrikes = (view: SideView): Futility | null => {
  const s: GameState = view.state;
  if (s.strikes.daysHeld < EVIDENCE_DAYS) return null;
  // A Government that has tabled nothing better than the status quo refuses to negotiate: strikes go on at full
  // pace, or stonewalling would pay (tabling the status quo every week beat a reasonable Government otherwise).
  const statusQuoValue = ownUtility(view, s.negotiation.statusQuo);
  if (!view.theirOffers.some((o) => ownUtility(view, o.offer) > statusQuoValue)) return null;
  // Nor one whose terms on the table are worse than the best it has tabled: backtracking (or oscillating) is not
  // a position the union can judge its strikes against.
  const standing = s.negotiation.standing.employer;
  if (!standing || ownUtility(view, standing.offer) < bestEmployerBy(view, s.week, s.negotiation.statusQuo)) return null;
  // The window: back from this week until it holds RECENT_DAYS strike days and spans MIN_WINDOW_WEEKS weeks.
  let recentDays = 0;
  let i = s.history.length - 1;
  for (; i > 0 && (recentDays < RECENT_DAYS || s.week - s.history[i]!.week < MIN_WINDOW_WEEKS); i -= 1) recentDays += s.history[i]!.strikeDays;
  const then = s.history[i];
  if (!then || recentDays < RECENT_DAYS) return null;
  const from = then.week;
  const statusQuo = s.negotiation.statusQuo;
  // The gap runs to the lowest terms the union would settle for (its walk-away, or less for a leadership that
  // sells a deal on its recommendation).
  const gapNow = settlingFloor(view) - bestEmployerBy(view, s.week, statusQuo);
  const gapThen = settlingFloor(view, then.walkAway.union) - bestEmployerBy(view, from, statusQuo);
  if (gapNow <= 0) return null;
  const closed = gapThen - gapNow;
  const daysNeeded = closed <= 0 ? Number.MAX_SAFE_INTEGER : divRound(gapNow * recentDays, closed);
  return daysNeeded > FUTILE_DAYS ? { gapNow, gapThen, recentDays, daysNeeded } : null;
};
