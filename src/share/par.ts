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
import type { GameState } from '../sim/types';

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

/** Both seats' par for one game: each against the persona the other side is played by. */
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

/** The persona a side is played by in a game: its AI persona, or its default when a person or a script plays it. */
const personaIn = (state: GameState, side: SideId): string => {
  const kind = state.players[side];
  return kind.startsWith('ai:') ? kind.slice(3) : state.scenario.sides[side].defaultPersona;
};

/** Each seat's par in this game: against the persona the other side is played by. Null when the table is another scenario's. */
export const parForGame = (table: ParTable | null, state: GameState): GamePar | null => {
  if (!table || table.scenarioHash !== state.scenarioHash) return null;
  const union = table.union[personaIn(state, 'employer')];
  const employer = table.employer[personaIn(state, 'union')];
  return union === undefined || employer === undefined ? null : { union, employer };
};

/**
 * A seat's par facing a given opponent. Facing the computer playing persona X: the seat's par against X. Facing a
 * person (`null`): the mean of the seat's par over every opposing persona, one decimal — what the computer's own
 * play scores in that seat against an opponent it does not know. Null when the table has no such persona.
 */
export const parFacing = (table: ParTable, seat: SideId, opponentPersona: string | null): number | null => {
  const row = table[seat];
  if (opponentPersona !== null) return row[opponentPersona] ?? null;
  const pars = Object.values(row);
  return pars.length ? round1(pars.reduce((a, b) => a + b, 0) / pars.length) : null;
};

/** A seat's par in this game, facing whoever played the other side (a person when its player is `human`). */
export const seatPar = (table: ParTable | null, state: GameState, seat: SideId): number | null => {
  if (!table || table.scenarioHash !== state.scenarioHash) return null;
  const opponent = otherSide(seat);
  return parFacing(table, seat, state.players[opponent] === 'human' ? null : personaIn(state, opponent));
};

/** A par table as the committed file's text (stable key order, two-space indent, final newline). */
export const parFileText = (table: ParTable): string => `${JSON.stringify(table, null, 2)}\n`;
