// The Dispute panel's chart: public support and opposition, the waiting list and strike days, week by week.
import { harmLevel } from '../sim/index';
import type { Session } from '../store/types';
import { opinionShares } from './common';

export interface ChartView {
  /** One point per week: the start, then after each resolved week. */
  readonly support: readonly number[];
  readonly oppose: readonly number[];
  /** Millions. */
  readonly waitingList: readonly number[];
  readonly strikeDays: readonly number[];
}

export function chartSeries(session: Session): ChartView {
  const { origin, state } = session;
  const start = opinionShares(origin);
  return {
    support: [start.supportBp / 100, ...state.history.map((w) => w.supportBp / 100)],
    oppose: [start.opposeBp / 100, ...state.history.map((w) => w.opposeBp / 100)],
    waitingList: [harmLevel(origin) / 1e6, ...state.history.map((w) => w.waitingList / 1e6)],
    strikeDays: [0, ...state.history.map((w) => w.strikeDays)],
  };
}
