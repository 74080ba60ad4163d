/**
 * Par: the committed par file of each bundled scenario is what `npm run scenario:par` would write now (a stale
 * file fails here, like schema.json), par is the AI's mean in the seat against the opponent persona, and the
 * runner's JSON carries it as `outcome.par` for the personas that played.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parFilePath } from '../../src/cli/par-files';
import { computePar, parFileText, parForGame, parGame, PAR_SEEDS, type ParTable } from '../../src/share/par';
import { newGame } from '../../src/sim/index';
import { simJson } from './cli-helpers';
import { BUNDLED_IDS, loadScenario } from './helpers';

const BUNDLED = BUNDLED_IDS;

describe('par files', () => {
  it.each(BUNDLED)('scenarios/%s.par.json is up to date (run npm run scenario:par when this fails)', (id) => {
    const scenario = loadScenario(id);
    expect(readFileSync(parFilePath(id), 'utf8')).toBe(parFileText(computePar(scenario)));
  }, 60_000); // a few hundred whole games: seconds, and more on a busy machine

  it('is the AI\'s mean score in the seat (its default persona) against each opponent persona, over the fixed seeds', () => {
    const tutorial = loadScenario('tutorial');
    const table = computePar(tutorial, 3);
    const scores = [1, 2, 3].map((seed) => parGame(tutorial, 'union', 'tough', seed));
    expect(table.union.tough).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / 3, 1);
    expect(Object.keys(table.union)).toEqual([...tutorial.sides.employer.personas]);
    expect(Object.keys(table.employer)).toEqual([...tutorial.sides.union.personas]);
    expect(PAR_SEEDS).toBe(24);
  });

  it('is picked for the players who play (a persona, or a person: the mean), and never for another scenario\'s content', () => {
    const tutorial = loadScenario('tutorial');
    const table = JSON.parse(readFileSync(parFilePath('tutorial'), 'utf8')) as ParTable;
    const game = newGame(tutorial, { seed: 'x', players: { union: 'ai:tough', employer: 'human' } });
    // The person faces the computer's tough persona: its par; the computer's seat faces a person: the mean over the personas.
    const mean = (row: Record<string, number>) => Math.round((Object.values(row).reduce((a, b) => a + b, 0) / Object.values(row).length) * 10) / 10;
    expect(parForGame(table, game)).toEqual({ union: mean(table.union), employer: table.employer.tough });
    expect(mean(table.union)).not.toBe(table.union[tutorial.sides.employer.defaultPersona]); // so the test tells the two apart
    expect(parForGame({ ...table, scenarioHash: 'other' }, game)).toBeNull();
  });
});

describe('the runner\'s outcome.par', () => {
  it('gives both seats\' par against the personas that played', () => {
    const run = simJson(['--scenario', 'tutorial', '--seed', '3', '--union', 'ai:tough', '--employer', 'ai:steady']);
    const table = JSON.parse(readFileSync(parFilePath('tutorial'), 'utf8')) as ParTable;
    expect(run.outcome!.par).toEqual({ union: table.union.steady, employer: table.employer.tough });
  });
});
