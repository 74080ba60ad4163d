// Where the page's par tables come from: the bundled scenarios' tables (scenarios/<id>.par.json, a few hundred
// bytes each, read at build time) and, for any other scenario, a Web Worker that computes one (par-worker.ts).
import type { ParTable } from './share/par';
import type { Scenario } from './sim/scenario/types';
import type { ParSource } from './store/par';
import type { ParMessage } from './par-worker';

const files = import.meta.glob<ParTable>('../scenarios/*.par.json', { import: 'default', eager: true });

const computeInWorker = (scenario: Scenario): Promise<ParTable> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./par-worker.ts', import.meta.url), { type: 'module', name: 'par' });
    worker.addEventListener('message', (event: MessageEvent<ParMessage>) => {
      worker.terminate();
      if (event.data.type === 'done') resolve(event.data.table);
      else reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the par worker stopped'));
    });
    worker.postMessage(scenario);
  });

export const PAR_SOURCE: ParSource = { bundled: Object.values(files), compute: computeInWorker };
