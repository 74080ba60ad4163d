/**
 * Why the computer's union never struck, or its employer never moved, in the checker's pairing games: the
 * first condition of the AI's rule (docs/ai.md, "Industrial and policy moves") that failed in every week, with
 * the scenario fields that move it. Read from the week-start states and the AI's recorded reasons.
 */
import { strikeArithmetic } from '../sim/ai/industrial';
import { buildView } from '../sim/ai/view';
import type { Scenario } from '../sim/scenario/types';
import type { PairingGames } from './pairing-games';

export interface Diagnosis {
  /** What blocked it, in a sentence that continues "…: ". */
  readonly why: string;
  /** The fields that move it. */
  readonly fix: string;
}

/** The strike rule's conditions, in the order the AI tests them, counted over every week of every game. */
interface StrikeWeeks {
  readonly eager: number;
  readonly mandate: number;
  readonly morale: number;
  readonly pays: number;
  /** The best week's worth of a strike day to members, as a share of the pay it costs them. */
  readonly bestPaysPercent: number;
}

/** Members' morale below which the AI never calls a strike (`industrial.ts`). */
const MIN_MORALE_BP = 3000;

const strikeWeeks = (scenario: Scenario, pairings: readonly PairingGames[]): StrikeWeeks => {
  const appetite = (id: string) => scenario.personas.find((p) => p.id === id)?.strikeAppetite ?? 0;
  let [eager, mandate, morale, pays, best] = [0, 0, 0, 0, 0];
  for (const pairing of pairings) {
    if (appetite(pairing.union) <= 0) continue;
    for (const { played } of pairing.games) {
      for (const { start } of played.weeks) {
        eager += 1;
        if (!start.law.mandate) continue;
        mandate += 1;
        if (start.union.moraleBp < MIN_MORALE_BP) continue;
        morale += 1;
        const { gainK, lostPayK } = strikeArithmetic(buildView(start, 'union', null));
        if (lostPayK > 0) best = Math.max(best, Math.round((gainK * 100) / lostPayK));
        if (gainK > lostPayK) pays += 1;
      }
    }
  }
  return { eager, mandate, morale, pays, bestPaysPercent: best };
};

export const whyNoStrike = (scenario: Scenario, pairings: readonly PairingGames[]): Diagnosis => {
  const w = strikeWeeks(scenario, pairings);
  if (w.eager === 0) {
    return {
      why: 'no persona offered to it has a strikeAppetite above 0, and 0 never strikes',
      fix: 'raise the strikeAppetite of a persona in sides.union.personas (strike days per four weeks; 5 or more calls 5-day strikes)',
    };
  }
  if (w.mandate === 0) {
    return {
      why: 'it never held a strike mandate (none at the start, and no ballot won)',
      fix: 'give it a mandate at the start (initial.mandateValidUntil, initial.mandateBallot) or ballots it can win: law.rules.turnoutThreshold and entitledYesThreshold against ballot.turnoutBase, turnoutFloor, turnoutDecayPerBallot and yesBase',
    };
  }
  if (w.morale === 0) {
    return {
      why: "members' morale was below 0.3 in every week it held a mandate, and the AI never calls a strike below that",
      fix: 'keep morale up: initial.morale, members.morale.anchor, a smaller members.morale.perStrikeDay',
    };
  }
  if (w.pays === 0) {
    return {
      why: `a strike day never paid for itself: what the employer would concede to save a day's cost (at the public cost of a headline point) was worth to members at best ${w.bestPaysPercent}% of the pay the day cost them, and it must be worth more than 100%`,
      fix: 'make a strike day dearer for the employer (costs.strikeDayMAtReference, which holds at nhs.referenceParticipation; mitigation.extraCostMPerDayAt100) or a headline point cheaper (issues[0].employerCostMPerYear, costs.readAcrossMin and readAcrossMax): roughly, a day pays when its cost × 3.65 > participation × the cost of a point a year × (1 + read-across)',
    };
  }
  return {
    why: `in the ${w.pays} weeks it held a mandate, with morale at 0.3 or more and a strike day that paid, the offer on the table came within 0.02 of its aim, or no strike could lawfully start before its mandate ran out`,
    fix: "widen the gap between its aim and the employer's offer (members.resistanceOpeningPay, resistanceFloorMin and resistanceFloorMax, a less generous sides.employer.openingOffer), or leave room for a strike (law.maxStrikeDaysPerCall, law.rules.noticeDays against law.rules.mandateDays)",
  };
};

/** What each reason for the employer's offer standing means, and what moves it (docs/ai.md). */
const HOLDS: Readonly<Record<string, Diagnosis>> = {
  AWAIT_RECIPROCITY: {
    why: 'it had moved as far ahead of the union as its unilateralBudget allows, and waited for the union to move',
    fix: "a larger unilateralBudget for the employer's personas, or a union that concedes (a higher persona concession, a lower members.resistanceOpeningPay)",
  },
  AJ_HOLD: {
    why: "a hardline employer held out while the union's demand fell faster, in money, than a strike day cost it",
    fix: 'make strike days dearer than the fall in demand they buy: a higher costs.strikeDayMAtReference, a slower resistance decay (a larger members.resistanceRetainedPerStrikeDay), a cheaper headline point (issues[0].employerCostMPerYear)',
  },
  ZEUTHEN_WAIT: {
    why: 'the union had more to lose from a breakdown, so the employer conceded only half steps',
    fix: "a lower walk-away for the employer: a dearer dispute (costs.strikeDayMAtReference, expectedStrikeDaysPerWeek, planningWeeks, politicalCostMPerWeekAtFullPressure)",
  },
};

const CLOCKS: Diagnosis = {
  why: 'its clocks and pressure never ran far enough to lower its aim below where it started',
  fix: 'faster clocks and more pressure: dates in calendar, more strike days (the union personas\' strikeAppetite), larger costs.pressureWeights, a smaller costs.harmPressureAt, a larger persona concession; or a dearer dispute (costs.strikeDayMAtReference, politicalCostMPerWeekAtFullPressure, planningWeeks)',
};

export const whyNoMove = (pairings: readonly PairingGames[]): Diagnosis => {
  const tally = new Map<string, number>();
  for (const { played } of pairings.flatMap((p) => p.games)) {
    for (const w of played.weeks) {
      for (const d of w.decisions.employer) {
        const hold = d.reason.startsWith('STANDS_') ? d.reason.slice('STANDS_'.length) : d.reason;
        if (HOLDS[hold]) tally.set(hold, (tally.get(hold) ?? 0) + 1);
      }
    }
  }
  const top = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return top ? HOLDS[top[0]]! : CLOCKS;
};
