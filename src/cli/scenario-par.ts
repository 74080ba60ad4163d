/**
 * `npm run scenario:par`: computes par for every bundled scenario (the mean score of the AI playing each seat
 * against each persona of the other side over a fixed set of seeds; see src/share/par.ts) and writes
 * `scenarios/<id>.par.json`, which the game loads with the scenario. A unit test fails when a file is stale.
 *
 * Exit codes: 0 done, 2 a bad flag, 1 an internal error.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { computePar, parFileText, PAR_SEEDS } from '../share/par';
import { parFilePath } from './par-files';
import { bundledScenarioFiles, loadScenario, REPO_ROOT } from './scenario-files';
import { readFlags, runTool, toolMain, toolOptions, type ToolIO } from './tool-io';

export const PAR_USAGE = `Usage: npm run scenario:par
  Writes scenarios/<id>.par.json for every bundled scenario: each seat's par (the AI's mean score in that seat,
  default persona) against each persona of the other side, over ${PAR_SEEDS} seeds.`;

const run = (argv: readonly string[], io: ToolIO): number => {
  const v = readFlags({ args: [...argv], options: toolOptions([], []), allowPositionals: false, strict: true }).values;
  if (v.help) {
    io.stdout(`${PAR_USAGE}\n`);
    return 0;
  }
  const root = io.root ?? REPO_ROOT;
  for (const spec of bundledScenarioFiles(root)) {
    const { scenario } = loadScenario(spec, io.cwd ?? process.cwd(), root);
    const table = computePar(scenario);
    const path = parFilePath(scenario.id, root);
    writeFileSync(path, parFileText(table));
    io.stdout(`${relative(root, path)}: union ${JSON.stringify(table.union)}, employer ${JSON.stringify(table.employer)}\n`);
  }
  return 0;
};

export const main = toolMain('scenario:par', run);

await runTool(import.meta.url, main);
