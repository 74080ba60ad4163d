/**
 * The debrief's data, generated from the game actually played: the path of offers against both sides'
 * reservation points (revealed now) and the zone of agreement week by week; the Pareto frontier, the Nash
 * point and the value left on the table; Hicks's curves; the costs each side bore; key moments with the AI's
 * reasons; and reflection prompts tied to what happened. Pure: it replays the log, so it runs anywhere.
 */
import { harmChange } from '../harm';
import { isoFromDay, weekStart } from '../calendar';
import { decide } from '../ai/decide';
import { newGame } from '../new-game';
import { replayLog } from '../replay-log';
import type { Scenario } from '../scenario/types';
import { scoreParts, type ScorePart } from '../scoring';
import type { Action, GameState, Offer, SideId } from '../types';
import { unionUtility, unionWalkAway, employerUtility, statusQuoOffer, termsFromOffer } from '../utility';
import { walkAwayOf } from '../walkaway';
import { allBundles, nashPoint, paretoFrontier, valueLeft, type UtilityPoint, type ValueLeft } from './frontier';
import { harmRecord, type HarmRecordWeek } from './harm-record';
import { hicksCurves, type HicksCurves } from './hicks';
import { keyMoments, type KeyMoment } from './moments';
import { reflectionPrompts } from './prompts';

export interface DebriefWeek {
  readonly week: number;
  readonly date: string;
  readonly supportPct: number;
  readonly opposePct: number;
  readonly waitingList: number;
  readonly strikeDays: number;
  /** Walk-away values, 0..1 of each side's own scale: the value of no deal, the opening terms staying in force
   *  (so the week a deal passes is measured like the weeks before it, not against the deal itself). */
  readonly walkAway: Readonly<Record<SideId, number>>;
  /**
   * Reservation points on the headline issue with every other issue granted in full (the package a good deal
   * would include): the least the BMA would take and the most the Government would give.
   */
  readonly reservation: { readonly union: number | null; readonly employer: number | null };
  /** The zone of agreement on the headline issue, or null when it is empty. */
  readonly zopa: readonly [number, number] | null;
  readonly offers: readonly { readonly from: SideId; readonly terms: Readonly<Record<string, number>>; readonly union: number; readonly employer: number }[];
}

export interface Debrief {
  readonly weeks: readonly DebriefWeek[];
  readonly frontier: readonly UtilityPoint[];
  readonly nash: UtilityPoint | null;
  readonly final: UtilityPoint & { readonly kind: string };
  readonly valueLeft: ValueLeft;
  readonly hicks: HicksCurves;
  /** What the harm model did each week, in its own figures (see harm-record.ts). */
  readonly harm: readonly HarmRecordWeek[];
  /** Offers the Government made, by cumulative strike days at the time, for the Hicks diagram. */
  readonly employerOffersByStrikeDays: readonly { readonly strikeDays: number; readonly level: number }[];
  readonly costs: {
    readonly union: { readonly lostPayM: number; readonly strikeDays: number; readonly moraleStart: number; readonly moraleEnd: number };
    readonly employer: { readonly strikeCostM: number; readonly payCostMPerYear: number; readonly catchUpM: number; readonly waitingListChange: number };
  };
  /**
   * The union's private floor: `unionFloor` on the headline alone (members' resistance wears down towards it and
   * never below), and `unionFloorPackage`, the same floor as the headline needed with every other issue granted in
   * full, the lowest the weekly `reservation.union` can reach (null when nothing on the grid meets it).
   */
  readonly hidden: { readonly unionFloor: number; readonly unionFloorPackage: number | null; readonly employerReadAcross: number };
  /** How each side's score out of 100 was made (null while the game is unfinished). */
  readonly scoreParts: Readonly<Record<SideId, readonly ScorePart[]>> | null;
  readonly moments: readonly KeyMoment[];
  readonly prompts: readonly string[];
}

/** The headline level (in its units) that makes `side` indifferent to its walk-away, other issues at `base`. */
const reservationLevel = (scenario: Scenario, readAcrossBp: number, side: SideId, walkAway: number, base: Offer): number | null => {
  const headline = scenario.issues[0]!;
  const at = (level: number) => {
    const offer = [level, ...base.slice(1)];
    return side === 'union' ? unionUtility(scenario, offer) : employerUtility(scenario, readAcrossBp, offer);
  };
  if (side === 'union') {
    for (let level = base[0]!; level < headline.values.length; level += 1) if (at(level) >= walkAway) return headline.values[level]!;
    return null; // nothing on the grid satisfies the union
  }
  let best: number | null = null;
  for (let level = base[0]!; level < headline.values.length; level += 1) if (at(level) >= walkAway) best = headline.values[level]!;
  return best;
};

