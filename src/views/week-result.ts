// View model for the WeekResult screen (the Debrief's are in debrief-text.ts and debrief-charts.ts).
import { capitalise, harmLevel, otherSide, theSide, weekStart, type Action, type SideId, type SimEvent } from '../sim/index';
import { date, millions, money, pct, shortDate, signed } from './format';
import { startFigures } from './latest-news';
import { eventNews, type NewsItem } from './news';
import { peopleNews } from './people-news';
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
  /** After a skip: the quiet weeks played through before this one, in a sentence; null when there were none. */
  readonly skipped: string | null;
  readonly items: readonly NewsItem[];
  readonly strikeDays: number;
  /** The week's seven days, Monday first, and whether doctors struck on each. */
  readonly days: readonly { readonly label: string; readonly struck: boolean }[];
  readonly changes: readonly Change[];
  /** What the other side (or sides, for an AI) said. */
  readonly quotes: readonly { readonly name: string; readonly text: string }[];
  readonly over: boolean;
}

/**
 * What the rules did on their own this week, in plain words, after the event it follows: who recommended a deal
 * to members and why, and a new offer a side had queued that was never made because a deal went to members first.
 */
function automaticNotes(session: Session, event: SimEvent, events: readonly SimEvent[], weekLog: readonly Action[]): NewsItem[] {
  if (event.type !== 'referendumOpened') return [];
  const sc = session.state.scenario;
  /** A side as running text puts it: "the BMA", "Network Rail". */
  const name = (side: SideId) => theSide(sc.vocabulary, side);
  const accepted = events.find((e) => e.type === 'offerAccepted');
  const notes: NewsItem[] = [];
  if (event.recommended && accepted) {
    notes.push({
      kind: 'deal',
      text:
        accepted.side === 'union'
          ? `${capitalise(name('union'))}'s leaders recommend the deal to members: accepting an offer puts it to a vote with their backing, which makes a yes more likely.`
          : `${capitalise(name('union'))}'s leaders recommend the deal to members: it is the offer they made, which ${name('employer')} accepted.`,
    });
  }
  for (const side of ['union', 'employer'] as const) {
    const proposed = weekLog.some((a) => a.side === side && a.type === 'propose');
    const made = events.some((e) => e.type === 'offerMade' && e.side === side);
    if (!proposed || made) continue;
    const why = accepted && accepted.side !== side ? `${name(otherSide(side))} accepted ${name(side)}'s standing offer first` : `a deal went to members first`;
    notes.push({ kind: 'offer', side, text: `${capitalise(name(side))}'s new offer, queued this week, was not made: ${why}, and talks close while members vote.` });
  }
  return notes;
}

/** "4 quiet weeks (weeks 3–6, 14 Jul – 10 Aug): no offers, strikes or votes; support for the strikes 26% → 25%." */
function skippedLine(session: Session, weeks: readonly number[]): string | null {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (first === undefined || last === undefined) return null;
  const { state, origin } = session;
  const sc = state.scenario;
  const before = first > 0 ? state.history[first - 1] : null;
  const after = state.history[last];
  const start = opinionShares(origin);
  const from = before ? before.supportBp : start.supportBp;
  const span = weeks.length === 1 ? `week ${first + 1}` : `weeks ${first + 1}–${last + 1}`;
  const dates = `${shortDate(weekStart(sc.startDay, first))} – ${shortDate(weekStart(sc.startDay, last) + 6)}`;
  const support = after ? `; support for the strikes ${pct(from)} → ${pct(after.supportBp)}` : '';
  return `${weeks.length} quiet week${weeks.length === 1 ? '' : 's'} skipped (${span}, ${dates}): no offers, strikes or votes${support}.`;
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
  const b = before ?? { supportBp: start.supportBp, opposeBp: start.opposeBp, waitingList: harmLevel(origin), strikeCostK: 0 };
  const monday = weekStart(sc.startDay, report.week);
  const weekLog = session.log.slice(session.weekStarts[report.week] ?? session.log.length, session.weekStarts[report.week + 1] ?? session.log.length);
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
    skipped: skippedLine(session, report.skipped ?? []),
    items: [
      ...report.events.flatMap((event) => {
        return [...eventNews(sc, event, report.events), ...automaticNotes(session, event, report.events, weekLog)];
      }),
      ...peopleNews(sc, report.week, report.events, state.history, startFigures(session)),
    ],
    strikeDays: after.strikeDays,
    days: Array.from({ length: 7 }, (_, i) => ({
      label: shortDate(monday + i),
      struck: report.events.some((e) => e.type === 'strikeDaysHeld' && e.days.includes(monday + i)),
    })),
    changes: [
      bp(b.supportBp, after.supportBp, 'Support the strikes'),
      bp(b.opposeBp, after.opposeBp, 'Oppose the strikes'),
      {
        label: capitalise(sc.vocabulary.harm.name),
        before: millions(b.waitingList),
        after: millions(after.waitingList),
        change: `${signed(after.waitingList - b.waitingList)} ${sc.vocabulary.harm.unit.plural}`,
        from: b.waitingList,
        to: after.waitingList,
        share: false,
      },
      {
        label: 'Cost of strikes so far',
        before: money(b.strikeCostK, sc.vocabulary.currency),
        after: money(after.strikeCostK, sc.vocabulary.currency),
        change: after.strikeCostK === b.strikeCostK ? 'no change' : `${signed(after.strikeCostK - b.strikeCostK, (k) => money(k, sc.vocabulary.currency))} this week`,
        from: b.strikeCostK,
        to: after.strikeCostK,
        share: false,
      },
    ],
    quotes: report.messages.filter((m) => m.side !== side).map((m) => ({ name: sc.sides[m.side].shortName, text: m.text })),
    over: state.outcome !== null,
  };
}
