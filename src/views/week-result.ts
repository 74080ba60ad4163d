// View model for the WeekResult screen (the Debrief's are in debrief-text.ts and debrief-charts.ts).
import { weekStart, type SideId } from '../sim/index';
import { date, millions, money, pct, shortDate, signed } from './format';
import { newsItems, type NewsItem } from './news';
import { opinionShares } from './common';
import type { Session } from '../store/types';

export interface Change {
  readonly label: string;
  readonly before: string;
  readonly after: string;
  readonly change: string;
  /** Start and end as numbers, for animating a bar between them. */
  readonly from: number;
  readonly to: number;
  /** Shares (0..1) are drawn as bars; counts and money as numbers only. */
  readonly share: boolean;
}

export interface WeekResultView {
  readonly title: string;
  readonly dates: string;
  readonly items: readonly NewsItem[];
  readonly strikeDays: number;
  /** The week's seven days, Monday first, and whether doctors struck on each. */
  readonly days: readonly { readonly label: string; readonly struck: boolean }[];
  readonly changes: readonly Change[];
  /** What the other side (or sides, for an AI) said. */
  readonly quotes: readonly { readonly name: string; readonly text: string }[];
  readonly over: boolean;
}

/** The week just resolved: its news and how the main figures moved. */
export function weekResultView(session: Session, side: SideId): WeekResultView | null {
  const report = session.lastWeek;
  if (!report) return null;
  const { state, origin } = session;
  const sc = state.scenario;
  const after = state.history[report.week];
  const before = report.week > 0 ? state.history[report.week - 1] : null;
  if (!after) return null;
  const start = opinionShares(origin);
  const b = before ?? { supportBp: start.supportBp, opposeBp: start.opposeBp, waitingList: origin.nhs.waitingList, strikeCostK: 0 };
  const monday = weekStart(sc.startDay, report.week);
  const bp = (from: number, to: number, label: string): Change => ({
    label,
    before: pct(from),
    after: pct(to),
    change: to === from ? 'no change' : `${signed(Math.round((to - from) / 10) / 10, (n) => n.toFixed(1))} points`,
    from: from / 10_000,
    to: to / 10_000,
    share: true,
  });
  return {
    title: report.week < sc.horizonWeeks ? `Week ${report.week + 1} of ${sc.horizonWeeks}` : `Week ${report.week + 1}: counting the members' vote`,
    dates: `${shortDate(monday)} – ${date(monday + 6)}`,
    items: newsItems(sc, report.events),
    strikeDays: after.strikeDays,
    days: Array.from({ length: 7 }, (_, i) => ({
      label: shortDate(monday + i),
      struck: report.events.some((e) => e.type === 'strikeDaysHeld' && e.days.includes(monday + i)),
    })),
    changes: [
      bp(b.supportBp, after.supportBp, 'Support the strikes'),
      bp(b.opposeBp, after.opposeBp, 'Oppose the strikes'),
      {
        label: 'Waiting list',
        before: millions(b.waitingList),
        after: millions(after.waitingList),
        change: `${signed(after.waitingList - b.waitingList)} pathways`,
        from: b.waitingList,
        to: after.waitingList,
        share: false,
      },
      {
        label: 'Cost of strikes so far',
        before: money(b.strikeCostK),
        after: money(after.strikeCostK),
        change: after.strikeCostK === b.strikeCostK ? 'no change' : `${signed(after.strikeCostK - b.strikeCostK, money)} this week`,
        from: b.strikeCostK,
        to: after.strikeCostK,
        share: false,
      },
    ],
    quotes: report.messages.filter((m) => m.side !== side).map((m) => ({ name: sc.sides[m.side].shortName, text: m.text })),
    over: state.outcome !== null,
  };
}
