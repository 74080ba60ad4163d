// Par in the store: each scenario's par table, keyed by the scenario's content hash. A bundled scenario's table
// comes with the game (scenarios/<id>.par.json, computed at build time); a scenario of the player's own (or a
// bundled one whose content differs, as in test builds that cut the horizon) has its table computed when its
// game starts, by `ParSource.compute` (a Web Worker in the browser). Par is never saved: it can be recomputed.
import type { ParTable } from '../share/par';
import type { Scenario } from '../sim/index';

export type ParStatus =
  | { readonly kind: 'computing' }
  | { readonly kind: 'ready'; readonly table: ParTable }
  | { readonly kind: 'failed'; readonly message: string };

/** Where par tables come from: those bundled with the game, and a way to compute one for any other scenario. */
export interface ParSource {
  readonly bundled: readonly ParTable[];
  compute(scenario: Scenario): Promise<ParTable>;
}

/** The bundled tables as the store's opening map: ready, by scenario hash. */
export const bundledPars = (source: ParSource | undefined): Readonly<Record<string, ParStatus>> =>
  Object.fromEntries((source?.bundled ?? []).map((table) => [table.scenarioHash, { kind: 'ready', table } as const]));
