/**
 * The bargaining space, seen after the game with both sides' private values revealed: every possible bundle's
 * utility to each side, the Pareto frontier (bundles no other bundle beats for both), the Nash bargaining
 * point (the bundle maximising the product of both sides' gains over their walk-away values), and how much
 * value a final agreement left on the table.
 */
import { BP } from '../fixed';
import type { Scenario } from '../scenario/types';
import type { Offer } from '../types';
import { unionUtility, employerUtility, statusQuoOffer } from '../utility';

export interface UtilityPoint {
  readonly offer: Offer;
  /** Utility to each side, bp. */
  readonly union: number;
  readonly employer: number;
}

/** Every bundle at or above the status quo, with both utilities. */
export const allBundles = (scenario: Scenario, readAcrossBp: number, from: Offer = statusQuoOffer(scenario)): UtilityPoint[] => {
  const points: UtilityPoint[] = [];
  const level = [...from];
  const issues = scenario.issues;
  for (;;) {
    points.push({ offer: [...level], union: unionUtility(scenario, level), employer: employerUtility(scenario, readAcrossBp, level) });
    let i = issues.length - 1;
    while (i >= 0) {
      level[i]! += 1;
      if (level[i]! < issues[i]!.values.length) break;
      level[i] = from[i]!;
      i -= 1;
    }
    if (i < 0 || points.length > 200_000) return points;
  }
};

/** The Pareto frontier, from the BMA's best to the Government's best. */
export const paretoFrontier = (points: readonly UtilityPoint[]): UtilityPoint[] => {
  const sorted = [...points].sort((a, b) => b.union - a.union || b.employer - a.employer);
  const frontier: UtilityPoint[] = [];
  let bestEmployer = -Infinity;
  for (const p of sorted) {
    if (p.employer > bestEmployer) {
      frontier.push(p);
      bestEmployer = p.employer;
    }
  }
  return frontier;
};

/** The Nash bargaining point for given walk-away values, or null when no bundle beats both. */
export const nashPoint = (points: readonly UtilityPoint[], walkAway: { union: number; employer: number }): UtilityPoint | null => {
  let best: UtilityPoint | null = null;
  let bestProduct = 0;
  for (const p of points) {
    const gb = p.union - walkAway.union;
    const gg = p.employer - walkAway.employer;
    if (gb <= 0 || gg <= 0) continue;
    const product = gb * gg;
    if (product > bestProduct || (product === bestProduct && best && p.union + p.employer > best.union + best.employer)) {
      best = p;
      bestProduct = product;
    }
  }
  return best;
};

export interface ValueLeft {
  /** The most both sides could have gained together from a bundle better for both, bp (sum of gains). */
  readonly jointGainBp: number;
  /** The largest gain both could have had at once (the smaller of the two gains), bp. */
  readonly mutualGainBp: number;
  /** The bundle achieving the mutual gain, or null when the terms were already on the frontier. */
  readonly better: UtilityPoint | null;
}

export const valueLeft = (points: readonly UtilityPoint[], terms: UtilityPoint): ValueLeft => {
  let joint = 0;
  let mutual = 0;
  let better: UtilityPoint | null = null;
  for (const p of points) {
    const gb = p.union - terms.union;
    const gg = p.employer - terms.employer;
    if (gb < 0 || gg < 0 || gb + gg === 0) continue;
    joint = Math.max(joint, gb + gg);
    if (Math.min(gb, gg) > mutual) {
      mutual = Math.min(gb, gg);
      better = p;
    }
  }
  return { jointGainBp: Math.min(joint, 2 * BP), mutualGainBp: mutual, better };
};
