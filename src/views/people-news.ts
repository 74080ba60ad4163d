// People in the news: a scenario's headlines and quotes from the press, the public the service serves, its leaders and members,
// picked by what happened in a week (a strike, an offer, a deal, a vote) or by a public figure crossing a level
// or moving a lot over several weeks, so a slow drift in support reads as a story. Pure and deterministic: the
// same week of the same game always picks the same items. Invented items say so in their text.
import { harmFigureAt, longDate, parseIsoDate, type NewsEntry, type Scenario, type SimEvent, type WeekSummary } from '../sim/index';
import type { NewsItem } from './news';

/** At most this many people's items a week, so they never crowd out what the two sides did. */
export const PEOPLE_PER_WEEK = 2;

type Figures = Pick<WeekSummary, 'supportBp' | 'opposeBp' | 'waitingList'>;
type EventTrigger = Extract<NewsEntry['trigger'], { kind: 'event' }>;
type NewsFigure = Extract<NewsEntry['trigger'], { kind: 'crosses' }>['figure'];
/** A figure's value at the end of week w (w = -1: the start). */
type FigureAt = (figure: NewsFigure, w: number) => number;

/** Whether this week's events include what an event trigger waits for. */
function eventHappened(t: EventTrigger, events: readonly SimEvent[]): boolean {
  const by = (side: string) => t.side === null || t.side === side;
  return events.some((e) => {
    switch (t.on) {
      case 'strikeCalled':
        return e.type === 'strikeCalled';
      case 'strikeHeld':
        return e.type === 'strikeDaysHeld';
      case 'strikeCalledOff':
        return e.type === 'strikeSuspended';
      case 'offerMade':
        return e.type === 'offerMade' && by(e.side);
      case 'offerRejected':
        return e.type === 'offerRejected' && by(e.side);
      case 'dealRatified':
        return e.type === 'dealRatified';
      case 'dealRejected':
        return e.type === 'referendumClosed' && !e.passed;
      case 'voteOpened':
        return e.type === 'referendumOpened';
      case 'ballotWon':
        return e.type === 'ballotClosed' && e.won;
      case 'ballotLost':
        return e.type === 'ballotClosed' && !e.won;
      case 'termsImposed':
        return e.type === 'awardImposed';
    }
  });
}

/** Whether `entry`'s trigger fires in week `week`. */
function fires(entry: NewsEntry, week: number, events: readonly SimEvent[], figureAt: FigureAt): boolean {
  const t = entry.trigger;
  switch (t.kind) {
    case 'event':
      return eventHappened(t, events);
    case 'scenarioEvent':
      return events.some((e) => e.type === 'scenarioEvent' && e.id === t.id);
    case 'crosses': {
      const [was, now] = [figureAt(t.figure, week - 1), figureAt(t.figure, week)];
      return t.above ? was < t.value && now >= t.value : was > t.value && now <= t.value;
    }
    case 'change': {
      // A move of `change` or more within the last `overWeeks` weeks, the first week it is reached (not every week after).
      const moved = (w: number) => figureAt(t.figure, w) - figureAt(t.figure, Math.max(-1, w - t.overWeeks));
      const reached = (w: number) => w >= 0 && (t.change >= 0 ? moved(w) >= t.change : moved(w) <= t.change);
      return reached(week) && !reached(week - 1);
    }
  }
}

/** The trigger's identity, so several items written for the same moment take turns rather than all running. */
const triggerKey = (entry: NewsEntry): string => JSON.stringify(entry.trigger);

/** An item as a line of news, its origin first so a cut line never loses it: "Invented for the game: “…” — who",
 *  or "Real (publisher, date): …" with its source. */
function peopleItem(scenario: Scenario, entry: NewsEntry): NewsItem {
  const source = entry.source === null ? null : scenario.sources.find((s) => s.id === entry.source);
  const day = source ? parseIsoDate(source.date) : null;
  const when = day === null ? (source?.date ?? '') : longDate(day).replace(/^\w+ /, '');
  const said = entry.voice === 'press' ? `${entry.who}: ${entry.text}` : `\u201c${entry.text}\u201d \u2014 ${entry.who}`;
  return source
    ? { kind: 'people', text: `Real (${source.publisher}, ${when}): ${said}`, brief: `Real: ${said}` }
    : { kind: 'people', text: `Invented for the game: ${said}`, brief: `Invented: ${said}` };
}

/**
 * The people's news for week `week`, whose resolution produced `events`; `history` is the game's weekly record
 * (at least up to `week`) and `start` the figures before the first week.
 */
export function peopleNews(scenario: Scenario, week: number, events: readonly SimEvent[], history: readonly WeekSummary[], start: Figures): NewsItem[] {
  const figuresAt = (w: number): Figures => (w < 0 ? start : (history[w] ?? start));
  const figureAt: FigureAt = (figure, w) => {
    switch (figure) {
      case 'support':
        return figuresAt(w).supportBp;
      case 'oppose':
        return figuresAt(w).opposeBp;
      case 'harm':
        return figuresAt(w).waitingList;
      default:
        return harmFigureAt(scenario, history, w, figure);
    }
  };
  if (!history[week]) return [];
  const byTrigger = new Map<string, NewsEntry[]>();
  for (const entry of scenario.news) {
    if (!fires(entry, week, events, figureAt)) continue;
    const key = triggerKey(entry);
    byTrigger.set(key, [...(byTrigger.get(key) ?? []), entry]);
  }
  // One item per moment, taking turns by week; moments in the order the scenario lists them.
  return [...byTrigger.values()].slice(0, PEOPLE_PER_WEEK).map((entries) => peopleItem(scenario, entries[week % entries.length]!));
}
