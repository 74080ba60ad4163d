/**
 * AI-against-AI games for every persona pairing, each at three settings of the hidden values (the most
 * favourable to agreement that the scenario allows, the middle, and the least favourable), so checks about what
 * the AI does do not rest on luck of the draw. Played once per scenario and shared by the lints that read them.
 */
import { divRound } from '../sim/fixed';
import { newGame } from '../sim/new-game';
import { AI_CONTROLLER, playGame, type PlayedGame } from '../sim/play';
import type { Scenario } from '../sim/scenario/types';
import type { GameState } from '../sim/types';
import { pairingsOf } from './balance';

export interface PairingGame {
  /** The state the game started from, with the hidden values set. */
  readonly start: GameState;
  readonly played: PlayedGame;
}

export interface PairingGames {
  readonly union: string;
  readonly employer: string;
  /** One game per setting of the hidden values: most favourable, middle, least favourable. */
  readonly games: readonly PairingGame[];
}

/** The hidden values a game is played at: [floor ×100, read-across bp], from kindest to harshest. */
const settings = (sc: Scenario): [number, number][] => {
  const m = sc.members;
  const c = sc.costs;
  return [
    [m.resistanceFloorMinX100, c.readAcrossMinBp],
    [divRound(m.resistanceFloorMinX100 + m.resistanceFloorMaxX100, 2), divRound(c.readAcrossMinBp + c.readAcrossMaxBp, 2)],
    [m.resistanceFloorMaxX100, c.readAcrossMaxBp],
  ];
};

const played = new WeakMap<Scenario, readonly PairingGames[]>();

export const pairingGames = (scenario: Scenario): readonly PairingGames[] => {
  const known = played.get(scenario);
  if (known) return known;
  const all = pairingsOf(scenario).map(({ union, employer }) => ({
    union,
    employer,
    games: settings(scenario).map(([floor, readAcross], i) => {
      const drawn = newGame(scenario, { seed: `check-${i + 1}`, players: { union: `ai:${union}`, employer: `ai:${employer}` } });
      const start = { ...drawn, hidden: { unionFloorX100: floor, employerReadAcrossBp: readAcross } };
      return { start, played: playGame(start, { union: AI_CONTROLLER, employer: AI_CONTROLLER }) };
    }),
  }));
  played.set(scenario, all);
  return all;
};
