/**
 * A balance worker thread: receives the scenario once, then plays the ranges of games it is sent and posts
 * back their summaries. Bundled to plain JavaScript by balance-pool.ts, since Node does not run TypeScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { playRange } from '../authoring/balance';
import type { Scenario } from '../sim/scenario/types';

export interface WorkerSetup {
  readonly scenario: Scenario;
  readonly seedPrefix: string;
}

export interface WorkerTask {
  readonly from: number;
  readonly to: number;
}

const { scenario, seedPrefix } = workerData as WorkerSetup;
parentPort?.on('message', (task: WorkerTask) => {
  parentPort?.postMessage({ from: task.from, games: playRange(scenario, task.from, task.to, seedPrefix) });
});
