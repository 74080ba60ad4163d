/**
 * Replays: a game is its scenario, seed, players and action log. The log holds both sides' actions, the AI's
 * included, so a replay never consults the AI and reproduces the game to the bit.
 */
import { canonicalJson, hashText } from './hash';
import { newGame, type NewGameOptions } from './new-game';
import type { Scenario } from './scenario/types';
import { step } from './step';
import type { Action, GameState } from './types';

export const replay = (scenario: Scenario, seed: NewGameOptions['seed'], players: NewGameOptions['players'], log: readonly Action[]): GameState => {
  let state = newGame(scenario, { seed, players });
  for (const action of log) state = step(state, action).state;
  return state;
};

const NOT_HASHED = new Set(['scenario']);

/** A hex fingerprint of the whole game state (the scenario counts through its content hash). */
export const stateHash = (state: GameState): string => hashText(canonicalJson(state, NOT_HASHED));
