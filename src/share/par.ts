/**
 * Par: what a seat is worth when the computer plays it. Par for a seat against an opponent persona is the mean
 * score of the AI playing that seat (its scenario's default persona) against that persona over a fixed set of
 * seeds (`PAR_SEEDS`, named `par-1`, `par-2`, …). Beating par means playing the position better than the
 * computer does, whatever the position's structural strength. Bundled scenarios carry a par file computed at
 * build time (`scenarios/<id>.par.json`, `npm run scenario:par`); a player's own scenario gets it computed in
 * a worker when its game starts. Pure: runs in Node and the browser alike.
 */
import { newGame } from '../sim/new-game';
import { AI_CONTROLLER, playGame } from '../sim/play';
import { otherSide, SIDES, type Scenario, type SideId } from '../sim/scenario/types';
import { personaOf } from '../sim/new-game';
import type { GameState, PlayerKind, Players } from '../sim/types';

/** Seeds per opponent persona behind each par figure. */
export const PAR_SEEDS = 24;
const PAR_SEED_PREFIX = 'par';

/** One scenario's par: for each seat, its par against each persona of the other side (mean score, one decimal). */
export interface ParTable {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  /** The scenario's content hash, so a par table is never used for a different file with the same id. */
  readonly scenarioHash: string;
  readonly seeds: number;
  readonly seedPrefix: string;
  /** The union's par against each Government persona. */
  readonly union: Readonly<Record<string, number>>;
  /** The Government's par against each union persona. */
  readonly employer: Readonly<Record<string, number>>;
}

/** Both seats' par for one game: each facing the other side's player (a persona's par, or the mean facing a person). */
export type GamePar = Readonly<Record<SideId, number>>;

export const scenarioHashOf = (scenario: Scenario): string => newGame(scenario, { seed: 'par', players: { union: 'ai', employer: 'ai' } }).scenarioHash;

/** One par game: `seat` by the AI's default persona against `opponent`; returns the seat's score. */
export const parGame = (scenario: Scenario, seat: SideId, opponent: string, seed: number): number => {
  const players = { [seat]: `ai:${scenario.sides[seat].defaultPersona}`, [otherSide(seat)]: `ai:${opponent}` } as Record<SideId, string>;
  const end = playGame(newGame(scenario, { seed: `${PAR_SEED_PREFIX}-${seed}`, players }), { union: AI_CONTROLLER, employer: AI_CONTROLLER }).state;
  return end.outcome!.scores[seat];
};

/** Every par game as (seat, opponent, seed), in a fixed order, so a worker can report progress. */
const parGames = (scenario: Scenario, seeds: number = PAR_SEEDS): { seat: SideId; opponent: string; seed: number }[] =>
  SIDES.flatMap((seat) => scenario.sides[otherSide(seat)].personas.flatMap((opponent) => Array.from({ length: seeds }, (_, i) => ({ seat, opponent, seed: i + 1 }))));

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The par table from the scores of `parGames` in order. */
const parFromScores = (scenario: Scenario, scores: readonly number[], seeds: number = PAR_SEEDS): ParTable => {
  const games = parGames(scenario, seeds);
  const of = (seat: SideId) =>
    Object.fromEntries(
      scenario.sides[otherSide(seat)].personas.map((p) => {
        const mine = games.flatMap((g, i) => (g.seat === seat && g.opponent === p ? [scores[i]!] : []));
        return [p, round1(mine.reduce((a, b) => a + b, 0) / Math.max(1, mine.length))];
      }),
    );
  return { scenarioId: scenario.id, scenarioVersion: scenario.version, scenarioHash: scenarioHashOf(scenario), seeds, seedPrefix: PAR_SEED_PREFIX, union: of('union'), employer: of('employer') };
};

/** Computes a scenario's par table in this thread (a few hundred AI games: a second or two). */
export const computePar = (scenario: Scenario, seeds: number = PAR_SEEDS): ParTable =>
  parFromScores(
    scenario,
    parGames(scenario, seeds).map((g) => parGame(scenario, g.seat, g.opponent, g.seed)),
    seeds,
  );

/**
 * A seat's par facing the other seat's player: the one definition of par that every screen (the Table's header, the
 * week result, the debrief), the class report and the classroom server use. Facing the computer playing persona X
 * (`ai:X`): the seat's par against X. Facing a person (`human`: a class pair, hot-seat, a script): the mean of the
 * seat's par over every opposing persona, one decimal, what the computer's own play scores in that seat against an
 * opponent it does not know. Null when the table has no such persona.
 */
const parFacing = (table: ParTable, seat: SideId, opponent: PlayerKind): number | null => {
  const row = table[seat];
  const persona = personaOf(opponent);
  if (persona !== null) return row[persona] ?? null;
  const pars = Object.values(row);
  return pars.length ? round1(pars.reduce((a, b) => a + b, 0) / pars.length) : null;
};

/** Both seats' par, each facing whoever plays the other seat in `players`; null when the table lacks a persona. */
export const parOfSeats = (table: ParTable, players: Players): GamePar | null => {
  const union = parFacing(table, 'union', players.employer);
  const employer = parFacing(table, 'employer', players.union);
  return union === null || employer === null ? null : { union, employer };
};

/** Each seat's par in this game, facing the other side's player (`parOfSeats`). Null when the table is another scenario's. */
export const parForGame = (table: ParTable | null, state: GameState): GamePar | null =>
  !table || table.scenarioHash !== state.scenarioHash ? null : parOfSeats(table, state.players);

/** One seat's par in this game, facing the other side's player (`parOfSeats`). */
export const seatPar = (table: ParTable | null, state: GameState, seat: SideId): number | null =>
  !table || table.scenarioHash !== state.scenarioHash ? null : parFacing(table, seat, state.players[otherSide(seat)]);

/** A par table as the committed file's text (stable key order, two-space indent, final newline). */
export const parFileText = (table: ParTable): string => `${JSON.stringify(table, null, 2)}\n`;
