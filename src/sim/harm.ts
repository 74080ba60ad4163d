/**
 * The one interface to harm. A scenario chooses a harm model (`harm.kind`): `backlog` (a waiting list as stock
 * and flow), `lostService` (units of service lost for good) or `lostOutput` (a private employer's production).
 * Opinion, pressure, scoring, events and views read harm only through these functions, never through one model's
 * fields.
 */
import { advanceBacklog, backlogLostShareBp } from './backlog';
import { monthOf, weekday, type DayNumber } from './calendar';
import { BP, clamp, divRound, mulBp } from './fixed';
import { advanceLostOutput, advanceLostService, dailyLostShareBp, unitsOn } from './lost-units';
import type { Harm, Scenario } from './scenario/types';
import type { GameState } from './types';

/** What a week did to the service, whatever the model. */
export interface HarmWeek {
  /** The harm state next week (the key keeps format 1's name, so games keep their state hashes). */
  readonly nhs: GameState['nhs'];
  readonly catchUpEpisodesPending: number;
  /** Units lost on this week's strike days, as the employer would report them. */
  readonly rescheduled: number;
  /** Share of planned units delivered on strike days, bp; 10000 when there were none. */
  readonly plannedCareKeptBp: number;
  /** The disruption the public feels (cancellations, including work never booked), in units. */
  readonly cancelledTrue: number;
  /** Cost to the employer beyond the strike days' own (stock drawn down, overtime to catch up), £k. */
  readonly extraCostK: number;
}

/** Advances the chosen harm model by a week of `strikeDays` at `participation`. */
export const advanceHarm = (scenario: Scenario, state: GameState, monday: DayNumber, strikeDays: readonly DayNumber[], participation: number): HarmWeek => {
  const h = scenario.harm;
  if (h.kind === 'backlog') {
    const w = advanceBacklog(h, state, monday, strikeDays, participation);
    return { nhs: w.nhs, catchUpEpisodesPending: w.catchUpEpisodesPending, rescheduled: w.rescheduled, plannedCareKeptBp: w.plannedCareKeptBp, cancelledTrue: w.cancelledTrue, extraCostK: 0 };
  }
  const w = h.kind === 'lostService' ? advanceLostService(h, state, strikeDays, participation) : advanceLostOutput(h, state, strikeDays, participation);
  return {
    nhs: w.nhs,
    catchUpEpisodesPending: state.employer.catchUpEpisodesPending,
    rescheduled: w.lost,
    plannedCareKeptBp: w.planned === 0 ? BP : BP - divRound(w.lost * BP, w.planned),
    cancelledTrue: w.lost,
    extraCostK: w.extraCostK,
  };
};

/** The harm level: pathways waiting (backlog), units lost so far (lostService), orders unfilled (lostOutput). */
export const harmLevel = (state: GameState): number => state.nhs.waitingList;

/** The harm level at the start of a game. */
export const harmStart = (scenario: Scenario): number => (scenario.harm.kind === 'backlog' ? scenario.harm.waitingList : 0);

/** Finished stock at the start (lostOutput only), for the game state. */
export const harmInventory = (scenario: Scenario): number | undefined => (scenario.harm.kind === 'lostOutput' ? scenario.harm.inventoryUnits : undefined);

/** How far the harm level has moved since the start (negative when a list has shrunk). */
export const harmChange = (state: GameState): number => harmLevel(state) - harmStart(state.scenario);

/** How hard the harm presses on the employer, 0..10000: growth since the start against `costs.harmPressureAt`. */
export const harmPressureBp = (state: GameState): number =>
  clamp(divRound(Math.max(0, harmChange(state)) * BP, Math.max(1, state.scenario.costs.harmPressureAt)), 0, BP);

/** Whether the model has a queue the employer can buy its way through (only then is catch-up funding a move). */
export const harmHasQueue = (scenario: Scenario): boolean => scenario.harm.kind === 'backlog';

/** The catch-up a backlog allows: cost per unit and units a week; null for a model without a queue. */
export const catchUpTerms = (scenario: Scenario): { readonly costPerUnit: number; readonly maxPerWeek: number } | null =>
  scenario.harm.kind === 'backlog' ? { costPerUnit: scenario.harm.catchUpCostPerEpisode, maxPerWeek: scenario.harm.catchUpMaxEpisodesPerWeek } : null;

/** Whether the week starting `monday` is a winter week for the service. */
export const isWinterWeek = (scenario: Scenario, monday: DayNumber): boolean => scenario.harm.winterMonths.includes(monthOf(monday + 3));

/** The participation the model's loss shares are set at, bp. */
export const referenceParticipationBp = (scenario: Scenario): number => scenario.harm.referenceParticipationBp;

/** Units planned on `day`. */
export const plannedUnitsOn = (scenario: Scenario, day: DayNumber): number => {
  const h = scenario.harm;
  if (h.kind !== 'backlog') return unitsOn(h, day);
  const wd = weekday(day);
  return mulBp(h.plannedEpisodesPerWeekday, wd < 5 ? BP : h.weekendFactorBp[wd - 5]!);
};

/** Units planned on a weekday. */
export const weekdayUnits = (harm: Harm): number => (harm.kind === 'backlog' ? harm.plannedEpisodesPerWeekday : harm.unitsPerWeekday);

/** What one unit lost to strikes is worth to the employer, in the currency: a fare (lostService), a margin
 *  (lostOutput); a backlog's lost work is priced per episode by `costs.lostEpisodeValue` instead (0 here). */
export const valueOfUnitLost = (harm: Harm): number => (harm.kind === 'lostService' ? harm.valuePerUnitLost : harm.kind === 'lostOutput' ? harm.marginPerUnit : 0);

/**
 * What the units a strike day loses cost the employer, £k: capacity paid for that produced nothing (backlog,
 * counting work never booked), fares refunded (lostService) or margin lost (lostOutput).
 */
export const lostUnitsCostK = (scenario: Scenario, plannedUnits: number, participation: number, mitigationLevel: number): number => {
  const h = scenario.harm;
  if (h.kind === 'backlog') {
    const lost = mulBp(mulBp(plannedUnits, backlogLostShareBp(h, participation, mitigationLevel)), BP + h.unbookedBp);
    return divRound(lost * scenario.costs.lostEpisodeValue, 1000);
  }
  const lost = mulBp(plannedUnits, dailyLostShareBp(h, participation, mitigationLevel));
  return divRound(lost * valueOfUnitLost(h), 1000);
};
