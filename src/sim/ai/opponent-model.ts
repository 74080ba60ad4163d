/**
 * Reading the other side from its offers, deterministically and explainably. Beliefs live in the game state
 * and are updated once a week from the offers observed (the BELIEFS step of a week), so a decision never
 * re-reads the whole history.
 * - Issue weights by frequency (the HardHeaded model of the Genius/ANAC agents): an issue the other side leaves
 *   unchanged from one offer to the next gains weight `learn / issues`, then weights are renormalised.
 *   "You have held firm on training posts; I infer they matter to you."
 * - Its bottom line on the headline issue by a discrete Bayesian update over five hypotheses: each observed
 *   headline offer is scored against what each hypothesis predicts at that point of the dispute.
 *   "I think your bottom line is about 6 pp (p = 0.55)."
 */
import { BP, clamp, divRound, mulBp } from '../fixed';
import type { Scenario, SideId } from '../scenario/types';
import type { Offer } from '../types';

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

/** What one side believes about the other; kept in the game state and updated as offers are observed. */
export interface OpponentBelief {
  /** Inferred issue weights of the other side, bp, summing to 10000. */
  readonly weightsBp: readonly number[];
  /** Posterior over the five bottom-line hypotheses (see `bottomLineLevels`), bp, summing to 10000. */
  readonly bottomLineBp: readonly number[];
  /** The other side's last observed offer, for the frequency rule. */
  readonly lastOffer: Offer | null;
}

export interface FloorBelief {
  /** Hypotheses for the bottom line on the headline issue, in hundredths of its unit. */
  readonly levelsX100: readonly number[];
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

/** Five hypotheses spread evenly over [lo, hi]. */
const spread = (loX100: number, hiX100: number): number[] => [0, 1, 2, 3, 4].map((k) => loX100 + divRound((hiX100 - loX100) * k, 4));

/**
 * The hypotheses a side holds about the other's bottom line on the headline issue. The Government considers
 * the union's members' floor anywhere in the scenario's published range; the union considers a Government
 * cap from nothing up to a quarter of the grid.
 */
/** Weeks in one strike mandate under the scenario's law. */
const MANDATE_WEEKS = (scenario: Scenario): number => Math.max(1, Math.round(scenario.law.rules.mandateDays / 7));

const bottomLineLevels = (scenario: Scenario, believer: SideId): number[] => {
  if (believer === 'employer') return spread(scenario.members.resistanceFloorMinX100, scenario.members.resistanceFloorMaxX100);
  const headline = scenario.issues[0]!;
  return spread(0, Math.round(headline.values[headline.values.length - 1]! * 100) >> 2);
};

/**
 * The headline offer a hypothesis predicts. For the union's floor: members' resistance after the strike days
 * held so far (the scenario's public model of decaying demands). For the Government's cap: a cap approached
 * evenly over the game.
 */
const predicted = (scenario: Scenario, believer: SideId, levelX100: number, week: number, strikeDays: number): number => {
  // A cap approached evenly over one mandate's length (the union's own clock), never the game's length.
  if (believer === 'union') return divRound(levelX100 * clamp(week, 0, MANDATE_WEEKS(scenario)), MANDATE_WEEKS(scenario));
  const m = scenario.members;
  let r = m.resistanceOpeningX100;
  for (let d = 0; d < strikeDays && r > levelX100; d += 1) r = levelX100 + divRound((r - levelX100) * m.resistanceRetainedBp, BP);
  return r;
};

export const initialBelief = (scenario: Scenario, believer: SideId): OpponentBelief => ({
  weightsBp: normalise(scenario.issues.map(() => 1)),
  bottomLineBp: normalise(bottomLineLevels(scenario, believer).map(() => 1)),
  lastOffer: null,
});

/** Updates a belief with one observed offer from the other side (made in `week`, after `strikeDays` strike days). */
export const observeOffer = (scenario: Scenario, believer: SideId, belief: OpponentBelief, offer: Offer, week: number, strikeDays: number): OpponentBelief => {
  // Frequency rule: issues left unchanged since the last offer gain weight (a repeat says nothing).
  let weightsBp = belief.weightsBp;
  const prev = belief.lastOffer;
  if (prev && !prev.every((v, i) => v === offer[i])) {
    const step = divRound(LEARN_BP, offer.length);
    weightsBp = normalise(weightsBp.map((w, i) => (offer[i] === prev[i] ? w + step : w)));
  }
  // Bayes: weigh each hypothesis by how well it predicted this headline offer.
  const headline = scenario.issues[0]!;
  const offeredX100 = Math.round((headline.values[offer[0]!] ?? 0) * 100);
  const sign = believer === 'employer' ? 1 : -1;
  const levels = bottomLineLevels(scenario, believer);
  const bottomLineBp = normalise(
    belief.bottomLineBp.map((p, k) => mulBp(p * 100, fit(sign * (offeredX100 - predicted(scenario, believer, levels[k]!, week, strikeDays))))),
  );
  return { weightsBp, bottomLineBp, lastOffer: offer };
};

/** A belief about the bottom line, summarised for decisions and messages. */
export const summariseBottomLine = (scenario: Scenario, believer: SideId, belief: OpponentBelief): FloorBelief => {
  const levelsX100 = bottomLineLevels(scenario, believer);
  const p = belief.bottomLineBp;
  let mode = 0;
  for (let k = 1; k < p.length; k += 1) if (p[k]! > p[mode]!) mode = k;
  const meanX100 = divRound(p.reduce((acc, prob, k) => acc + prob * levelsX100[k]!, 0), BP);
  return { levelsX100, probabilitiesBp: p, meanX100, modeX100: levelsX100[mode]!, modeBp: p[mode]! };
};

/** The issue a side's inferred weights rank first, with its weight. */
export const topIssue = (weightsBp: readonly number[]): { index: number; weightBp: number } => {
  let index = 0;
  for (let i = 1; i < weightsBp.length; i += 1) if (weightsBp[i]! > weightsBp[index]!) index = i;
  return { index, weightBp: weightsBp[index]! };
};
