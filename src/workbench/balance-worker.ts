// The Workbench's quick balance, in a web worker so the page stays responsive: plays AI-against-AI games of the
// scenario it is sent (already checked and normalised: plain data), reports progress, then the balance report.
// The same games, seeds and report as `npm run scenario:balance` with the same --runs (`balanceRun`).
import { balanceRun, type BalanceReport } from '../authoring/balance';
import type { Scenario } from '../sim/scenario/types';

export interface BalanceRequest {
  readonly scenario: Scenario;
  readonly runs: number;
}

export type BalanceMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly report: BalanceReport; readonly ms: number }
  | { readonly type: 'failed'; readonly message: string };

const post = (message: BalanceMessage): void => (self as unknown as { postMessage(m: BalanceMessage): void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<BalanceRequest>) => {
  const { scenario, runs } = event.data;
  const t0 = performance.now();
  let reported = 0;
  try {
    const report = balanceRun(scenario, runs, (done) => {
      const now = performance.now();
      if (now - reported > 60 || done === runs) {
        reported = now;
        post({ type: 'progress', done, total: runs });
      }
    });
    post({ type: 'done', report, ms: performance.now() - t0 });
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
});
