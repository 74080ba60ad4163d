/**
 * Replays: a game is its scenario, seed, players and action log. The log holds both sides' actions, the AI's
 * included, so a replay never consults the AI and reproduces the game to the bit.
 */
import { canonicalJson, hashText } from './hash';
import { newGame, type NewGameOptions } from './new-game';
import { replayLog } from './replay-log';
import type { Scenario } from './scenario/types';
import type { Action, GameState } from './types';

/** The state a log leaves, played from the game's start through the week driver (refused moves change nothing). */
export const replay = (scenario: Scenario, seed: NewGameOptions['seed'], players: NewGameOptions['players'], log: readonly Action[]): GameState =>
  replayLog(newGame(scenario, { seed, players }), log).state;

const NOT_HASHED = new Set(['scenario']);

/** A hex fingerprint of the whole game state (the scenario counts through its content hash). */
export const stateHash = (state: GameState): string => hashText(canonicalJson(state, NOT_HASHED));
