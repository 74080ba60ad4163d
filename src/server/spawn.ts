/** Starting a classroom server as a child process (the load tool, the crash test) and stopping it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { REPO_ROOT } from './scenarios';

export interface Spawned {
  readonly child: ChildProcess;
  readonly port: number;
  readonly code: string;
  readonly teacherKey: string;
  /** Everything the process wrote, for checking what it logs. */
  readonly output: string[];
}

/** Spawns `src/server/main.ts --json` with `args` (and Node's own `nodeArgs`, e.g. --cpu-prof) and waits for its ready line. */
export const spawnClassroom = (args: readonly string[], timeoutMs = 60_000, nodeArgs: readonly string[] = []): Promise<Spawned> => {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(REPO_ROOT, 'src/server/main.ts'), '--json', '--no-build', ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => output.push(line));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`classroom server not ready in ${timeoutMs} ms: ${output.join('\n')}`)), timeoutMs);
    child.on('exit', (code) => reject(new Error(`classroom server exited (${code}): ${output.join('\n')}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      if (!line.startsWith('{')) return;
      clearTimeout(timer);
      const ready = JSON.parse(line) as { port: number; code: string; teacherKey: string };
      resolve({ child, output, ...ready });
    });
  });
};

/** Stops a spawned server with `signal` and waits for it to exit. */
export const stopSpawned = (spawned: Spawned, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> =>
  new Promise((resolve) => {
    if (spawned.child.exitCode !== null || spawned.child.signalCode !== null) return resolve();
    spawned.child.once('exit', () => resolve());
    spawned.child.kill(signal);
  });
