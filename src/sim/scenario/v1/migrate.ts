/**
 * Format 1 → format 2, on plain data: the keys that name the BMA and the Government become `union` and
 * `employer`, the sides' names move into a new `vocabulary` with format 1's words, and `formatVersion` becomes
 * 2, the `nhs` section becomes `harm` with `kind: backlog`, and field paths in `defaultProvenance` follow the renamed keys. Pure; everything else is copied as it is, in the same order, so the migrated file plays the same game.
 */
import type { PathPart } from '../figures';
import { FORMAT_1_WORDS, matchesParent, migrateUnderPath, MOVED_SECTION, MOVED_SIDE_FIELDS, RENAMED_KEYS, SIDE_KEYS } from './keys';

type Data = Record<string, unknown>;

const isRecord = (x: unknown): x is Data => x !== null && typeof x === 'object' && !Array.isArray(x);

/** A copy of `node` with format 1's keys renamed wherever they sit. */
const renameKeys = (node: unknown, path: readonly PathPart[]): unknown => {
  if (Array.isArray(node)) return node.map((item, i) => renameKeys(item, [...path, i]));
  if (!isRecord(node)) return node;
  const out: Data = {};
  for (const [key, value] of Object.entries(node)) {
    const renamed = RENAMED_KEYS.find((k) => k.v1 === key && matchesParent(k.parent, path));
    const name = renamed ? renamed.v2 : key;
    out[name] = renameKeys(value, [...path, name]);
  }
  return out;
};

/** One side's names as format 2's vocabulary writes them. */
const sideNames = (side: unknown): Data => ({
  ...Object.fromEntries(MOVED_SIDE_FIELDS.flatMap((f) => (isRecord(side) && f in side ? [[f, side[f]]] : []))),
  takesThe: FORMAT_1_WORDS.takesThe,
});

/** The side without the names that moved to the vocabulary. */
const withoutNames = (side: unknown): unknown =>
  isRecord(side) ? Object.fromEntries(Object.entries(side).filter(([key]) => !MOVED_SIDE_FIELDS.some((f) => f === key))) : side;

/** The vocabulary a format 1 file implies: its sides' names, and the words format 1 put on screen. */
const vocabularyOf = (sides: unknown): Data => {
  const s = isRecord(sides) ? sides : {};
  const { takesThe: _takesThe, ...words } = FORMAT_1_WORDS;
  return { ...Object.fromEntries(SIDE_KEYS.map(({ v2 }) => [v2, sideNames(s[v2])])), ...(JSON.parse(JSON.stringify(words)) as Data) };
};

/** The format 2 document a format 1 document becomes. Anything that is not a mapping is returned unchanged. */
export const migrateV1 = (raw: unknown): unknown => {
  if (!isRecord(raw)) return raw;
  const renamed = renameKeys(raw, []) as Data;
  const out: Data = {};
  for (const [key, value] of Object.entries(renamed)) {
    if (key === 'formatVersion') out[key] = 2;
    else if (key === 'defaultProvenance' && Array.isArray(value)) {
      out[key] = value.map((d: unknown) => (isRecord(d) && typeof d.under === 'string' ? { ...d, under: migrateUnderPath(d.under) } : d));
    }
    else if (key === MOVED_SECTION.v1) out[MOVED_SECTION.v2] = isRecord(value) ? { kind: MOVED_SECTION.kind, ...value } : value;
    else if (key === 'sides') {
      out.vocabulary = vocabularyOf(value);
      out.sides = isRecord(value) ? Object.fromEntries(Object.entries(value).map(([side, info]) => [side, withoutNames(info)])) : value;
    } else out[key] = value;
  }
  return out;
};
