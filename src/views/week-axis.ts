// The week axis the debrief's week-by-week charts share: ticks on whole weeks, and the weeks with strike days
// as spans for hatching.
import { niceTicks, type Tick } from './chart-spec';

/** Ticks on whole weeks from 1 to `n`, at most about ten of them. */
export const weekTicks = (n: number): Tick[] => niceTicks(1, Math.max(1, n), Math.min(10, Math.max(1, n - 1)), (v) => String(v)).filter((t) => Number.isInteger(t.value));

/** Weeks (as shown, from 1) with strike days, as spans for hatching; `shift` moves them along the axis. */
export const strikeSpans = (weeks: readonly { readonly week: number; readonly strikeDays: number }[], shift = 0) =>
  weeks.filter((w) => w.strikeDays > 0).map((w) => ({ x0: w.week + 0.5 + shift, x1: w.week + 1.5 + shift }));
