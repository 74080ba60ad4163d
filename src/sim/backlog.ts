/**
 * The backlog harm model: a waiting list (the NHS's, in the bundled scenarios) as a weekly stock and flow (whole pathways): referrals in, treatment capacity out,
 * validation removals. Strike days cancel a share of planned care that falls with mitigation; NHS England
 * counts the rescheduled episodes, some work is never booked at all, and the lost treatments lengthen the list
 * because a full system cannot rebook without displacing someone else, unless catch-up capacity is paid for.
 */
import { civilFromDay, dayFromCivil, monthOf, weekday, type DayNumber } from './calendar';
import { BP, clamp, divRound, mulBp } from './fixed';
import type { BacklogHarm } from './scenario/types';
import { unitsOnStrikeDays } from './strike-day-units';
import type { GameState } from './types';

export interface BacklogWeek {
  /** The harm state next week (the key keeps format 1's name, so games keep their state hashes). */
  readonly nhs: GameState['nhs'];
  readonly catchUpEpisodesPending: number;
  /** Episodes rescheduled this week as NHS England would report them. */
  readonly rescheduled: number;
  /** Planned episodes scheduled on this week's strike days. */
  readonly plannedOnStrikeDays: number;
  /** Share of planned care delivered on strike days, bp; 10000 when there were none. */
  readonly plannedCareKeptBp: number;
  /** Cancellations including work never booked, for the disruption felt by the public. */
  readonly cancelledTrue: number;
  readonly catchUpDelivered: number;
  /** The week's flows, for the conservation identity: list' = list + referrals − stops − removals. */
  readonly referrals: number;
  readonly stops: number;
  readonly removals: number;
  readonly capacity: number;
  readonly lostStops: number;
}

const isChristmasWeek = (monday: DayNumber): boolean => {
  const christmas = dayFromCivil(civilFromDay(monday + 6).y, 12, 25);
  return christmas >= monday && christmas <= monday + 6;
};

/** Share of planned episodes lost on a strike day, bp. */
export const backlogLostShareBp = (n: BacklogHarm, participation: number, mitigationLevel: number): number =>
  clamp(divRound(divRound(n.lostShareAtReferenceBp * participation, n.referenceParticipationBp) * (100 - mitigationLevel), 100), 0, BP);

const plannedEpisodesOn = (n: BacklogHarm, day: DayNumber): number => {
  const wd = weekday(day);
  const factor = wd < 5 ? BP : n.weekendFactorBp[wd - 5]!;
  return mulBp(n.plannedEpisodesPerWeekday, factor);
};

export const advanceBacklog = (
  n: BacklogHarm,
  state: GameState,
  monday: DayNumber,
  strikeDays: readonly DayNumber[],
  participation: number,
): BacklogWeek => {
  const nhs = state.nhs;
  const lost = backlogLostShareBp(n, participation, state.employer.mitigationLevel);
  const { planned, lost: rescheduled } = unitsOnStrikeDays(strikeDays, (d) => plannedEpisodesOn(n, d), lost);
  const cancelledTrue = mulBp(rescheduled, BP + n.unbookedBp);
  const lostStops = mulBp(cancelledTrue, n.clockStopsPerCancellationBp);

  const christmas = isChristmasWeek(monday);
  const referrals = christmas ? mulBp(n.referralsPerWeek, n.christmasReferralBp) : n.referralsPerWeek;
  let capacity = n.capacityPerWeek;
  if (n.winterMonths.includes(monthOf(monday + 3))) capacity = mulBp(capacity, n.winterCapacityBp);
  if (christmas) capacity = mulBp(capacity, n.christmasCapacityBp);
  if (nhs.capacityShock) capacity = mulBp(capacity, nhs.capacityShock.factorBp);

  const catchUpDelivered = Math.min(state.employer.catchUpEpisodesPending, n.catchUpMaxEpisodesPerWeek);
  const list = nhs.waitingList;
  const stops = clamp(capacity - lostStops + catchUpDelivered, 0, list + referrals);
  const removals = Math.min(mulBp(list, n.removalsBp), list + referrals - stops);
  const waitingList = list + referrals - stops - removals;
  const rebookQueue = clamp(nhs.rebookQueue + cancelledTrue - mulBp(nhs.rebookQueue, n.rebookShareBp), 0, waitingList);

  const shock = nhs.capacityShock;
  return {
    nhs: {
      waitingList,
      rebookQueue,
      rescheduledTotal: nhs.rescheduledTotal + rescheduled,
      lostStopsTotal: nhs.lostStopsTotal + lostStops,
      capacityShock: shock && shock.weeksLeft > 1 ? { factorBp: shock.factorBp, weeksLeft: shock.weeksLeft - 1 } : null,
    },
    catchUpEpisodesPending: state.employer.catchUpEpisodesPending - catchUpDelivered,
    rescheduled,
    plannedOnStrikeDays: planned,
    plannedCareKeptBp: planned === 0 ? BP : BP - divRound(rescheduled * BP, planned),
    cancelledTrue,
    catchUpDelivered,
    referrals,
    stops,
    removals,
    capacity,
    lostStops,
  };
};
