// The Workbench's quick balance, in a web worker so the page stays responsive: plays AI-against-AI games of the
// scenario it is sent (already checked and normalised: plain data), reports progress, then the balance report.
// The same games, seeds and report as `npm run scenario:balance` (src/authoring/balance.ts).
import { pairingsOf, playSummary, summariseBalance, type BalanceReport, type GameSummary } from '../authoring/balance';
import type { Scenario } from '../sim/scenario/types';

export interface BalanceRequest {
  readonly scenario: Scenario;
  readonly runs: number;
  readonly seedPrefix: string;
}

export type BalanceMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly report: BalanceReport; readonly ms: number }
  | { readonly type: 'failed'; readonly message: string };

const post = (message: BalanceMessage): void => (self as unknown as { postMessage(m: BalanceMessage): void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<BalanceRequest>) => {
  const { scenario, runs, seedPrefix } = event.data;
  const t0 = performance.now();
  try {
    const pairings = pairingsOf(scenario);
    const games: GameSummary[] = [];
    let reported = 0;
    for (let i = 0; i < runs; i += 1) {
      games.push(playSummary(scenario, pairings, i, seedPrefix));
      const now = performance.now();
      if (now - reported > 60 || i === runs - 1) {
        reported = now;
        post({ type: 'progress', done: i + 1, total: runs });
      }
    }
    post({ type: 'done', report: summariseBalance(scenario, games, seedPrefix), ms: performance.now() - t0 });
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
});
