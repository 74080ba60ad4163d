/**
 * `npm run scenario:check [files…]`: checks scenario files (every bundled one by default) and prints each
 * problem as `file:line: path: message` with a suggested fix on the next line.
 *
 * Exit codes: 0 no errors (warnings allowed), 1 errors (or warnings with --strict), 2 a bad flag or a file
 * that cannot be read. `main(argv, io)` does the work and writes only through `io`, so tests run it in-process.
 */
import { checkScenarioText, type CheckOptions } from '../authoring/check';
import { formatProblem } from '../sim/scenario/problem';
import { bundledScenarioFiles, readScenarioSource, REPO_ROOT, type ScenarioSource } from './scenario-files';
import { readFlags, runTool, toolMain, toolOptions, UsageError, type ToolIO } from './tool-io';

export const CHECK_USAGE = `Usage: npm run scenario:check -- [--strict] [file|id …]
  Checks scenario files: every scenarios/*.yaml when none is named.
  --strict          warnings count as failures (exit code 1), and the strategy gauntlet runs: each simple
                    strategy that beats the AI's own play is a problem
  --quick           skip the simulated games (the zone-of-agreement check and the gauntlet)
  --skip-gauntlet   with --strict, do not run the gauntlet
  --help     show this help
Exit codes: 0 no errors, 1 errors found, 2 a bad flag or an unreadable file.`;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const OPTIONS = toolOptions([], ['strict', 'quick', 'skip-gauntlet']);

const run = (argv: readonly string[], io: ToolIO): number => {
  const flags = readFlags({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  if (flags.values.help) {
    io.stdout(`${CHECK_USAGE}\n`);
    return 0;
  }
  const cwd = io.cwd ?? process.cwd();
  const root = io.root ?? REPO_ROOT;
  const specs = flags.positionals.length > 0 ? flags.positionals : bundledScenarioFiles(root);
  if (specs.length === 0) throw new UsageError('no scenario files: name one, or add some to scenarios/');
  const sources: ScenarioSource[] = specs.map((spec) => readScenarioSource(spec, cwd, root));

  const options: CheckOptions = { quick: flags.values.quick === true, gauntlet: flags.values.strict === true && flags.values['skip-gauntlet'] !== true };
  let errors = 0;
  let warnings = 0;
  for (const source of sources) {
    const { problems } = checkScenarioText(source.text, source.display, options);
    for (const p of problems) {
      io.stdout(`${formatProblem(source.display, p)}\n`);
      if (p.fix) io.stdout(`    fix: ${p.fix}\n`);
    }
    const e = problems.filter((p) => p.severity === 'error').length;
    const w = problems.length - e;
    errors += e;
    warnings += w;
    io.stdout(`${source.display}: ${e + w === 0 ? 'ok' : `${plural(e, 'error')}, ${plural(w, 'warning')}`}\n`);
  }
  if (sources.length > 1) io.stdout(`${plural(sources.length, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
  return errors > 0 || (flags.values.strict && warnings > 0) ? 1 : 0;
};

/** Runs the checker with `argv` (the arguments after the command) and returns the exit code. Never throws. */
export const main = toolMain('scenario:check', run);

await runTool(import.meta.url, main);
