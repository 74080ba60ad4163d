/** Par on the server: the committed par tables of the bundled scenarios, and each seat's par in a pair's game. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PairSummary } from '../classroom/protocol';
import { parOfSeats, type ParTable } from '../share/par';
import type { PairGame } from './pair-game';
import { REPO_ROOT } from './scenarios';

let pars: Map<string, ParTable> | null = null;

/**
 * A committed par table (scenarios/<id>.par.json) by the scenario content hash it was computed for, or null: the
 * par of a bundled scenario's games, for the teacher's table and the class report of the export.
 */
export const bundledParByHash = (scenarioHash: string): ParTable | null => {
  if (!pars) {
    pars = new Map();
    for (const name of readdirSync(join(REPO_ROOT, 'scenarios'))) {
      if (!name.endsWith('.par.json')) continue;
      const table = JSON.parse(readFileSync(join(REPO_ROOT, 'scenarios', name), 'utf8')) as ParTable;
      pars.set(table.scenarioHash, table);
    }
  }
  return pars.get(scenarioHash) ?? null;
};

/** Each seat's par facing the other seat's holder (`parOfSeats`: the AI's persona when the AI holds it, else a
 *  person); null when the scenario has no committed par table. */
export const pairPar = (game: Pick<PairGame, 'state' | 'players'>): PairSummary['par'] => {
  const table = bundledParByHash(game.state.scenarioHash);
  return table ? parOfSeats(table, game.players) : null;
};
