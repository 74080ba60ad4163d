/**
 * The Workbench's quick balance is the same games as `npm run scenario:balance` with the same number of runs:
 * the same seeds, pairings and figures, whether the command line plays them in its own thread or on a worker.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario, ROOT } from '../../test/unit/helpers';
import { balanceRun, DEFAULT_SEED_PREFIX, summariseBalance } from '../authoring/balance';
import { findings, textTable } from '../authoring/balance-format';
import { runGames } from '../cli/balance-pool';
import { main } from '../cli/scenario-balance';
import { QUICK_RUNS } from './balance-runner';

const scenario = loadScenario('resident-doctors-2025');

const cli = async (argv: string[]): Promise<string> => {
  let stdout = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: () => undefined, cwd: ROOT });
  expect(code).toBe(0);
  return stdout;
};

describe('the Workbench\u2019s quick balance', () => {
  const quick = balanceRun(scenario, QUICK_RUNS);

  it('plays the balance tool\u2019s seeds, spread over every pairing', () => {
    expect(quick.seedPrefix).toBe(DEFAULT_SEED_PREFIX);
    expect(quick.runs).toBe(QUICK_RUNS);
    expect(quick.total.games).toBe(QUICK_RUNS);
    expect(quick.rows.map((r) => r.games).reduce((a, b) => a + b, 0)).toBe(QUICK_RUNS);
  });

  it('gives the same report as the command line\u2019s games for the same runs', async () => {
    const games = await runGames({ scenario, runs: QUICK_RUNS, seedPrefix: DEFAULT_SEED_PREFIX, workers: 1 });
    expect(summariseBalance(scenario, games, DEFAULT_SEED_PREFIX)).toEqual(quick);
  }, 60_000);

  it('prints the same table and findings as `scenario:balance --runs 100`', async () => {
    const printed = await cli(['--scenario', 'resident-doctors-2025', '--runs', String(QUICK_RUNS), '--workers', '0']);
    expect(printed).toContain(`${QUICK_RUNS} games, seeds ${DEFAULT_SEED_PREFIX}-1 onward`);
    expect(printed).toContain(textTable(quick));
    for (const note of findings(quick)) expect(printed).toContain(`- ${note}\n`);
  }, 60_000);
});
