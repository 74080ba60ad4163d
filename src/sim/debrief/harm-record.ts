/**
 * What the harm model did each week, for the debrief's harm tab: the figures each model keeps, read from the
 * states the replay passed through. The week summary keeps only what every model shares (the harm level and the
 * units a strike lost), so a model's own flows (the clock stops strikes cost a waiting list, catch-up delivered,
 * finished stock drawn down, orders made up by overtime) are the change in its state over the week. Nothing is
 * added to the state, so no state hash changes.
 */
import { plannedUnitsOn } from '../harm';
import type { LoggedWeek } from '../replay-log';
import type { GameState } from '../types';

export interface HarmRecordWeek {
  readonly week: number;
  readonly strikeDays: number;
  /** The harm level at the end of the week: units waiting (backlog), lost so far (lostService), orders unfilled (lostOutput). */
  readonly level: number;
  /** Units planned on the week's strike days. */
  readonly planned: number;
  /** Units the week's strike days lost (backlog: episodes rescheduled). */
  readonly lost: number;
  /** Share of the units planned on strike days still delivered (the contingency service), bp; 10000 with no strike days. */
  readonly keptBp: number;
  /** Backlog: treatments lost to strikes that lengthened the list this week. 0 in the other models. */
  readonly addedByStrikes: number;
  /** Backlog: bought catch-up episodes delivered; lostOutput: unfilled orders made up by overtime. 0 in lostService. */
  readonly caughtUp: number;
  /** LostOutput: finished stock drawn down to meet orders this week. 0 in the other models. */
  readonly fromStock: number;
  /** LostOutput: finished stock left at the end of the week; null in the other models. */
  readonly stock: number | null;
}

const plannedOnStrikeDays = (start: GameState, week: LoggedWeek): number =>
  week.events.reduce((sum, e) => (e.type === 'strikeDaysHeld' ? sum + e.days.reduce((units, day) => units + plannedUnitsOn(start.scenario, day), 0) : sum), 0);

const fundedEpisodes = (week: LoggedWeek): number =>
  week.events.reduce((sum, e) => (e.type === 'catchUpFunded' ? sum + e.episodes : sum), 0);

const weekOf = (start: GameState, end: GameState, week: LoggedWeek): HarmRecordWeek | null => {
  const summary = end.history.find((h) => h.week === week.week);
  if (!summary) return null;
  const kind = start.scenario.harm.kind;
  const lostStops = end.nhs.lostStopsTotal - start.nhs.lostStopsTotal;
  const catchUpDelivered = start.employer.catchUpEpisodesPending + fundedEpisodes(week) - end.employer.catchUpEpisodesPending;
  return {
    week: week.week,
    strikeDays: summary.strikeDays,
    level: summary.waitingList,
    planned: plannedOnStrikeDays(start, week),
    lost: summary.rescheduled,
    keptBp: summary.plannedCareKeptBp,
    addedByStrikes: kind === 'backlog' ? lostStops : 0,
    // lostOutput counts the orders overtime made up in the total the backlog uses for lost clock stops.
    caughtUp: kind === 'backlog' ? catchUpDelivered : kind === 'lostOutput' ? lostStops : 0,
    fromStock: kind === 'lostOutput' ? (start.nhs.inventory ?? 0) - (end.nhs.inventory ?? 0) : 0,
    stock: kind === 'lostOutput' ? (end.nhs.inventory ?? 0) : null,
  };
};

/** One record per resolved week of the replayed log, in order. */
export const harmRecord = (played: readonly LoggedWeek[]): HarmRecordWeek[] =>
  played.filter((w) => w.resolved).flatMap((w) => {
    const record = weekOf(w.start, w.state, w);
    return record ? [record] : [];
  });
