/**
 * Plays a balance run's (or the strategy gauntlet's) games on worker threads, one per core. Node does not run TypeScript, so the worker
 * (balance-worker.ts and the simulation it imports) is bundled to JavaScript with esbuild once per process
 * and started from that text. Games are handed out in small ranges as workers free up; results are keyed by
 * game index, so the report never depends on which worker played what.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { GameSummary } from '../authoring/balance';
import type { GauntletGame, GauntletTask } from '../authoring/gauntlet/gauntlet';
import type { Scenario } from '../sim/scenario/types';
import { playJob, type WorkerSetup, type WorkerTask } from './balance-worker';

let bundled: Promise<string> | null = null;

/** The worker as one CommonJS script (bundling takes a fraction of a second; it is done once). */
const workerCode = (): Promise<string> => {
  bundled ??= import('esbuild').then(async ({ build }) => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./balance-worker.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  });
  return bundled;
};

export interface RunOptions {
  readonly scenario: Scenario;
  readonly runs: number;
  readonly seedPrefix: string;
  /** Worker threads; 0 plays every game in this thread. */
  readonly workers: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Ranges of about `size` games, covering 0..runs. */
const ranges = (runs: number, size: number): WorkerTask[] => {
  const out: WorkerTask[] = [];
  for (let from = 0; from < runs; from += size) out.push({ from, to: Math.min(runs, from + size) });
  return out;
};

/** Plays games 0..total of `job` on `workers` threads (0: this thread), results in the order they come back. */
const runJob = async <R>(job: WorkerSetup, total: number, workers: number, onProgress?: (done: number, total: number) => void): Promise<R[]> => {
  const size = Math.max(4, Math.min(50, Math.ceil(total / Math.max(1, workers * 10))));
  const tasks = ranges(total, size);
  const games: R[] = [];
  if (workers === 0) {
    for (const t of tasks) {
      games.push(...(playJob(job, t.from, t.to) as R[]));
      onProgress?.(games.length, total);
    }
    return games;
  }

  const code = await workerCode();
  const pool = Array.from({ length: Math.min(workers, tasks.length) }, () => new Worker(code, { eval: true, workerData: job }));
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let pending = 0;
      const feed = (worker: Worker) => {
        const task = tasks[next];
        if (!task) {
          if (pending === 0) resolve();
          return;
        }
        next += 1;
        pending += 1;
        worker.postMessage(task);
      };
      for (const worker of pool) {
        worker.on('message', (msg: { games: R[] }) => {
          pending -= 1;
          games.push(...msg.games);
          onProgress?.(games.length, total);
          feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0 && games.length < total) reject(new Error(`a worker stopped with exit code ${code}`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return games;
};

export const runGames = (options: RunOptions): Promise<GameSummary[]> =>
  runJob<GameSummary>({ kind: 'balance', scenario: options.scenario, seedPrefix: options.seedPrefix }, options.runs, options.workers, options.onProgress);

/** The gauntlet's games for `tasks` (in the order they finish; the report does not depend on it). */
export const runGauntletGames = async (
  scenario: Scenario,
  tasks: readonly GauntletTask[],
  workers: number,
  onProgress?: (done: number, total: number) => void,
): Promise<GauntletGame[]> => runJob<GauntletGame>({ kind: 'gauntlet', scenario, tasks }, tasks.length, workers, onProgress);
