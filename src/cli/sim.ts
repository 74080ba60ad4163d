/**
 * The headless runner (scenarios/README.md#headless-runner): plays one game, AI or scripted on each side, and prints a table for
 * people or one JSON object for programs.
 *
 *   npm run -s sim -- --scenario resident-doctors-2025 --seed 1 --union ai --employer ai --format json
 *
 * `main(argv, io)` does all the work and returns the exit code (0 done, 2 bad flag or file, 1 an internal
 * error); it writes only through `io`, so tests run it in-process. The bottom of the file wires it to the
 * process when this file is run directly.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { formatProblem, newGame, parsePlayer, parseScenarioText, playGame, scriptController, SIDES, type Controller, type Scenario, type SideId } from '../sim';
import { DEFAULT_SCENARIO, USAGE, parseSimArgs, type PlayerSpec, type SimArgs } from './args';
import { makeSessionFile } from '../share/session-file';
import { runRecord } from './week-records';
import { REPO_ROOT, resolveScenarioPath, SCENARIO_EXTENSIONS } from './scenario-files';
import { parForGame } from '../share/par';
import { parTableFor } from './par-files';
import { fileProblem, readScriptFile } from './script';
import { formatTable } from './table';
import { runTool, toolMain, UsageError, type ToolIO } from './tool-io';



/** The scenario, its text, and whether it is one of the bundled ones (a session then need not carry its text). */
const loadScenario = (spec: string, cwd: string, root: string): { scenario: Scenario; text: string; bundled: boolean } => {
  const { path, display } = resolveScenarioPath(spec, cwd, root);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`scenario ${display}: ${fileProblem(e)}`);
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) {
    const [first, ...rest] = parsed.error;
    const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'} in the file)` : '';
    throw new UsageError(`${first ? formatProblem(display, first) : `${display}: the scenario is not valid`}${more}`);
  }
  const bundled = SCENARIO_EXTENSIONS.some((ext) => resolve(path) === resolve(join(root, 'scenarios', `${parsed.value.id}${ext}`)));
  return { scenario: parsed.value, text, bundled };
};

const listPersonas = (scenario: Scenario): string => {
  const lines = [`Personas in ${scenario.id} (${scenario.title}); use them as --union ai:<id> or --employer ai:<id>.`];
  for (const side of SIDES) {
    const info = scenario.sides[side];
    lines.push('', `${info.shortName} (--${side}), ${info.name}; plain "ai" means ${info.defaultPersona}:`);
    const width = Math.max(...info.personas.map((id) => id.length));
    for (const id of info.personas) {
      const p = scenario.personas.find((x) => x.id === id);
      const mark = id === info.defaultPersona ? ' (default)' : '';
      lines.push(`  ${id.padEnd(width)}  ${p ? `${p.label}${mark}: ${p.descriptions[side]}` : mark.trim()}`);
    }
  }
  return `${lines.join('\n')}\n`;
};

interface Seat {
  /** As reported in the output: `ai:<persona>` or `script:FILE`. */
  readonly label: string;
  /** As given to newGame. */
  readonly player: string;
  readonly controller: Controller;
}

const seatFor = (side: SideId, spec: PlayerSpec, scenario: Scenario, cwd: string): Seat => {
  if (spec.kind === 'ai') {
    const text = spec.persona === null ? 'ai' : `ai:${spec.persona}`;
    const player = parsePlayer(scenario, side, text);
    if (!player.ok) {
      throw new UsageError(
        `--${side} ${text}: "${spec.persona}" is not a ${scenario.sides[side].shortName} persona in ${scenario.id}; its personas are ${scenario.sides[side].personas.join(', ')} (see --list-personas)`,
      );
    }
    return { label: player.value, player: player.value, controller: { kind: 'ai' } };
  }
  const path = isAbsolute(spec.file) ? spec.file : resolve(cwd, spec.file);
  const script = readScriptFile(path, side, scenario);
  if (!script.ok) throw new UsageError(script.error.replace(`script ${path}`, `script ${spec.file}`));
  return { label: `script:${spec.file}`, player: 'human', controller: scriptController(script.value) };
};

const run = (args: SimArgs, io: ToolIO): number => {
  const cwd = io.cwd ?? process.cwd();
  const root = io.root ?? REPO_ROOT;
  if (args.mode === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const { scenario, text: scenarioFileText, bundled } = loadScenario(args.scenario ?? DEFAULT_SCENARIO, cwd, root);
  if (args.mode === 'list-personas') {
    io.stdout(listPersonas(scenario));
    return 0;
  }
  const seats = { union: seatFor('union', args.union, scenario, cwd), employer: seatFor('employer', args.employer, scenario, cwd) };
  const start = newGame(scenario, { seed: args.seed, players: { union: seats.union.player, employer: seats.employer.player } });
  const played = playGame(start, { union: seats.union.controller, employer: seats.employer.controller }, args.weeks === null ? {} : { maxWeeks: args.weeks });
  const log = played.weeks.flatMap((w) => w.actions.map((a) => a.action));
  const session = makeSessionFile(scenario, played.state, log, bundled ? {} : { scenarioText: scenarioFileText });
  const plain = runRecord(played.state, played.weeks, { union: seats.union.label, employer: seats.employer.label }, session.replayCode);
  const par = plain.outcome ? parForGame(parTableFor(scenario, root), played.state) : null;
  const record = plain.outcome && par ? { ...plain, outcome: { ...plain.outcome, par } } : plain;
  if (args.sessionOut !== null) writeOut(resolve(cwd, args.sessionOut), `${JSON.stringify(session, null, 1)}\n`, '--session-out', args.sessionOut);
  const text = args.format === 'json' ? `${JSON.stringify(record, null, 2)}\n` : formatTable(record, scenario);
  if (args.out === null) {
    io.stdout(text);
    return 0;
  }
  writeOut(resolve(cwd, args.out), text, '--out', args.out);
  return 0;
};

const writeOut = (path: string, text: string, flag: string, given: string): void => {
  try {
    writeFileSync(path, text);
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : '';
    throw new UsageError(`${flag} ${given}: cannot write the file (${code === 'ENOENT' ? 'its folder does not exist' : fileProblem(e)})`);
  }
};

const runArgs = (argv: readonly string[], io: ToolIO): number => {
  const parsed = parseSimArgs(argv);
  if (!parsed.ok) throw new UsageError(parsed.error);
  return run(parsed.value, io);
};

/** Runs the runner with `argv` (the arguments after the command) and returns the exit code. Never throws. */
export const main = toolMain('sim', runArgs);

await runTool(import.meta.url, main);
