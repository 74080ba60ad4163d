/**
 * Hicks's diagram, drawn from the game's own numbers with private values revealed: the union's resistance
 * curve (the lowest headline its members would accept after S strike days, decaying toward their hidden floor)
 * and the Government's concession curve (the most headline it should concede to avoid S strike days: what
 * those days would cost it, divided by what each point costs it over its horizon, read-across included).
 * Where they cross is Hicks's predicted strike length and settlement.
 */
import { BP, divRound, mulBp } from '../fixed';
import { referenceParticipationBp } from '../harm';
import { strikeDayCostK } from '../industrial';
import type { Scenario } from '../scenario/types';

export interface HicksCurves {
  /** Cumulative strike days, 0..N. */
  readonly strikeDays: readonly number[];
  /** Members' resistance point at each S, in the headline issue's units. */
  readonly resistance: readonly number[];
  /** The Government's concession limit at each S, in the headline's units (capped at the grid's top). */
  readonly concession: readonly number[];
  /** First S where concession reaches resistance, with the level there; null if they never meet. */
  readonly crossing: { readonly strikeDays: number; readonly level: number } | null;
}

export const hicksCurves = (scenario: Scenario, hidden: { unionFloorX100: number; employerReadAcrossBp: number }, maxDays: number): HicksCurves => {
  const m = scenario.members;
  const headline = scenario.issues[0]!;
  const top = headline.values.length - 1;
  const topValue = headline.values[top]!;
  // £k over the horizon for one unit of the headline, read-across included (the Government's own number).
  const perUnitK = divRound(headline.employerCostK[top]! * scenario.costs.horizonYears * (BP + hidden.employerReadAcrossBp), Math.max(1, Math.round(topValue * BP)));
  const dayK = strikeDayCostK(scenario, referenceParticipationBp(scenario), scenario.initial.mitigationLevel);
  const strikeDays: number[] = [];
  const resistance: number[] = [];
  const concession: number[] = [];
  let r = m.resistanceOpeningX100;
  let crossing: HicksCurves['crossing'] = null;
  for (let s = 0; s <= maxDays; s += 1) {
    const c = Math.min(Math.round(topValue * 100), divRound(dayK * s * 100, Math.max(1, perUnitK)));
    strikeDays.push(s);
    resistance.push(r / 100);
    concession.push(c / 100);
    if (!crossing && c >= r) crossing = { strikeDays: s, level: r / 100 };
    if (r > hidden.unionFloorX100) r = hidden.unionFloorX100 + mulBp(r - hidden.unionFloorX100, m.resistanceRetainedBp);
  }
  return { strikeDays, resistance, concession, crossing };
};
