/**
 * The zone of agreement, measured exactly. A deal x is in the zone when both sides prefer it to walking away:
 * u_BMA(x) ≥ walkAway_BMA and u_Gov(x) ≥ walkAway_Gov. Both utilities add up over issues (members' value per
 * issue; the Government's effective cost per issue), so the best the union can get within any Government
 * budget lies on a Pareto frontier of (cost, value) pairs, built one issue at a time. One frontier per game
 * (it depends on the Government's hidden read-across and the terms in force), then each week is a lookup.
 */
import { BP, divRound } from '../sim/fixed';
import type { Scenario } from '../sim/scenario/types';
import type { PlayedGame } from '../sim/play';
import type { GameState, Offer } from '../sim/types';
import { employerUtilityOfCost, issueCostK } from '../sim/utility';
import { walkAwayOf } from '../sim/walkaway';

/** Deals the union could get for each Government cost: costs ascending, values strictly rising. */
export interface Frontier {
  /** Effective cost over the Government's horizon, £k (its utility is a falling function of it). */
  readonly costK: readonly number[];
  /** The union's utility, in bp of bp (divide by 10000 for bp). */
  readonly value: readonly number[];
}

/** Pareto frontier of the deals at or above the terms in force, for one read-across. */
export const frontierOf = (scenario: Scenario, readAcrossBp: number, statusQuo: Offer): Frontier => {
  let points: { c: number; v: number }[] = [{ c: 0, v: 0 }];
  scenario.issues.forEach((issue, i) => {
    const next: { c: number; v: number }[] = [];
    for (let level = statusQuo[i] ?? issue.statusQuo; level < issue.values.length; level += 1) {
      const c = issueCostK(scenario, issue, level, readAcrossBp);
      const v = issue.unionWeightBp * (issue.unionValueBp[level] ?? 0);
      for (const p of points) next.push({ c: p.c + c, v: p.v + v });
    }
    next.sort((a, b) => a.c - b.c || b.v - a.v);
    points = [];
    for (const p of next) if (points.length === 0 || p.v > points[points.length - 1]!.v) points.push(p);
  });
  return { costK: points.map((p) => p.c), value: points.map((p) => p.v) };
};

/** The most the union can get (bp) without the Government going below its walk-away; null if nothing fits. */
export const bestForUnion = (scenario: Scenario, frontier: Frontier, employerWalkAway: number): number | null => {
  let best: number | null = null;
  for (let i = 0; i < frontier.costK.length; i += 1) {
    if (employerUtilityOfCost(scenario, frontier.costK[i]!) < employerWalkAway) break;
    best = divRound(frontier.value[i]!, BP);
  }
  return best;
};

export const zopaOpen = (scenario: Scenario, frontier: Frontier, walkAway: { readonly union: number; readonly employer: number }): boolean => {
  const best = bestForUnion(scenario, frontier, walkAway.employer);
  return best !== null && best >= walkAway.union;
};

/**
 * The highest headline level (other issues as they stand) the Government would pay rather than walk away,
 * or null when even the terms in force are worse to it than no deal.
 */
const employerReservationHeadline = (scenario: Scenario, readAcrossBp: number, statusQuo: Offer, employerWalkAway: number): number | null => {
  const headline = scenario.issues[0]!;
  const others = scenario.issues.reduce((sum, issue, i) => {
    if (i === 0) return sum;
    return sum + issueCostK(scenario, issue, statusQuo[i] ?? issue.statusQuo, readAcrossBp);
  }, 0);
  let best: number | null = null;
  for (let level = statusQuo[0] ?? headline.statusQuo; level < headline.values.length; level += 1) {
    const own = issueCostK(scenario, headline, level, readAcrossBp);
    if (employerUtilityOfCost(scenario, own + others) < employerWalkAway) break;
    best = headline.values[level]!;
  }
  return best;
};

/** What the zone of agreement did over one game. */
export interface ZopaTrack {
  readonly atStart: boolean;
  /** Weeks played whose walk-away values left a zone of agreement. */
  readonly openWeeks: number;
  readonly weeks: number;
  readonly atEnd: boolean;
  /** The members' resistance point (headline units) and the Government's reservation headline, at start and end. */
  readonly start: { readonly resistance: number; readonly employerPays: number | null };
  readonly end: { readonly resistance: number; readonly employerPays: number | null };
}

/** Reads a played game's recorded walk-away values against the exact zone of agreement. */
export const trackZopa = (start: GameState, played: PlayedGame): ZopaTrack => {
  const sc = start.scenario;
  const ra = start.hidden.employerReadAcrossBp;
  const frontiers = new Map<string, Frontier>();
  const frontierFor = (sq: Offer): Frontier => {
    const key = sq.join(',');
    let f = frontiers.get(key);
    if (!f) frontiers.set(key, (f = frontierOf(sc, ra, sq)));
    return f;
  };
  const startWalk = { union: walkAwayOf(start, 'union'), employer: walkAwayOf(start, 'employer') };
  const atStart = zopaOpen(sc, frontierFor(start.negotiation.statusQuo), startWalk);
  let openWeeks = 0;
  let atEnd = atStart;
  for (const week of played.weeks) {
    // Deals below the terms in force cannot be offered, so the zone is measured above them.
    const summary = week.state.history[week.state.history.length - 1];
    if (!summary) continue;
    atEnd = zopaOpen(sc, frontierFor(week.state.negotiation.statusQuo), summary.walkAway);
    if (atEnd) openWeeks += 1;
  }
  const end = played.state;
  const last = end.history[end.history.length - 1];
  return {
    atStart,
    openWeeks,
    weeks: played.weeks.length,
    atEnd,
    start: {
      resistance: start.union.resistanceX100 / 100,
      employerPays: employerReservationHeadline(sc, ra, start.negotiation.statusQuo, startWalk.employer),
    },
    end: {
      resistance: end.union.resistanceX100 / 100,
      employerPays: last ? employerReservationHeadline(sc, ra, end.negotiation.statusQuo, last.walkAway.employer) : null,
    },
  };
};
