/**
 * The names the engine's scenario fields had when the fingerprint was first taken. The fingerprint hashes a
 * scenario under these names, so renaming a field (the harm-neutral and currency-neutral names) changes no
 * fingerprint, no state hash, no saved game, replay code or par table. fmt-codemod.sh leaves this folder alone.
 */
import type { Scenario } from '../types';

type Data = Record<string, unknown>;

/** Each renamed field: where it sits (`*` for any list item), today's name and the name it is hashed under. */
const HASHED_NAMES: readonly { readonly parent: readonly string[]; readonly now: string; readonly hashed: string }[] = [
  { parent: ['members'], now: 'dailyPay', hashed: 'dailyPayGBP' },
  { parent: ['harm'], now: 'catchUpCostPerEpisode', hashed: 'catchUpCostPerEpisodeGBP' },
  { parent: ['harm'], now: 'valuePerUnitLost', hashed: 'valuePerUnitLostGBP' },
  { parent: ['harm'], now: 'marginPerUnit', hashed: 'marginPerUnitGBP' },
  { parent: ['harm'], now: 'inventoryCostPerUnit', hashed: 'inventoryCostPerUnitGBP' },
  { parent: ['harm'], now: 'catchUpCostPerUnit', hashed: 'catchUpCostPerUnitGBP' },
  { parent: ['costs'], now: 'harmPressureAt', hashed: 'waitingListPressureAt' },
  { parent: ['costs'], now: 'lostEpisodeValue', hashed: 'lostEpisodeValueGBP' },
  { parent: ['costs', 'pressureWeights'], now: 'harmBp', hashed: 'waitingListBp' },
  { parent: ['scoring', 'employer'], now: 'harmBp', hashed: 'waitingListBp' },
  { parent: ['scoring', 'employer'], now: 'harmReference', hashed: 'waitingListReference' },
];

/** An event's threshold figure: the harm level was hashed as `waitingList`. */
const HASHED_FIGURE = { now: 'harm', hashed: 'waitingList' } as const;

const isRecord = (x: unknown): x is Data => x !== null && typeof x === 'object' && !Array.isArray(x);

const matches = (parent: readonly string[], path: readonly (string | number)[]): boolean =>
  parent.length === path.length && parent.every((part, i) => (part === '*' ? typeof path[i] === 'number' : part === path[i]));

const rename = (node: unknown, path: readonly (string | number)[]): unknown => {
  if (Array.isArray(node)) return node.map((item, i) => rename(item, [...path, i]));
  if (!isRecord(node)) return node;
  const out: Data = {};
  for (const [key, value] of Object.entries(node)) {
    const name = HASHED_NAMES.find((n) => n.now === key && matches(n.parent, path))?.hashed ?? key;
    const isFigure = key === 'figure' && value === HASHED_FIGURE.now && matches(['events', '*', 'trigger'], path);
    out[name] = isFigure ? HASHED_FIGURE.hashed : rename(value, [...path, name]);
  }
  return out;
};

/** The scenario with its fields under the names its fingerprint is taken with. */
export const withHashedNames = (scenario: Scenario): Data => rename(scenario, []) as Data;
