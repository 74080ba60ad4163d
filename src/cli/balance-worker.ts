/**
 * A worker thread for the many-game tools (balance runs and the strategy gauntlet): receives its job once,
 * then plays the ranges of games it is sent and posts back their results. Bundled to plain JavaScript by
 * balance-pool.ts, since Node does not run TypeScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { playRange } from '../authoring/balance';
import { playGauntletRange, type GauntletTask } from '../authoring/gauntlet/gauntlet';
import type { Scenario } from '../sim/scenario/types';

/** What a worker plays: balance games (AI against AI over every pairing) or gauntlet games (a list of tasks). */
export type WorkerSetup =
  | { readonly kind: 'balance'; readonly scenario: Scenario; readonly seedPrefix: string }
  | { readonly kind: 'gauntlet'; readonly scenario: Scenario; readonly tasks: readonly GauntletTask[] };

export interface WorkerTask {
  readonly from: number;
  readonly to: number;
}

/** Plays games [from, to) of a job, in whatever thread calls it. */
export const playJob = (job: WorkerSetup, from: number, to: number): unknown[] =>
  job.kind === 'balance' ? playRange(job.scenario, from, to, job.seedPrefix) : playGauntletRange(job.scenario, job.tasks, from, to);

if (parentPort && workerData) {
  const job = workerData as WorkerSetup;
  parentPort.on('message', (task: WorkerTask) => {
    parentPort?.postMessage({ from: task.from, games: playJob(job, task.from, task.to) });
  });
}
