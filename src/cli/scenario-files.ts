/** The scenario files bundled in `scenarios/`, and reading one for a command-line tool. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileProblem } from './script';
import { resolveScenarioPath } from './sim';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `scenarios/*.yaml|yml|json` except the generated JSON Schema, sorted. */
export const bundledScenarioFiles = (root: string = REPO_ROOT): string[] => {
  try {
    return readdirSync(join(root, 'scenarios'))
      .filter((f) => /\.(ya?ml|json)$/.test(f) && f !== 'schema.json')
      .sort()
      .map((f) => join(root, 'scenarios', f));
  } catch {
    return [];
  }
};

export interface ScenarioSource {
  /** As shown in messages: relative to the working directory where that is shorter. */
  readonly display: string;
  readonly path: string;
  readonly text: string;
}

/** Reads `spec` (an id in scenarios/ or a path); throws an Error with one plain sentence when it cannot. */
export const readScenarioSource = (spec: string, cwd: string, root: string = REPO_ROOT): ScenarioSource => {
  const { path } = resolveScenarioPath(spec, cwd, root);
  const rel = relative(cwd, path);
  const display = rel && !rel.startsWith('..') ? rel : path;
  try {
    return { display, path, text: readFileSync(path, 'utf8') };
  } catch (e) {
    throw new Error(`${display}: ${fileProblem(e)}`);
  }
};