export const analyseGame = (scenario: Scenario, seed: string, players: Readonly<Record<SideId, string>>, log: readonly Action[]): Debrief => {
  const { state: final, weeks: played } = replayLog(newGame(scenario, { seed, players }), log);
  const hidden = final.hidden;
  const sq = statusQuoOffer(scenario);
  const base = [sq[0]!, ...scenario.issues.slice(1).map((issue) => issue.values.length - 1)];
  const endOfWeek = new Map(played.filter((w) => w.resolved).map((w) => [w.week, w.state]));
  // No deal means the opening terms stay: measured so, the week a deal passes does not jump to the deal's value.
  const noDeal = (state: GameState | undefined, side: SideId, recorded: number): number =>
    state ? walkAwayOf({ ...state, negotiation: { ...state.negotiation, statusQuo: sq } }, side) : recorded;
  const weeks: DebriefWeek[] = final.history.map((h) => {
    const at = endOfWeek.get(h.week);
    const walk = { union: noDeal(at, 'union', h.walkAway.union), employer: noDeal(at, 'employer', h.walkAway.employer) };
    const union = reservationLevel(scenario, hidden.employerReadAcrossBp, 'union', walk.union, base);
    const employer = reservationLevel(scenario, hidden.employerReadAcrossBp, 'employer', walk.employer, base);
    return {
      week: h.week,
      date: isoFromDay(weekStart(scenario.startDay, h.week)),
      supportPct: h.supportBp / 100,
      opposePct: h.opposeBp / 100,
      waitingList: h.waitingList,
      strikeDays: h.strikeDays,
      walkAway: { union: walk.union / 10000, employer: walk.employer / 10000 },
      reservation: { union, employer },
      zopa: union !== null && employer !== null && union <= employer ? [union, employer] : null,
      offers: h.offers.map((o) => ({ from: o.from, terms: termsFromOffer(scenario, o.offer), union: o.utility.union / 10000, employer: o.utility.employer / 10000 })),
    };
  });

  const points = allBundles(scenario, hidden.employerReadAcrossBp);
  const last = final.history[final.history.length - 1];
  const lastWeek = weeks[weeks.length - 1];
  const walkAway = lastWeek ? { union: Math.round(lastWeek.walkAway.union * 10000), employer: Math.round(lastWeek.walkAway.employer * 10000) } : { union: 0, employer: 0 };
  const terms = final.outcome?.terms ?? final.negotiation.statusQuo;
  const finalPoint = { offer: terms, union: unionUtility(scenario, terms), employer: employerUtility(scenario, hidden.employerReadAcrossBp, terms), kind: final.outcome?.kind ?? 'unfinished' };

  let cumulative = 0;
  const employerOffersByStrikeDays: { strikeDays: number; level: number }[] = [];
  for (const h of final.history) {
    for (const o of h.offers) if (o.from === 'employer') employerOffersByStrikeDays.push({ strikeDays: cumulative, level: scenario.issues[0]!.values[o.offer[0]!]! });
    cumulative += h.strikeDays;
  }

  return {
    weeks,
    frontier: paretoFrontier(points),
    nash: nashPoint(points, walkAway),
    final: finalPoint,
    valueLeft: valueLeft(points, finalPoint),
    hicks: hicksCurves(scenario, hidden, Math.max(60, final.strikes.daysHeld * 2)),
    harm: harmRecord(played),
    employerOffersByStrikeDays,
    costs: {
      union: { lostPayM: final.union.lostPayK / 1000, strikeDays: final.strikes.daysHeld, moraleStart: scenario.initial.moraleBp / 10000, moraleEnd: final.union.moraleBp / 10000 },
      employer: {
        strikeCostM: final.employer.strikeCostK / 1000,
        payCostMPerYear: (last?.payCostKPerYear ?? 0) / 1000,
        catchUpM: final.employer.catchUpSpentK / 1000,
        waitingListChange: harmChange(final),
      },
    },
    hidden: {
      unionFloor: hidden.unionFloorX100 / 100,
      unionFloorPackage: reservationLevel(scenario, hidden.employerReadAcrossBp, 'union', unionWalkAway(scenario, hidden.unionFloorX100, sq), base),
      employerReadAcross: hidden.employerReadAcrossBp / 10000,
    },
    scoreParts: final.outcome ? scoreParts(final, final.outcome.terms ?? final.negotiation.statusQuo, final.outcome.kind) : null,
    moments: keyMoments(scenario, played, final, (state, side) => (state.players[side].startsWith('ai:') ? decide(state, side) : [])),
    prompts: reflectionPrompts(scenario, final, weeks.filter((w) => w.zopa !== null).length),
  };
};
