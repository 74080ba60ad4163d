/**
 * Reading the other side from its offers, deterministically and explainably.
 * - Issue weights by frequency (the HardHeaded model of the Genius/ANAC agents): an issue the other side leaves
 *   unchanged from one offer to the next gains weight `learn / issues`, then weights are renormalised.
 *   "You have held firm on training posts; I infer they matter to you."
 * - Its bottom line on the headline issue by a discrete Bayesian update over five hypotheses: each observed
 *   headline offer is scored against what each hypothesis predicts at that point of the dispute.
 *   "I think your bottom line is about 6 pp (p = 0.55)."
 */
import { BP, divRound, mulBp } from '../fixed';
import type { Scenario } from '../scenario/types';
import type { OfferSeen } from './view';

const LEARN_BP = 2000; // Genius BOA default learnCoef 0.2

/** Normalises integer weights to sum exactly 10000 (remainder to the largest, lowest index first). */
const normalise = (weights: readonly number[]): number[] => {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return weights.map(() => divRound(BP, weights.length));
  const out = weights.map((w) => Math.floor((w * BP) / total));
  const left = BP - out.reduce((a, b) => a + b, 0);
  let top = 0;
  for (let i = 1; i < out.length; i += 1) if (out[i]! > out[top]!) top = i;
  out[top]! += left;
  return out;
};

/** Issue weights (bp, summing to 10000) inferred from a sequence of offers. */
export const frequencyWeights = (issueCount: number, offers: readonly OfferSeen[]): number[] => {
  let weights = Array.from({ length: issueCount }, () => divRound(BP, issueCount));
  const step = divRound(LEARN_BP, issueCount);
  for (let k = 1; k < offers.length; k += 1) {
    const prev = offers[k - 1]!.offer;
    const next = offers[k]!.offer;
    if (prev.every((v, i) => v === next[i])) continue; // a repeated offer says nothing about priorities
    weights = normalise(weights.map((w, i) => (next[i] === prev[i] ? w + step : w)));
  }
  return weights;
};

export interface FloorBelief {
  /** Hypotheses for the bottom line on the headline issue, in hundredths of its unit. */
  readonly levelsX100: readonly number[];
  /** Posterior probabilities, bp, summing to 10000. */
  readonly probabilitiesBp: readonly number[];
  /** Posterior mean, hundredths of the unit. */
  readonly meanX100: number;
  /** The most probable hypothesis and its probability. */
  readonly modeX100: number;
  readonly modeBp: number;
}

/** How well an observation fits a prediction: an integer kernel over the gap, in hundredths of a unit. */
const fit = (gapX100: number): number => {
  if (gapX100 < -150) return 300; // asking for less than its own bottom line: very unlikely
  if (gapX100 < 0) return 4000;
  if (gapX100 <= 300) return 10000;
  if (gapX100 <= 800) return 7000;
  return 4500;
};

/**
 * Bayesian belief about a side's bottom line on the headline issue. `predict(hypothesis, week)` gives the
 * headline offer each hypothesis expects in a given week; `sign` is +1 when that side asks for more than its
 * bottom line (the union) and −1 when it offers less than its cap (the Government).
 */
export const floorBelief = (
  scenario: Scenario,
  levelsX100: readonly number[],
  offers: readonly OfferSeen[],
  predict: (levelX100: number, week: number) => number,
  sign: 1 | -1,
): FloorBelief => {
  const headline = scenario.issues[0]!;
  let p = levelsX100.map(() => divRound(BP, levelsX100.length));
  for (const seen of offers) {
    const offeredX100 = Math.round((headline.values[seen.offer[0]!] ?? 0) * 100);
    const weighted = p.map((prob, k) => mulBp(prob * 100, fit(sign * (offeredX100 - predict(levelsX100[k]!, seen.week)))));
    p = normalise(weighted);
  }
  let mode = 0;
  for (let k = 1; k < p.length; k += 1) if (p[k]! > p[mode]!) mode = k;
  const meanX100 = divRound(p.reduce((acc, prob, k) => acc + prob * levelsX100[k]!, 0), BP);
  return { levelsX100, probabilitiesBp: p, meanX100, modeX100: levelsX100[mode]!, modeBp: p[mode]! };
};

/** Five hypotheses spread evenly over [lo, hi]. */
export const hypotheses = (loX100: number, hiX100: number): number[] =>
  [0, 1, 2, 3, 4].map((k) => loX100 + divRound((hiX100 - loX100) * k, 4));

/** The issue a side's inferred weights rank first, with its weight. */
export const topIssue = (weightsBp: readonly number[]): { index: number; weightBp: number } => {
  let index = 0;
  for (let i = 1; i < weightsBp.length; i += 1) if (weightsBp[i]! > weightsBp[index]!) index = i;
  return { index, weightBp: weightsBp[index]! };
};
