/**
 * A leadership that concedes early leans on its recommendation. Members vote on a deal, and the leaders'
 * recommendation carries some of them (model.md, "Members' vote on a deal"): a recommended deal a little below
 * the members' walk-away still passes. A union persona that concedes early (`concession` above 1) is keen to
 * settle: it accepts any offer its members are expected to pass on its recommendation with a yes share of at
 * least `leanYesBp`, even below their walk-away and whatever its own aim (decide.ts, ACCEPT_MEMBERS_WILL_BACK),
 * and it aims for and judges its strikes against that lower floor (bidding.ts, futility.ts). Other union
 * personas, and every Government, hold out for their own walk-away.
 */
import { BP, divRound } from '../fixed';
import type { SideView } from './view';

/** The yes share a leaning leadership needs to expect: the pass mark plus the vote's chance (±1.5 points) and half a point. */
export const leanYesBp = (view: SideView): number => view.scenario.referendum.passMarkBp + 200;

/** Whether this side's leaders sell deals below their members' walk-away on their recommendation. */
export const leansOnRecommendation = (view: SideView): boolean => view.side === 'union' && view.persona.concessionX100 > 100;

/**
 * The lowest own utility (bp) this side would settle for: its walk-away, or for a leaning union the terms at
 * which a recommended vote is expected to reach `leanYesBp` (the vote's length tilt left out, to be safe).
 */
export const settlingFloor = (view: SideView, walkAway: number = view.walkAway): number => {
  if (!leansOnRecommendation(view)) return walkAway;
  const r = view.scenario.referendum;
  const carryBp = divRound(Math.max(0, r.yesAtResistanceBp + r.recommendationBonusBp - leanYesBp(view)) * (BP / 10), Math.max(1, r.yesPerTenthUtilityBp));
  return walkAway - carryBp;
};
