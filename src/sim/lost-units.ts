/**
 * The two harm models without a waiting list. `lostService`: units of service (train journeys, school days)
 * lost on strike days are gone for good; the harm level counts them. `lostOutput`: a private employer's lost
 * production first draws down finished stock, then leaves customers' orders unfilled (the harm level); overtime
 * makes up a number of unfilled orders each week, at a cost. In both, managers' contingency service (the
 * mitigation level) keeps a share of what a strike would otherwise lose.
 */
import { weekday, type DayNumber } from './calendar';
import { BP, clamp, divRound, mulBp } from './fixed';
import type { LostOutputHarm, LostServiceHarm } from './scenario/types';
import { unitsOnStrikeDays } from './strike-day-units';
import type { GameState } from './types';

type DailyHarm = LostServiceHarm | LostOutputHarm;

/** Share of a day's units lost at this participation and contingency level, bp. */
export const dailyLostShareBp = (h: DailyHarm, participation: number, mitigationLevel: number): number => {
  const atTurnout = clamp(divRound(h.lostShareAtReferenceBp * participation, Math.max(1, h.referenceParticipationBp)), 0, BP);
  const kept = divRound(h.contingencyShareAt100Bp * mitigationLevel, 100);
  return clamp(mulBp(atTurnout, BP - kept), 0, BP);
};

export const unitsOn = (h: DailyHarm, day: DayNumber): number => {
  const wd = weekday(day);
  return mulBp(h.unitsPerWeekday, wd < 5 ? BP : h.weekendFactorBp[wd - 5]!);
};

/** What a week of a model without a queue did: units lost, the share kept, and any cost beyond the strike days'. */
export interface LostUnitsWeek {
  readonly nhs: GameState['nhs'];
  readonly lost: number;
  readonly planned: number;
  readonly extraCostK: number;
}

const lostOn = (h: DailyHarm, state: GameState, strikeDays: readonly DayNumber[], participation: number) => {
  const share = dailyLostShareBp(h, participation, state.employer.mitigationLevel);
  return unitsOnStrikeDays(strikeDays, (d) => unitsOn(h, d), share);
};

export const advanceLostService = (h: LostServiceHarm, state: GameState, strikeDays: readonly DayNumber[], participation: number): LostUnitsWeek => {
  const { planned, lost } = lostOn(h, state, strikeDays, participation);
  const nhs = state.nhs;
  return {
    nhs: { ...nhs, waitingList: nhs.waitingList + lost, rescheduledTotal: nhs.rescheduledTotal + lost, capacityShock: null },
    lost,
    planned,
    extraCostK: 0,
  };
};

/** Units of finished stock drawn to meet `lost` units not made: all of them while the stock lasts. */
export const drawnFromStock = (stock: number, lost: number): number => Math.min(stock, lost);

export const advanceLostOutput = (h: LostOutputHarm, state: GameState, strikeDays: readonly DayNumber[], participation: number): LostUnitsWeek => {
  const { planned, lost } = lostOn(h, state, strikeDays, participation);
  const nhs = state.nhs;
  const stock = nhs.inventory ?? 0;
  const fromStock = drawnFromStock(stock, lost);
  // Overtime works only in weeks without strike days, on orders already unfilled.
  const caughtUp = strikeDays.length === 0 ? Math.min(h.catchUpUnitsPerWeek, nhs.waitingList) : 0;
  const unfilled = nhs.waitingList + lost - fromStock - caughtUp;
  const extraCostK = divRound(fromStock * h.inventoryCostPerUnit + caughtUp * h.catchUpCostPerUnit, 1000);
  return {
    nhs: { ...nhs, waitingList: unfilled, inventory: stock - fromStock, rescheduledTotal: nhs.rescheduledTotal + lost, lostStopsTotal: nhs.lostStopsTotal + caughtUp, capacityShock: null },
    lost,
    planned,
    extraCostK,
  };
};
