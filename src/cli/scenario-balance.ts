/**
 * `npm run scenario:balance -- --scenario X --runs N [--out DIR]`: N games of AI against AI in all, spread over
 * every persona pairing, on worker threads (one per core by default), with a progress bar on stderr. Prints a
 * table per pairing; with --out writes `<id>.balance.md` and `<id>.balance.html` (a self-contained chart).
 * `--all` does every bundled scenario (`npm run scenario:balance:all` writes the reports beside them).
 *
 * Exit codes: 0 done, 2 a bad flag or a scenario that does not load, 1 an internal error.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SEED_PREFIX, summariseBalance, type BalanceReport } from '../authoring/balance';
import { findings, textTable } from '../authoring/balance-format';
import { balanceHtml } from '../authoring/balance-html';
import { balanceMarkdown } from '../authoring/balance-markdown';
import type { Scenario } from '../sim/scenario/types';
import { runGames } from './balance-pool';
import { progressBar } from './progress';
import { checkScenarioChoice, chosenScenarios, writeReports } from './scenario-files';
import { readFlags, runTool, toolMain, toolOptions, UsageError, wholeNumber, type ToolIO } from './tool-io';

export const BALANCE_USAGE = `Usage: npm run scenario:balance -- --scenario <id|path> [--runs N] [--out DIR] [--seed PREFIX] [--workers N]
       npm run scenario:balance -- --all [--runs N] [--out DIR]
  --runs N       games in all, spread over every persona pairing (default 1000)
  --out DIR      also write <id>.balance.md and <id>.balance.html into DIR
  --seed PREFIX  seeds are PREFIX-1, PREFIX-2, … (default ${DEFAULT_SEED_PREFIX}); each pairing plays the same seeds
  --workers N    worker threads (default: one per CPU core; 0 plays in this thread)
  --all          every scenario in scenarios/
  --help         show this help`;

const OPTIONS = toolOptions(['scenario', 'runs', 'out', 'seed', 'workers'], ['all']);

export interface BalanceRun {
  readonly report: BalanceReport;
  readonly seconds: number;
}

const balanceOne = async (scenario: Scenario, runs: number, seedPrefix: string, workers: number, io: ToolIO): Promise<BalanceRun> => {
  const t0 = performance.now();
  const bar = progressBar(io.stderr, io.stderrIsTTY ?? false, scenario.id);
  const games = await runGames({ scenario, runs, seedPrefix, workers, onProgress: bar.update });
  const seconds = (performance.now() - t0) / 1000;
  bar.finish(`${scenario.id}: ${runs} games in ${seconds.toFixed(2)} s on ${workers === 0 ? 'the main thread' : `${Math.min(workers, runs)} worker thread${workers === 1 ? '' : 's'}`}`);
  return { report: summariseBalance(scenario, games, seedPrefix), seconds };
};

const run = async (argv: readonly string[], io: ToolIO): Promise<number> => {
  const v = readFlags({ args: [...argv], options: OPTIONS, allowPositionals: false, strict: true }).values;
  if (v.help) {
    io.stdout(`${BALANCE_USAGE}\n`);
    return 0;
  }
  checkScenarioChoice(v);
  const runs = wholeNumber('runs', v.runs, 1000, 1, 1_000_000);
  const workers = wholeNumber('workers', v.workers, availableParallelism(), 0, 256);
  const seedPrefix = v.seed ?? DEFAULT_SEED_PREFIX;
  if (seedPrefix === '') throw new UsageError('--seed needs a prefix');
  if (v.out === '') throw new UsageError('--out needs a folder');

  const loaded = chosenScenarios(v, io);
  for (const { scenario } of loaded) {
    const { report } = await balanceOne(scenario, runs, seedPrefix, workers, io);
    io.stdout(`${report.title} (${report.scenarioId} ${report.scenarioVersion}): ${runs} games, seeds ${seedPrefix}-1 onward\n\n${textTable(report)}`);
    for (const note of findings(report)) io.stdout(`- ${note}\n`);
    io.stdout('\n');
    if (v.out !== undefined) {
      writeReports(v.out, io, {
        [`${scenario.id}.balance.md`]: balanceMarkdown(report, `${scenario.id}.balance.html`),
        [`${scenario.id}.balance.html`]: balanceHtml(report),
      });
      io.stderr(`wrote ${join(v.out, `${scenario.id}.balance.md`)} and .html\n`);
    }
  }
  return 0;
};

/** Runs the balance tool with `argv` and resolves to the exit code. Never rejects. */
export const main = toolMain('scenario:balance', run);

await runTool(import.meta.url, main);
