// Games made in Node for the browser tests (the runner's own building blocks, in-process): the bundled
// scenario read from its file, AI-vs-AI games, their replay codes and session files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AI_CONTROLLER, newGame, parseScenarioText, playGame, stateHash, type Action, type GameState, type Scenario } from '../../src/sim/index';
import { encodeReplay } from '../../src/share/replay-code';
import { makeSessionFile } from '../../src/share/session-file';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function loadScenario(id = 'resident-doctors-2025'): Scenario {
  const parsed = parseScenarioText(readFileSync(`${ROOT}/scenarios/${id}.yaml`, 'utf8'));
  if (!parsed.ok) throw new Error(`scenario ${id} does not parse`);
  return parsed.value;
}

export interface NodeGame {
  readonly state: GameState;
  readonly log: readonly Action[];
  readonly hash: string;
}

/** A whole game with the computer on both sides, as `npm run sim -- --union ai:x --employer ai:y` plays it. */
export function aiGame(scenario: Scenario, seed: string, players: { union: string; employer: string } = { union: 'ai', employer: 'ai' }): NodeGame {
  const played = playGame(newGame(scenario, { seed, players }), { union: AI_CONTROLLER, employer: AI_CONTROLLER });
  const log = played.weeks.flatMap((w) => w.actions.map((a) => a.action));
  return { state: played.state, log, hash: stateHash(played.state) };
}

export function replayCode(scenario: Scenario, game: NodeGame): string {
  const { seed, players } = game.state;
  return encodeReplay(scenario, newGame(scenario, { seed, players }), { scenarioId: scenario.id, scenarioVersion: scenario.version, seed, players, log: game.log });
}

export function sessionText(scenario: Scenario, game: NodeGame, labels?: Record<string, string>): string {
  return JSON.stringify(makeSessionFile(scenario, game.state, game.log, labels ? { labels } : {}));
}
