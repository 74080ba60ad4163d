// View models: what each screen shows, computed from the session with the core's own functions. Pure and
// Phaser-free, so they are unit-tested in Node; scenes only lay them out. Nothing here decides a rule.
// This module is the one place scenes import them from; each part lives in its own file.
import { date, shortDate } from './format';
import { newsItems, type NewsItem } from './news';
import { isAi, type Session } from '../store/session';
import { monday, other, personaLabel } from './common';
import type { SideId } from '../sim/index';

export * from './moves';
export * from './figure-tiles';
export * from './strike-calendar';
export * from './terms';
export { opinionShares, valueTo, type OpinionShares } from './common';

export interface HeaderView {
  /** "Week 4 of 52" (weeks count from 1 on screen; the core counts from 0). */
  readonly week: string;
  readonly dates: string;
  readonly side: SideId;
  readonly sideName: string;
  readonly opponent: string;
  readonly practice: boolean;
}

export function headerView(session: Session, side: SideId): HeaderView {
  const { state, setup } = session;
  const sc = state.scenario;
  const from = monday(state);
  const opp = other(side);
  const who = isAi(setup, opp) ? `${personaLabel(state, setup.players[opp])} (computer)` : 'a second player';
  return {
    week: `Week ${state.week + 1} of ${sc.horizonWeeks}`,
    dates: `${shortDate(from)} – ${date(from + 6)}`,
    side,
    sideName: sc.sides[side].shortName,
    opponent: `${sc.sides[opp].shortName}: ${who}`,
    practice: setup.mode === 'practice',
  };
}

export interface WeekNews {
  readonly week: string;
  readonly items: readonly NewsItem[];
}

/** The news of recent weeks, newest first. */
export function newsFeed(session: Session): WeekNews[] {
  return [...session.recent]
    .reverse()
    .map((report) => ({ week: `Week ${report.week + 1}`, items: newsItems(session.scenario, report.events) }))
    .filter((w) => w.items.length > 0);
}

export interface OpponentView {
  readonly name: string;
  readonly text: string;
  /** True for the side's own words; false for a note that it said nothing. */
  readonly said: boolean;
}

/** What the other side said last week (an AI's own words), or a plain note when it said nothing. */
export function opponentView(session: Session, side: SideId): OpponentView {
  const opp = other(side);
  const name = session.scenario.sides[opp].shortName;
  const said = (session.lastWeek?.messages ?? []).filter((m) => m.side === opp).map((m) => m.text);
  if (said.length) return { name, text: said.join(' '), said: true };
  return { name, text: session.lastWeek ? `The ${name} said nothing in public last week.` : `The ${name} has not spoken yet.`, said: false };
}
