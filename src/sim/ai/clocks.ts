/**
 * The dispute's own clocks: what tells a side that time is running out. Never the game's length: a real side
 * does not know when the scenario stops. Each clock is a share (bp) of the way to "out of time"; a side's
 * clock is the furthest-run of its clocks, and it drives the time-dependent concession curve (concession.ts).
 *
 * The union's clocks: its mandate running out (and, with no mandate, the cost and risk of re-balloting), its
 * strike fund draining (half way at empty), members' fatigue (strike days held), and the next pay review report (a new award
 * folds the dispute into next year's round). The Government's: the strike days it has absorbed (Hicks: the
 * cost of the dispute so far) and the political calendar (budgets, elections, reshuffles, the pay review
 * report), each pressing harder as its date comes near. Winter and political heat act through `pressure`
 * (decide.ts), which makes the curve bend sooner.
 */
import { BP, clamp, divRound } from '../fixed';
import { mondayOf } from '../legal';
import type { CalendarKind } from '../scenario/types';
import type { GameState, SideId } from '../types';

/** Strike days over which members' fatigue runs its full course (the 2023-24 round held 44). */
const FATIGUE_STRIKE_DAYS = 40;
/** Strike days over which the Government's absorbed cost runs its clock out. */
const EMPLOYER_STRIKE_DAYS = 40;
/** How many weeks ahead a scheduled date starts to press. */
const CALENDAR_LEAD_WEEKS = 12;
/** How hard each kind of date presses on the day itself, bp, by side. */
const CALENDAR_WEIGHT: Readonly<Record<CalendarKind, Readonly<Record<SideId, number>>>> = {
  budget: { employer: 6000, union: 0 },
  election: { employer: 8000, union: 3000 },
  reshuffle: { employer: 5000, union: 0 },
  payReview: { employer: 6000, union: 6000 },
};
/** How hard a contract's expiry presses on both sides on the day, bp. */
const CONTRACT_WEIGHT_BP = 7000;
/** The union's clock with no mandate: re-balloting is slow, costly and uncertain; each failed ballot adds more. */
const NO_MANDATE_BP = 6000;
const FAILED_BALLOT_BP = 2000;

export interface Clocks {
  /** The furthest-run clock, bp. */
  readonly clockBp: number;
  /** Each clock, bp (for the debrief and tests). */
  readonly parts: Readonly<Record<string, number>>;
}

/** The pressure of the nearest scheduled dates: rises linearly over the lead weeks to the date's weight. */
const calendarBp = (state: GameState, side: SideId): number => {
  let most = 0;
  for (const date of state.scenario.calendar) {
    const weeksUntil = date.week - state.week;
    if (weeksUntil < 0 || weeksUntil > CALENDAR_LEAD_WEEKS) continue;
    const weight = CALENDAR_WEIGHT[date.kind][side];
    most = Math.max(most, divRound(weight * (CALENDAR_LEAD_WEEKS - weeksUntil), CALENDAR_LEAD_WEEKS));
  }
  return most;
};

/**
 * A contract's expiry as the deadline both sides bargain toward (North American practice): it presses from
 * CALENDAR_LEAD_WEEKS before the date, and fully from the date on, when the union may strike. 0 without one.
 */
const contractBp = (state: GameState): number => {
  const expiry = state.scenario.law.contractExpiryDay;
  if (expiry === undefined) return 0;
  const weeksUntil = Math.ceil((expiry - mondayOf(state)) / 7);
  if (weeksUntil > CALENDAR_LEAD_WEEKS) return 0;
  return divRound(CONTRACT_WEIGHT_BP * (CALENDAR_LEAD_WEEKS - Math.max(0, weeksUntil)), CALENDAR_LEAD_WEEKS);
};

export const clocksOf = (state: GameState, side: SideId): Clocks => {
  // A contract's expiry is a dated deadline, read as the calendar is.
  const calendar = Math.max(calendarBp(state, side), contractBp(state));
  if (side === 'employer') {
    const strikes = clamp(divRound(state.strikes.daysHeld * BP, EMPLOYER_STRIKE_DAYS), 0, BP);
    return { clockBp: Math.max(strikes, calendar), parts: { strikes, calendar } };
  }
  const mandate = state.law.mandate;
  const monday = mondayOf(state);
  const mandateBp = mandate
    ? clamp(divRound((monday - mandate.from) * BP, Math.max(1, mandate.until - mandate.from)), 0, BP)
    : clamp(NO_MANDATE_BP + FAILED_BALLOT_BP * state.law.failedInRow, 0, BP);
  const initial = state.scenario.initial.strikeFundK;
  // Members can strike without strike pay, so an empty fund runs this clock only half way.
  const fund = initial > 0 ? clamp(divRound((initial - state.union.fundK) * BP, initial * 2), 0, BP / 2) : 0;
  const fatigue = clamp(divRound(state.strikes.daysHeld * BP, FATIGUE_STRIKE_DAYS), 0, BP);
  return { clockBp: Math.max(mandateBp, fund, fatigue, calendar), parts: { mandate: mandateBp, fund, fatigue, calendar } };
};
