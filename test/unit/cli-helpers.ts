/** Shared helpers for the headless runner's tests: run `main` in-process and capture what it writes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/sim';
import type { RunRecord } from '../../src/cli/records';

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the runner with `argv`; relative paths resolve against `cwd` (a fresh temp folder by default). */
export const sim = (argv: string[], cwd: string = tempDir()): Ran => {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
};

/** Runs with --format json and parses the result (failing loudly if it did not succeed). */
export const simJson = (argv: string[], cwd?: string): RunRecord => {
  const ran = sim([...argv, '--format', 'json'], cwd);
  if (ran.code !== 0) throw new Error(`exit ${ran.code}: ${ran.stderr}`);
  return JSON.parse(ran.stdout) as RunRecord;
};

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'standoff-sim-'));

/** Writes `content` (JSON-encoded unless it is a string) into a fresh temp folder; returns the folder and path. */
export const tempFile = (name: string, content: unknown): { dir: string; path: string } => {
  const dir = tempDir();
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return { dir, path };
};

export const AI_VS_AI = ['--scenario', 'resident-doctors-2025', '--union', 'ai', '--employer', 'ai'];
