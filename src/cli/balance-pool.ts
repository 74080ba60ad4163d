/**
 * Plays a balance run's games on worker threads, one per core. Node does not run TypeScript, so the worker
 * (balance-worker.ts and the simulation it imports) is bundled to JavaScript with esbuild once per process
 * and started from that text. Games are handed out in small ranges as workers free up; results are keyed by
 * game index, so the report never depends on which worker played what.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { playRange, type GameSummary } from '../authoring/balance';
import type { Scenario } from '../sim/scenario/types';
import type { WorkerSetup, WorkerTask } from './balance-worker';

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

export const runGames = async (options: RunOptions): Promise<GameSummary[]> => {
  const { scenario, runs, seedPrefix, workers, onProgress } = options;
  const size = Math.max(4, Math.min(50, Math.ceil(runs / Math.max(1, workers * 10))));
  const tasks = ranges(runs, size);
  const games: GameSummary[] = [];
  if (workers === 0) {
    for (const t of tasks) {
      games.push(...playRange(scenario, t.from, t.to, seedPrefix));
      onProgress?.(games.length, runs);
    }
    return games;
  }

  const code = await workerCode();
  const setup: WorkerSetup = { scenario, seedPrefix };
  const pool = Array.from({ length: Math.min(workers, tasks.length) }, () => new Worker(code, { eval: true, workerData: setup }));
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
        worker.on('message', (msg: { games: GameSummary[] }) => {
          pending -= 1;
          games.push(...msg.games);
          onProgress?.(games.length, runs);
          feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0 && games.length < runs) reject(new Error(`a balance worker stopped with exit code ${code}`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return games;
};
