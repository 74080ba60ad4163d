/** The scenario files bundled in `scenarios/`, and finding and reading one for a command-line tool. */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenarioText } from '../sim/scenario/parse';
import { formatProblem } from '../sim/scenario/problem';
import type { Scenario } from '../sim/scenario/types';
import { fileProblem } from './script';
import { UsageError, type ToolIO } from './tool-io';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCENARIO_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;
const SCENARIO_FILE = /\.(yaml|yml|json)$/;
const SCENARIO_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** Generated JSON beside the scenarios that is not a scenario: the JSON Schema and each scenario's par file. */
const isGenerated = (f: string): boolean => f === 'schema.json' || f.endsWith('.par.json');

/** `scenarios/*.yaml|yml|json` except the generated JSON (the schema, par files), sorted. */
export const bundledScenarioFiles = (root: string = REPO_ROOT): string[] => {
  try {
    return readdirSync(join(root, 'scenarios'))
      .filter((f) => SCENARIO_FILE.test(f) && !isGenerated(f))
      .sort()
      .map((f) => join(root, 'scenarios', f));
  } catch {
    return [];
  }
};

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** An id resolves to `scenarios/<id>.yaml|.yml|.json` under the repository root; anything else is a path. */
export const resolveScenarioPath = (spec: string, cwd: string, root: string): { path: string; display: string } => {
  if (SCENARIO_ID.test(spec)) {
    for (const ext of SCENARIO_EXTENSIONS) {
      const path = join(root, 'scenarios', `${spec}${ext}`);
      if (isFile(path)) return { path, display: `scenarios/${spec}${ext}` };
    }
    const local = resolve(cwd, spec);
    if (isFile(local)) return { path: local, display: spec };
    const ids = bundledScenarioFiles(root)
      .map((f) => basename(f).replace(SCENARIO_FILE, ''))
      .sort();
    throw new UsageError(`unknown scenario "${spec}": there is no scenarios/${spec}.yaml, .yml or .json${ids.length ? ` (the scenarios are ${ids.join(', ')})` : ''}`);
  }
  return { path: resolve(cwd, spec), display: spec };
};

export interface ScenarioSource {
  /** As shown in messages: relative to the working directory where that is shorter. */
  readonly display: string;
  readonly path: string;
  readonly text: string;
}

/** Reads `spec` (an id in scenarios/ or a path); a UsageError with one plain sentence when it cannot. */
export const readScenarioSource = (spec: string, cwd: string, root: string = REPO_ROOT): ScenarioSource => {
  const { path } = resolveScenarioPath(spec, cwd, root);
  const rel = relative(cwd, path);
  const display = rel && !rel.startsWith('..') ? rel : path;
  try {
    return { display, path, text: readFileSync(path, 'utf8') };
  } catch (e) {
    throw new UsageError(`${display}: ${fileProblem(e)}`);
  }
};

/** A scenario for a tool that plays it: loaded and checked, or a UsageError with its first problem. */
export const loadScenario = (spec: string, cwd: string, root: string): { scenario: Scenario; display: string } => {
  const source = readScenarioSource(spec, cwd, root);
  const parsed = parseScenarioText(source.text);
  if (!parsed.ok) {
    const [first, ...rest] = parsed.error;
    throw new UsageError(`${formatProblem(source.display, first!)}${rest.length ? ` (and ${rest.length} more; run scenario:check)` : ''}`);
  }
  return { scenario: parsed.value, display: source.display };
};

/** Where a tool reads relative paths from, and the repository whose scenarios/ it knows. */
export const toolPlaces = (io: ToolIO): { cwd: string; root: string } => ({ cwd: io.cwd ?? process.cwd(), root: io.root ?? REPO_ROOT });

/** Checks a tool was asked for exactly one of `--scenario X` and `--all`. */
export const checkScenarioChoice = (v: { readonly all?: boolean; readonly scenario?: string }): void => {
  if (v.all && v.scenario !== undefined) throw new UsageError('give --scenario or --all, not both');
  if (!v.all && v.scenario === undefined) throw new UsageError('--scenario is required (an id such as resident-doctors-2025, or a file path), or --all');
};

/** The scenarios a tool was asked for: the one `--scenario` names (an id or a file), or every bundled one. */
export const chosenScenarios = (v: { readonly all?: boolean; readonly scenario?: string }, io: ToolIO): { scenario: Scenario; display: string }[] => {
  const { cwd, root } = toolPlaces(io);
  return (v.all ? bundledScenarioFiles(root) : [v.scenario!]).map((spec) => loadScenario(spec, cwd, root));
};

/** Writes a tool's report files into the `--out` folder (made if need be); one it cannot write is a usage error. */
export const writeReports = (out: string, io: ToolIO, files: Readonly<Record<string, string>>): void => {
  const dir = resolve(toolPlaces(io).cwd, out);
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  } catch (e) {
    throw new UsageError(`--out ${out}: cannot write the reports (${e instanceof Error ? e.message : String(e)})`);
  }
};
