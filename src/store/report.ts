// View models for the WeekResult and Debrief screens.
import { termsFromOffer, weekStart, type Outcome, type SideId } from '../sim/index';
import { count, date, issueValue, millions, money, pct, shortDate, signed } from './format';
import { newsItems, type NewsItem } from './news';
import { chartSeries, opinionShares, type ChartView } from './selectors';
import type { Session } from './session';

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
    title: `Week ${report.week + 1} of ${sc.horizonWeeks}`,
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

export interface DebriefView {
  readonly headline: string;
  readonly explanation: string;
  readonly yourScore: number;
  readonly theirScore: number;
  readonly scores: Readonly<Record<SideId, number>>;
  readonly terms: readonly { readonly label: string; readonly value: string; readonly before: string }[];
  readonly figures: readonly { readonly label: string; readonly start: string; readonly end: string }[];
  readonly charts: ChartView;
}

const HEADLINES: Readonly<Record<Outcome['kind'], string>> = {
  deal: 'A deal was agreed',
  imposed: 'Terms were imposed',
  deadline: 'No settlement',
  collapse: 'The dispute collapsed',
};

export function debriefView(session: Session, side: SideId): DebriefView | null {
  const { state, origin } = session;
  const outcome = state.outcome;
  if (!outcome) return null;
  const sc = state.scenario;
  const end = date(weekStart(sc.startDay, outcome.week) + 6);
  const explanation: Record<Outcome['kind'], string> = {
    deal: `Members ratified the deal in week ${outcome.week + 1} (${end}).`,
    imposed: `The scenario ended in week ${outcome.week + 1} (${end}) with the Government's imposed terms in force.`,
    deadline: `The scenario ended in week ${outcome.week + 1} (${end}) with no agreement: the terms stay as they were.`,
    collapse: `In week ${outcome.week + 1} (${end}) the union lost its ability to take action: ballots failed and no mandate remains.`,
  };
  const sq = termsFromOffer(sc, origin.negotiation.statusQuo);
  const final = outcome.terms ? termsFromOffer(sc, outcome.terms) : sq;
  const startShares = opinionShares(origin);
  const endShares = opinionShares(state);
  const opp: SideId = side === 'bma' ? 'gov' : 'bma';
  return {
    headline: HEADLINES[outcome.kind],
    explanation: explanation[outcome.kind],
    yourScore: outcome.scores[side],
    theirScore: outcome.scores[opp],
    scores: outcome.scores,
    terms: sc.issues.map((issue) => ({
      label: issue.label,
      value: issueValue(issue, final[issue.id] ?? 0),
      before: issueValue(issue, sq[issue.id] ?? 0),
    })),
    figures: [
      { label: 'Public support for the strikes', start: pct(startShares.supportBp), end: pct(endShares.supportBp) },
      { label: 'Public opposition', start: pct(startShares.opposeBp), end: pct(endShares.opposeBp) },
      { label: 'NHS waiting list', start: millions(origin.nhs.waitingList), end: millions(state.nhs.waitingList) },
      { label: 'Strike days held', start: '0', end: count(state.strikes.daysHeld) },
      { label: 'Cost of strikes to the NHS', start: money(0), end: money(state.gov.strikeCostK) },
      { label: "Doctors' pay lost on strike days", start: money(0), end: money(state.bma.lostPayK) },
    ],
    charts: chartSeries(session),
  };
}
