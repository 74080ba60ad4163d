// Starts a quick balance in a web worker and follows it: progress as it goes, the report at the end. One run
// at a time; a new run or `stop()` ends the one before (the worker is terminated, so nothing runs on unseen).
import type { BalanceReport } from '../authoring/balance';
import type { Scenario } from '../sim/scenario/types';
import type { BalanceMessage, BalanceRequest } from './balance-worker';

/** Games in a quick balance; `scenario:balance` with the same --runs plays the same games (a test checks). */
export const QUICK_RUNS = 100;

export interface RunHandlers {
  readonly onProgress: (done: number, total: number) => void;
  readonly onDone: (report: BalanceReport, ms: number) => void;
  readonly onFailed: (message: string) => void;
}

export class BalanceRunner {
  private worker: Worker | null = null;

  get running(): boolean {
    return this.worker !== null;
  }

  start(scenario: Scenario, runs: number, handlers: RunHandlers): void {
    this.stop();
    let worker: Worker;
    try {
      worker = new Worker(new URL('./balance-worker.ts', import.meta.url), { type: 'module', name: 'quick-balance' });
    } catch (e) {
      handlers.onFailed(`the browser would not start a worker (${e instanceof Error ? e.message : String(e)})`);
      return;
    }
    this.worker = worker;
    const finish = () => {
      if (this.worker === worker) this.stop();
    };
    worker.addEventListener('message', (event: MessageEvent<BalanceMessage>) => {
      const m = event.data;
      if (m.type === 'progress') handlers.onProgress(m.done, m.total);
      else if (m.type === 'done') {
        finish();
        handlers.onDone(m.report, m.ms);
      } else {
        finish();
        handlers.onFailed(m.message);
      }
    });
    worker.addEventListener('error', (event) => {
      finish();
      handlers.onFailed(event.message || 'the worker stopped');
    });
    const request: BalanceRequest = { scenario, runs };
    worker.postMessage(request);
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
