/**
 * Rewrites test/golden/default-ai.json: AI-vs-AI games of the default scenario with their logs and weekly state
 * hashes. Run it only when the model changes on purpose (`npm run golden:update`), and say why in the commit.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario, playAi, ROOT } from '../test/unit/helpers';

const SEEDS = ['1', '2', '3'];
const scenario = loadScenario();
const games = SEEDS.map((seed) => {
  const players = { union: 'ai', employer: 'ai' };
  const { log, weekHashes } = playAi(scenario, seed, players);
  return { scenario: scenario.id, scenarioVersion: scenario.version, seed, players, log, weekHashes };
});
writeFileSync(join(ROOT, 'test/golden/default-ai.json'), `${JSON.stringify(games, null, 1)}\n`);
console.log(`wrote ${games.length} golden games (${games.map((g) => g.weekHashes.length).join(', ')} weeks)`);
