/**
 * Scenario events: on a week, in a window with a weekly chance, or when a figure crosses a threshold. Chances
 * are compared with pre-rolled world draws, so an event's luck is the same in every what-if branch.
 */
import { BP } from './fixed';
import { harmLevel } from './harm';
import { harmFigureOf } from './harm-figures';
import { WORLD_SLOTS } from './new-game';
import { publicShares } from './opinion';
import type { ScenarioEvent, ThresholdFigure } from './scenario/types';
import type { GameState } from './types';

/** The current value of a figure an event's threshold can watch, in its stored unit. */
export const figureValue = (state: GameState, figure: ThresholdFigure): number => {
  switch (figure) {
    case 'support':
      return publicShares(state.scenario, state.opinion).supportBp;
    case 'oppose':
      return publicShares(state.scenario, state.opinion).opposeBp;
    case 'harm':
      return harmLevel(state);
    case 'morale':
      return state.union.moraleBp;
    case 'anger':
      return state.union.angerBp;
    case 'strikeDays':
      return state.strikes.daysHeld;
    case 'salience':
      return state.opinion.salienceBp;
    case 'unitsLost':
    case 'revenueLost':
    case 'stock':
      return harmFigureOf(state, figure);
  }
};

export const compare = (a: number, op: '<' | '<=' | '>' | '>=', b: number): boolean =>
  op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;

/** The events that fire at the start of this week (each fires at most once in a game). */
export const firingEvents = (state: GameState): ScenarioEvent[] => {
  const draws = state.world[state.week] ?? [];
  return state.scenario.events.filter((event, i) => {
    if (state.firedEvents.includes(event.id)) return false;
    const draw = draws[WORLD_SLOTS.events + i] ?? BP;
    const t = event.trigger;
    switch (t.kind) {
      case 'week':
        return t.week === state.week;
      case 'window':
        return state.week >= t.fromWeek && state.week <= t.toWeek && draw < t.chanceBp;
      case 'threshold':
        return compare(figureValue(state, t.figure), t.op, t.value) && draw < t.chanceBp;
    }
  });
};
