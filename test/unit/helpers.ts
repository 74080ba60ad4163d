/** Shared test helpers: loading bundled scenarios and playing weeks quickly. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AI_CONTROLLER,
  newGame,
  parseScenarioText,
  playGame,
  playWeek,
  scriptController,
  stateHash,
  type Action,
  type GameState,
  type Scenario,
  type SideId,
} from '../../src/sim/index';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every bundled scenario's id: the scenario files in scenarios/, so a newly bundled one is tested everywhere. */
export const BUNDLED_IDS: readonly string[] = readdirSync(join(ROOT, 'scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

const cache = new Map<string, Scenario>();

/** A bundled scenario by id, parsed once per test file. */
export const loadScenario = (id = 'resident-doctors-2025'): Scenario => {
  const hit = cache.get(id);
  if (hit) return hit;
  const file = join(ROOT, 'scenarios', `${id}.yaml`);
  const result = parseScenarioText(readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(`scenario ${id} does not parse: ${JSON.stringify(result.error)}`);
  cache.set(id, result.value);
  return result.value;
};

/** Ends the turn for both sides, optionally queueing actions first; every action must be accepted. */
export const endWeek = (state: GameState, actions: readonly Action[] = []): GameState => {
  const own = (side: SideId) => scriptController([{ week: state.week, actions: actions.filter((a) => a.side === side) }]);
  const played = playWeek(state, { union: own('union'), employer: own('employer') });
  const refused = played.actions.find((a) => a.rejected);
  if (refused?.rejected) throw new Error(`${refused.side} ${refused.action.type} rejected: ${refused.rejected.message}`);
  return played.state;
};

export const endWeeks = (state: GameState, n: number): GameState => {
  let s = state;
  for (let i = 0; i < n && !s.outcome; i += 1) s = endWeek(s);
  return s;
};

/** Plays a whole game with the AI on both sides; returns the end state, the log and each week's state hash. */
export const playAi = (
  scenario: Scenario,
  seed: string,
  players: { union: string; employer: string } = { union: 'ai', employer: 'ai' },
): { state: GameState; log: Action[]; weekHashes: string[] } => {
  const played = playGame(newGame(scenario, { seed, players }), { union: AI_CONTROLLER, employer: AI_CONTROLLER });
  const log = played.weeks.flatMap((w) => w.actions.map((a) => a.action));
  return { state: played.state, log, weekHashes: played.weeks.map((w) => stateHash(w.state)) };
};
