/**
 * What one side can know, gathered in one place so the AI cannot cheat by accident: its own utility and
 * walk-away, the public record (offers made, strikes, polls, the waiting list), and the scenario's public
 * model. It never reads the other side's private values: the Government's read-across multiplier, the BMA's
 * members' floor, resistance, morale or issue weights.
 */
import { BP, divRound } from '../fixed';
import { personaOf } from '../new-game';
import { otherSide, type Persona, type Scenario, type SideId } from '../scenario/types';
import type { GameState, Offer } from '../types';
import { employerCostK, employerScaleK } from '../utility';
import { walkAwayOf } from '../walkaway';
import { clocksOf } from './clocks';

export interface OfferSeen {
  readonly week: number;
  readonly offer: Offer;
}

export interface SideView {
  readonly side: SideId;
  readonly other: SideId;
  readonly state: GameState;
  readonly scenario: Scenario;
  readonly persona: Persona;
  /** Own utility contributions per issue and level; a bundle's utility is `utilityOf`. */
  readonly own: readonly (readonly number[])[];
  /** This side's estimate of the other side's contributions (public information only). */
  readonly theirs: readonly (readonly number[])[];
  readonly walkAway: number;
  /** Own utility of the best terms this side could ask for. */
  readonly best: number;
  readonly ownOffers: readonly OfferSeen[];
  readonly theirOffers: readonly OfferSeen[];
  /** How far the side's own clocks have run (clocks.ts), bp: never the game's length. */
  readonly timeBp: number;
  readonly clocks: Readonly<Record<string, number>>;
}

const personaFor = (state: GameState, side: SideId): Persona => {
  const id = personaOf(state.players[side]) ?? state.scenario.sides[side].defaultPersona;
  return state.scenario.personas.find((p) => p.id === id) ?? state.scenario.personas[0]!;
};

/** Offers a side has made, from the public record: its opening offer, then each week's. */
const offersBy = (state: GameState, side: SideId): OfferSeen[] => {
  const seen: OfferSeen[] = [];
  const opening = state.scenario.sides[side].openingOffer;
  if (opening) seen.push({ week: -1, offer: opening });
  for (const week of state.history) for (const o of week.offers) if (o.from === side) seen.push({ week: week.week, offer: o.offer });
  return seen;
};

/** BMA contributions: weight × value, in bp of bp (sum, then divide by 10000). */
const unionTable = (sc: Scenario) => sc.issues.map((issue) => issue.unionValueBp.map((v) => issue.unionWeightBp * v));

/** Government contributions: minus the effective cost of each level, scaled to bp of bp. */
const employerTable = (sc: Scenario, readAcrossBp: number) => {
  const scale = employerScaleK(sc);
  return sc.issues.map((issue, i) =>
    issue.values.map((_, level) => {
      const offer = sc.issues.map((other, j) => (j === i ? level : other.statusQuo));
      return -divRound(employerCostK(sc, readAcrossBp, offer) * BP * BP, scale);
    }),
  );
};

/**
 * The BMA as the Government imagines it: more is better on every issue, in proportion to the grid, with the
 * issue weights inferred from the BMA's offers (see opponent-model.ts).
 */
const linearTable = (sc: Scenario, weightsBp: readonly number[]) =>
  sc.issues.map((issue, i) => {
    const top = Math.max(1, issue.values.length - 1);
    return issue.values.map((_, level) => (weightsBp[i] ?? 0) * divRound(level * BP, top));
  });

/** Sum of contributions, in bp. */
const utilityOf = (table: readonly (readonly number[])[], offer: Offer): number => {
  let total = 0;
  for (let i = 0; i < table.length; i += 1) total += table[i]![offer[i]!] ?? 0;
  return divRound(total, BP);
};

const tables = new WeakMap<Scenario, { union: number[][]; employerPublic: number[][] }>();
const cached = (sc: Scenario) => {
  let t = tables.get(sc);
  if (!t) {
    // The read-across the BMA assumes: the middle of the range the scenario publishes.
    t = { union: unionTable(sc), employerPublic: employerTable(sc, divRound(sc.costs.readAcrossMinBp + sc.costs.readAcrossMaxBp, 2)) };
    tables.set(sc, t);
  }
  return t;
};

const employerTables = new WeakMap<Scenario, Map<number, number[][]>>();
/** The Government's own table for its read-across, cached: it is the same all game. */
const ownEmployerTable = (sc: Scenario, readAcrossBp: number): number[][] => {
  let bySetting = employerTables.get(sc);
  if (!bySetting) employerTables.set(sc, (bySetting = new Map()));
  let table = bySetting.get(readAcrossBp);
  if (!table) bySetting.set(readAcrossBp, (table = employerTable(sc, readAcrossBp)));
  return table;
};

export const buildView = (state: GameState, side: SideId, theirWeightsBp: readonly number[] | null): SideView => {
  const sc = state.scenario;
  const other = otherSide(side);
  const own = side === 'union' ? cached(sc).union : ownEmployerTable(sc, state.hidden.employerReadAcrossBp);
  const theirs = side === 'union' ? cached(sc).employerPublic : linearTable(sc, theirWeightsBp ?? sc.issues.map(() => divRound(BP, sc.issues.length)));
  const clocks = clocksOf(state, side);
  const bestOffer = side === 'union' ? sc.issues.map((issue) => issue.values.length - 1) : state.negotiation.statusQuo;
  return {
    side,
    other,
    state,
    scenario: sc,
    persona: personaFor(state, side),
    own,
    theirs,
    walkAway: walkAwayOf(state, side),
    best: utilityOf(own, bestOffer) + (side === 'employer' ? BP : 0),
    ownOffers: offersBy(state, side),
    theirOffers: offersBy(state, other),
    timeBp: clocks.clockBp,
    clocks: clocks.parts,
  };
};

/** Own utility of a bundle on the side's real scale (the Government's scale starts at 10000 for no cost). */
export const ownUtility = (view: SideView, offer: Offer): number => utilityOf(view.own, offer) + (view.side === 'employer' ? BP : 0);

/** Estimated utility of a bundle to the other side, on its scale. */
export const theirUtility = (view: SideView, offer: Offer): number => utilityOf(view.theirs, offer) + (view.side === 'union' ? BP : 0);
