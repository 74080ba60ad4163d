/**
 * `npm run scenario:gauntlet -- --scenario X [--seeds N] [--json] [--out DIR]`: the strategy gauntlet. Every
 * simple strategy in the library plays its seat against every persona of the other side over the same seeds,
 * beside the AI's own play in that seat, on worker threads with a progress bar on stderr. Prints a table (or
 * the report as JSON); with --out also writes `<id>.gauntlet.txt` and `<id>.gauntlet.json` into DIR.
 *
 * Exit codes: 0 no strategy is an error, 1 some strategy is (or an internal error), 2 a bad flag or a
 * scenario that does not load.
 */
import { availableParallelism } from 'node:os';
import {
  DEFAULT_GAUNTLET_SEEDS,
  gauntletTable,
  gauntletTasks,
  MAX_BREAK_SHARE,
  MAX_EDGE,
  summariseGauntlet,
  type GauntletReport,
} from '../authoring/gauntlet/gauntlet';
import type { Scenario } from '../sim/scenario/types';
import { runGauntletGames } from './balance-pool';
import { progressBar } from './progress';
import { checkScenarioChoice, chosenScenarios, writeReports } from './scenario-files';
import { readFlags, runTool, toolMain, toolOptions, UsageError, wholeNumber, type ToolIO } from './tool-io';

export const GAUNTLET_USAGE = `Usage: npm run scenario:gauntlet -- --scenario <id|path> [--seeds N] [--json] [--out DIR] [--workers N]
       npm run scenario:gauntlet -- --all [--seeds N]
  Plays each simple strategy in each seat against every persona of the other side, over the same seeds, beside
  the AI's own play in that seat (its default persona). A strategy is an ERROR when it beats the AI's own play
  by more than ${MAX_EDGE} points on average, or breaks the other side in more than ${Math.round(MAX_BREAK_SHARE * 100)}% of its games.
  --seeds N      seeds per opponent persona (default ${DEFAULT_GAUNTLET_SEEDS})
  --json         print the report as JSON instead of a table
  --out DIR      also write <id>.gauntlet.txt and <id>.gauntlet.json into DIR
  --workers N    worker threads (default: one per CPU core; 0 plays in this thread)
  --all          every scenario in scenarios/
  --help         show this help
Exit codes: 0 no strategy is an error, 1 some strategy is, 2 a bad flag or a scenario that does not load.`;

const OPTIONS = toolOptions(['scenario', 'seeds', 'out', 'workers'], ['all', 'json']);

/** The gauntlet for one scenario on worker threads, with a progress bar on `io.stderr`. */
export const gauntletOf = async (scenario: Scenario, seeds: number, workers: number, io: ToolIO): Promise<GauntletReport> => {
  const t0 = performance.now();
  const tasks = gauntletTasks(scenario, seeds);
  const bar = progressBar(io.stderr, io.stderrIsTTY ?? false, `${scenario.id} gauntlet`);
  const games = await runGauntletGames(scenario, tasks, workers, bar.update);
  bar.finish(`${scenario.id}: ${tasks.length} gauntlet games in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  return summariseGauntlet(scenario, games, seeds);
};

const heading = (r: GauntletReport): string =>
  `${r.scenarioId} ${r.scenarioVersion}: strategy gauntlet, ${r.seeds} seeds (${r.seedPrefix}-1 onward) against each opposing persona\n` +
  `AI's own play: union (${r.ai.union.persona}) ${r.ai.union.mean.toFixed(1)}, employer (${r.ai.employer.persona}) ${r.ai.employer.mean.toFixed(1)}\n\n`;

/** The table with a line for each error saying why. */
export const gauntletText = (r: GauntletReport): string =>
  heading(r) +
  gauntletTable(r) +
  r.rows
    .filter((row) => row.verdict === 'error')
    .map((row) => `- ERROR ${row.strategy}: ${row.reasons.join('; ')}\n`)
    .join('') +
  `${r.errors === 0 ? 'No strategy beats the AI' : `${r.errors} of ${r.rows.length} strategies are errors`}\n`;

const run = async (argv: readonly string[], io: ToolIO): Promise<number> => {
  const v = readFlags({ args: [...argv], options: OPTIONS, allowPositionals: false, strict: true }).values;
  if (v.help) {
    io.stdout(`${GAUNTLET_USAGE}\n`);
    return 0;
  }
  checkScenarioChoice(v);
  const seeds = wholeNumber('seeds', v.seeds, DEFAULT_GAUNTLET_SEEDS, 1, 10_000);
  const workers = wholeNumber('workers', v.workers, availableParallelism(), 0, 256);
  if (v.out === '') throw new UsageError('--out needs a folder');
  const loaded = chosenScenarios(v, io);
  const reports: GauntletReport[] = [];
  for (const { scenario } of loaded) {
    const report = await gauntletOf(scenario, seeds, workers, io);
    reports.push(report);
    if (!v.json) io.stdout(`${gauntletText(report)}\n`);
    if (v.out !== undefined) {
      writeReports(v.out, io, {
        [`${scenario.id}.gauntlet.txt`]: gauntletText(report),
        [`${scenario.id}.gauntlet.json`]: `${JSON.stringify(report, null, 2)}\n`,
      });
    }
  }
  if (v.json) io.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
  return reports.some((r) => r.errors > 0) ? 1 : 0;
};

/** Runs the gauntlet tool with `argv` and resolves to the exit code. Never rejects. */
export const main = toolMain('scenario:gauntlet', run);

await runTool(import.meta.url, main);
