// The Table's Latest panel: what the other side said last week, and the news of recent weeks.
import { capitalise, harmLevel, otherSide, theSide, type SideId } from '../sim/index';
import type { Session } from '../store/types';
import { opinionShares } from './common';
import { newsItems, type NewsItem } from './news';
import { peopleNews } from './people-news';

export interface WeekNews {
  readonly week: string;
  readonly items: readonly NewsItem[];
}

/** The figures before the first week, for news that follows how they move. */
export const startFigures = (session: Session) => {
  const shares = opinionShares(session.origin);
  return { supportBp: shares.supportBp, opposeBp: shares.opposeBp, waitingList: harmLevel(session.origin) };
};

/** The news of recent weeks, newest first: what the sides did, and what people said about it. */
export function newsFeed(session: Session): WeekNews[] {
  const start = startFigures(session);
  return [...session.recent]
    .reverse()
    .map((report) => {
      const [lead, ...rest] = newsItems(session.scenario, report.events);
      // People's voices right after the week's first item, so the panel's few lines keep one of them.
      const voices = peopleNews(session.scenario, report.week, report.events, session.state.history, start);
      return { week: `Week ${report.week + 1}`, items: [...(lead ? [lead] : []), ...voices, ...rest] };
    })
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
  const opp = otherSide(side);
  const name = session.scenario.sides[opp].shortName;
  const said = (session.lastWeek?.messages ?? []).filter((m) => m.side === opp).map((m) => m.text);
  if (said.length) return { name, text: said.join(' '), said: true };
  return { name, text: session.lastWeek ? `${capitalise(theSide(session.scenario.vocabulary, opp))} said nothing in public last week.` : `${capitalise(theSide(session.scenario.vocabulary, opp))} has not spoken yet.`, said: false };
}
