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

/** Whether a table never decreases (+1) or never increases (−1) along the grid; 0 otherwise. */
const direction = (table: readonly number[]): number => {
  let up = true;
  let down = true;
  for (let k = 1; k < table.length; k += 1) {
    if (table[k]! < table[k - 1]!) up = false;
    if (table[k]! > table[k - 1]!) down = false;
  }
  return up ? 1 : down ? -1 : 0;
};

export const tradeOffWithin = (view: SideView, target: number, ceiling: number): Offer | null => {
  const lo = view.state.negotiation.statusQuo;
  const issues = view.scenario.issues;
  const n = issues.length;
  const count = issues.reduce((acc, issue, i) => acc * (issue.values.length - lo[i]!), 1);
  if (count > EXHAUSTIVE_LIMIT) return greedy(view, target, ceiling);
  const offset = view.side === 'employer' ? BP : 0;
  // Compare raw sums (bp of bp) against the bounds, so no division happens in the loop.
  const floor = (target - offset) * BP;
  const top = ceiling >= Number.MAX_SAFE_INTEGER / BP ? Number.MAX_SAFE_INTEGER : (ceiling - offset) * BP + (BP - 1);
  const own = view.own;
  const theirs = view.theirs;
  // When the first issue's tables move in opposite directions (more for one side is less for the other), only
  // the level at the edge of the feasible range can be best for the other side: the inner loop becomes a scan
  // for that edge instead of a walk over every level. The result is the same as the full enumeration's.
  const ownDir = direction(own[0]!);
  const opposite = ownDir !== 0 && direction(theirs[0]!) === -ownDir;
  const headLevels = issues[0]!.values.length;
  let best: number[] | null = null;
  let bestTheirs = -Infinity;
  let bestOwn = -Infinity;
  const consider = (level: number[], u: number, v: number) => {
    if (u >= floor && u <= top && (v > bestTheirs || (v === bestTheirs && u > bestOwn))) {
      best = [...level];
      bestTheirs = v;
      bestOwn = u;
    }
  };
  const level = [...lo];
  for (;;) {
    let restOwn = 0;
    let restTheirs = 0;
    for (let i = 1; i < n; i += 1) {
      restOwn += own[i]![level[i]!]!;
      restTheirs += theirs[i]![level[i]!]!;
    }
    if (opposite) {
      // Feasible levels form one run; the best for them is its end nearest to their side: binary-search for
      // the first level, walking from their side, that is worth at least the target to me.
      const stop = ownDir > 0 ? headLevels : lo[0]! - 1;
      let a = ownDir > 0 ? lo[0]! : headLevels - 1; // toward-them end
      let steps = Math.abs(stop - a);
      while (steps > 0) {
        const half = steps >> 1;
        const mid = a + ownDir * half;
        if (restOwn + own[0]![mid]! < floor) {
          a = mid + ownDir;
          steps -= half + 1;
        } else steps = half;
      }
      if (a !== stop && restOwn + own[0]![a]! <= top) {
        // Among levels equally good for them, the full enumeration prefers the one better for me.
        let edge = a;
        while (edge + ownDir !== stop && theirs[0]![edge + ownDir] === theirs[0]![a] && restOwn + own[0]![edge + ownDir]! <= top) edge += ownDir;
        level[0] = edge;
        consider(level, restOwn + own[0]![edge]!, restTheirs + theirs[0]![edge]!);
      }
      level[0] = lo[0]!;
    } else {
      for (let h = lo[0]!; h < headLevels; h += 1) {
        level[0] = h;
        consider(level, restOwn + own[0]![h]!, restTheirs + theirs[0]![h]!);
      }
      level[0] = lo[0]!;
    }
    let i = n - 1;
    while (i >= 1) {
      level[i]! += 1;
      if (level[i]! < issues[i]!.values.length) break;
      level[i] = lo[i]!;
      i -= 1;
    }
    if (i < 1) return best;
  }
};

/** From my best bundle, step toward the other side where it gives them most per unit I give up. */
const greedy = (view: SideView, target: number, ceiling: number): Offer | null => {
  const lo = view.state.negotiation.statusQuo;
  const issues = view.scenario.issues;
  const mine = view.side === 'union' ? issues.map((issue) => issue.values.length - 1) : [...lo];
  const toward = view.side === 'union' ? -1 : 1;
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
