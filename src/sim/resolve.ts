/**
 * Resolving a week, once both sides have ended their turns. The order is fixed, so neither side gains by
 * moving first:
 *   0 CALENDAR  scenario events due this week fire.
 *   1 LAW       a ballot that has closed is counted; a members' vote is counted.
 *   2 STRIKES   this week's policies apply from Monday (a suspension, the mitigation level, and an answer that
 *               sends a deal to members, which pauses action); then each notified strike day is held.
 *   3 NEGOTIATE answers to standing offers (BMA, then Government), then new offers (BMA, then Government);
 *               each side then updates its beliefs about the other from the offer it saw (BELIEFS).
 *   4 ACTIONS   BMA: strike calls and ballots; Government: imposed awards and catch-up funding; statements.
 *   5 SYSTEMS   waiting list, costs, members' morale and anger, public opinion; a lapsed mandate ends.
 *   6 RECORD    walk-away values and the week's offers' utilities to both sides.
 *   7 END       a ratified deal, a collapsed dispute, or the horizon ends the game.
 * Each phase is a pure function in week/, from the week so far and the week's pre-rolled draws to the week
 * after it and its events; this file lists them and folds them in order.
 */
import { mondayOf } from './legal';
import type { GameState, SimEvent } from './types';
import { actionsPhase } from './week/actions';
import { calendarPhase } from './week/calendar';
import { endPhase } from './week/end';
import { lawPhase } from './week/law';
import { negotiationPhase } from './week/negotiation';
import { recordPhase } from './week/record';
import { strikesPhase } from './week/strikes';
import { systemsPhase } from './week/systems';
import { NO_EFFECTS, type Phase, type WeekInProgress } from './week/types';

export { referendumYesBp } from './week/law';

/** The week's phases, in the order they run. */
const PHASES: readonly (readonly [name: string, phase: Phase])[] = [
  ['calendar', calendarPhase],
  ['law', lawPhase],
  ['strikes', strikesPhase],
  ['negotiation', negotiationPhase],
  ['actions', actionsPhase],
  ['systems', systemsPhase],
  ['record', recordPhase],
  ['end', endPhase],
];

/** The week before any phase has run: the notes start empty. */
const beginWeek = (state: GameState): WeekInProgress => {
  const monday = mondayOf(state);
  return {
    start: state,
    state,
    notes: {
      monday,
      sunday: monday + 6,
      fx: NO_EFFECTS,
      capacityShock: state.nhs.capacityShock,
      fired: [],
      ratified: null,
      payAwardedX100: 0,
      strikeDays: [],
      participationBp: 0,
      noStrikePay: false,
      strikeCostK: 0,
      offers: [],
      backlog: null,
      payCostKPerYear: 0,
    },
  };
};

export const resolveWeek = (state: GameState): { state: GameState; events: SimEvent[] } => {
  const draws = state.world[state.week] ?? [];
  let week = beginWeek(state);
  const events: SimEvent[] = [];
  for (const [, phase] of PHASES) {
    const result = phase(week, draws);
    week = result.week;
    events.push(...result.events);
  }
  return { state: week.state, events };
};
