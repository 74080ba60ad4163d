// The strike calendar around the current week: days held, called, called off, and the plan's days to come.
import { mondayOf, parseIsoDate, weekStart, type SideId } from '../sim/index';
import { shortDate } from './format';
import type { Plan, Session } from '../store/types';
import { actionsView } from './moves';

export type DayStatus = 'held' | 'called' | 'calledOff' | 'planned' | 'none';

export interface CalendarDay {
  readonly day: number;
  readonly dayOfMonth: number;
  readonly label: string;
  readonly status: DayStatus;
  readonly past: boolean;
  readonly thisWeek: boolean;
  /** The last day of the strike mandate. */
  readonly mandateEnds: boolean;
}

export interface CalendarView {
  readonly title: string;
  /** Rows of seven days, Monday first. */
  readonly weeks: readonly (readonly CalendarDay[])[];
  /** The notified and held strike days in words, for the screen reader. */
  readonly summary: string;
}

/** Strike days around now: last week, this week and the next four; a strike being planned shows as planned. */
export function strikeCalendar(session: Session, side: SideId, plan: Plan): CalendarView {
  const { state } = session;
  const sc = state.scenario;
  const today = mondayOf(state);
  const status = new Map<number, DayStatus>();
  for (const call of state.strikes.calls) {
    for (let d = call.start; d < call.start + call.days; d += 1) {
      const off = call.suspendedFrom !== null && d >= call.suspendedFrom;
      status.set(d, off ? 'calledOff' : d < today ? 'held' : 'called');
    }
  }
  // A strike queued this week, or being planned, shows as planned until the week is played.
  const strike = actionsView(session, side).find((a) => a.type === 'callStrike');
  const queued = strike?.queuedIndex != null ? session.log[strike.queuedIndex] : undefined;
  const planned =
    queued?.type === 'callStrike'
      ? { start: queued.start, days: queued.days }
      : side === 'union' && strike?.available && plan.strikeStart
        ? { start: plan.strikeStart, days: plan.strikeDays }
        : null;
  if (planned) {
    const start = parseIsoDate(planned.start) ?? today;
    for (let day = start; day < start + planned.days; day += 1) if (!status.has(day)) status.set(day, 'planned');
  }
  const first = Math.max(sc.startDay, today - 7);
  const lastDay = weekStart(sc.startDay, sc.horizonWeeks) - 1;
  const weeks: CalendarDay[][] = [];
  for (let w = 0; w < 6; w += 1) {
    const row: CalendarDay[] = [];
    for (let i = 0; i < 7; i += 1) {
      const day = first + w * 7 + i;
      const label = shortDate(day);
      row.push({
        day,
        dayOfMonth: Number(label.split(' ')[1]),
        label,
        status: status.get(day) ?? 'none',
        past: day < today,
        thisWeek: day >= today && day < today + 7,
        mandateEnds: state.law.mandate?.until === day,
      });
    }
    if (row[0]!.day <= lastDay) weeks.push(row);
  }
  const lastShown = weeks[weeks.length - 1]?.[6]?.day ?? first;
  const describe = (s: DayStatus) => [...status.entries()].filter(([d, v]) => v === s && d >= first && d <= lastShown).map(([d]) => shortDate(d));
  const parts = [
    describe('held').length ? `held: ${describe('held').join(', ')}` : '',
    describe('called').length ? `notified: ${describe('called').join(', ')}` : '',
    describe('calledOff').length ? `called off: ${describe('calledOff').join(', ')}` : '',
    describe('planned').length ? `being planned: ${describe('planned').join(', ')}` : '',
  ].filter(Boolean);
  return {
    title: `${shortDate(first)} – ${shortDate(lastShown)}`,
    weeks,
    summary: parts.length ? `Strike days ${parts.join('; ')}.` : 'No strike days in these weeks.',
  };
}
