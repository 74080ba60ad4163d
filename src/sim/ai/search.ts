/**
 * The trade-off search: of all bundles worth between `target` and `ceiling` to me, the one I estimate is worth
 * most to the other side (cheap for me, valuable for you). Ties go to the bundle better for me, then to the
 * first in grid order, so the choice is deterministic. Exhaustive over the grid (the default scenario has a
 * few thousand bundles); a greedy walk for very large grids.
 */
import { BP } from '../fixed';
import type { Offer } from '../types';
import { ownUtility, theirUtility, type SideView } from './view';

const EXHAUSTIVE_LIMIT = 60_000;

export const tradeOffWithin = (view: SideView, target: number, ceiling: number): Offer | null => {
  const lo = view.state.negotiation.statusQuo;
  const issues = view.scenario.issues;
  const n = issues.length;
  const count = issues.reduce((acc, issue, i) => acc * (issue.values.length - lo[i]!), 1);
  if (count > EXHAUSTIVE_LIMIT) return greedy(view, target, ceiling);
  const offset = view.side === 'gov' ? BP : 0;
  // Compare raw sums (bp of bp) against the bounds, so no division happens in the loop.
  const floor = (target - offset) * BP;
  const top = ceiling >= Number.MAX_SAFE_INTEGER / BP ? Number.MAX_SAFE_INTEGER : (ceiling - offset) * BP + (BP - 1);
  const own = view.own;
  const theirs = view.theirs;
  let best: number[] | null = null;
  let bestTheirs = -Infinity;
  let bestOwn = -Infinity;
  const level = [...lo];
  for (;;) {
    let u = 0;
    let v = 0;
    for (let i = 0; i < n; i += 1) {
      u += own[i]![level[i]!]!;
      v += theirs[i]![level[i]!]!;
    }
    if (u >= floor && u <= top && (v > bestTheirs || (v === bestTheirs && u > bestOwn))) {
      best = [...level];
      bestTheirs = v;
      bestOwn = u;
    }
    let i = n - 1;
    while (i >= 0) {
      level[i]! += 1;
      if (level[i]! < issues[i]!.values.length) break;
      level[i] = lo[i]!;
      i -= 1;
    }
    if (i < 0) return best;
  }
};

/** From my best bundle, step toward the other side where it gives them most per unit I give up. */
const greedy = (view: SideView, target: number, ceiling: number): Offer | null => {
  const lo = view.state.negotiation.statusQuo;
  const issues = view.scenario.issues;
  const mine = view.side === 'bma' ? issues.map((issue) => issue.values.length - 1) : [...lo];
  const toward = view.side === 'bma' ? -1 : 1;
  if (ownUtility(view, mine) < target) return null;
  for (;;) {
    let pick = -1;
    let pickRatio = 0;
    const here = ownUtility(view, mine);
    for (let i = 0; i < mine.length; i += 1) {
      const next = mine[i]! + toward;
      if (next < lo[i]! || next >= issues[i]!.values.length) continue;
      const trial = [...mine];
      trial[i] = next;
      const after = ownUtility(view, trial);
      if (after < target) continue;
      const ratio = ((theirUtility(view, trial) - theirUtility(view, mine)) * BP) / Math.max(1, here - after);
      if (ratio > pickRatio) {
        pickRatio = ratio;
        pick = i;
      }
    }
    if (pick < 0) return ownUtility(view, mine) <= ceiling ? mine : null;
    mine[pick] = mine[pick]! + toward;
  }
};
