// Over time: chart series, the offers made so far, and the strike calendar around the current week.
import { parseIsoDate, weekStart, type Offer, type SideId } from '../sim/index';
import { issueValue, shortDate } from './format';
import type { Plan } from '../store/plan';
import type { Session } from '../store/session';
import { actionsView } from './moves';
import { monday, opinionShares, points, valueTo } from './common';

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
    waitingList: [origin.nhs.waitingList / 1e6, ...state.history.map((w) => w.waitingList / 1e6)],
    strikeDays: [0, ...state.history.map((w) => w.strikeDays)],
  };
}

export interface OfferRecord {
  readonly week: string;
  readonly from: SideId;
  readonly fromName: string;
  /** The terms, level by level in the issues' order. */
  readonly levels: readonly string[];
  /** Value to the viewing side, 0–100. */
  readonly value: string;
}

/** Every offer made, newest first, valued for the viewing side only. */
export function offerHistory(session: Session, side: SideId): OfferRecord[] {
  const { state, origin } = session;
  const sc = state.scenario;
  const record = (week: number, from: SideId, offer: Offer): OfferRecord => ({
    week: week < 0 ? 'Opening' : `Week ${week + 1}`,
    from,
    fromName: sc.sides[from].shortName,
    levels: sc.issues.map((issue, i) => issueValue(issue, issue.values[offer[i]!] ?? 0)),
    value: points(valueTo(state, side, offer)),
  });
  const out: OfferRecord[] = [];
  for (const s of ['bma', 'gov'] as const) {
    const opening = origin.negotiation.standing[s];
    if (opening) out.push(record(-1, s, opening.offer));
  }
  for (const week of state.history) for (const o of week.offers) out.push(record(week.week, o.from, o.offer));
  return out.reverse();
}

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
  const today = monday(state);
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
      : side === 'bma' && strike?.available && plan.strikeStart
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
