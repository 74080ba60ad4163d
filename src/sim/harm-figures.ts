/**
 * The harm model's own figures, which scenario events (`when.figure`) and news items (`figure`) can follow by
 * name besides the harm level (`harm`, whatever the model): units lost to strikes so far (every model;
 * for a backlog, the episodes rescheduled), what those units cost (`revenueLost`: fares refunded or margin lost,
 * in the models without a queue) and finished stock left (`stock`, lostOutput only). Read from the state in
 * play, or rebuilt from the weekly record for the news, by the same rules.
 */
import { divRound } from './fixed';
import { valueOfUnitLost } from './harm';
import { drawnFromStock } from './lost-units';
import type { HarmFigure, Scenario } from './scenario/types';
import type { GameState, WeekSummary } from './types';

/** What the figures are made from: units lost to strikes so far, and finished stock left (0 without stock). */
interface HarmTotals {
  readonly unitsLost: number;
  readonly stock: number;
}

/** A figure in its stored unit: units, or thousands of the scenario's currency for `revenueLost`. */
const valueOf = (scenario: Scenario, totals: HarmTotals, figure: HarmFigure): number => {
  const h = scenario.harm;
  switch (figure) {
    case 'unitsLost':
      return totals.unitsLost;
    case 'revenueLost':
      return divRound(totals.unitsLost * valueOfUnitLost(h), 1000);
    case 'stock':
      return totals.stock;
  }
};

/** A harm figure of the game in play. */
export const harmFigureOf = (state: GameState, figure: HarmFigure): number =>
  valueOf(state.scenario, { unitsLost: state.nhs.rescheduledTotal, stock: state.nhs.inventory ?? 0 }, figure);

/** A harm figure at the end of week `week` of a game's weekly record (−1: the start). */
export const harmFigureAt = (scenario: Scenario, history: readonly WeekSummary[], week: number, figure: HarmFigure): number => {
  let totals: HarmTotals = { unitsLost: 0, stock: scenario.harm.kind === 'lostOutput' ? scenario.harm.inventoryUnits : 0 };
  for (const w of history.slice(0, week + 1)) totals = { unitsLost: totals.unitsLost + w.rescheduled, stock: totals.stock - drawnFromStock(totals.stock, w.rescheduled) };
  return valueOf(scenario, totals, figure);
};
