// Par for a scenario of the player's own, in a Web Worker so the game stays responsive while the AI plays its
// few hundred par games (src/share/par.ts). Gets the scenario (checked and normalised: plain data), answers
// with its par table.
import { computePar, type ParTable } from './share/par';
import type { Scenario } from './sim/scenario/types';

export type ParMessage = { readonly type: 'done'; readonly table: ParTable } | { readonly type: 'failed'; readonly message: string };

const post = (message: ParMessage): void => (self as unknown as { postMessage(m: ParMessage): void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<Scenario>) => {
  try {
    post({ type: 'done', table: computePar(event.data) });
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
});
