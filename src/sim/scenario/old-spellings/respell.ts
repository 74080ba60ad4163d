/**
 * A format 2 document in today's spelling: each old key (keys.ts) renamed where it sits, each old figure name
 * replaced, and field paths in `defaultProvenance` rewritten to match. The old spellings found come back as
 * warnings at the file's own paths; a field written in both spellings in one mapping is an error there.
 * Pure; everything else is copied as it is, in the same order.
 */
import { formatPath, parsePath, type PathPart } from '../figures';
import { error, warning, type Problem } from '../problem';
import { matchesParent } from '../v1/keys';
import { RESPELLED_KEYS, RESPELLED_VALUES } from './keys';

type Data = Record<string, unknown>;

const isRecord = (x: unknown): x is Data => x !== null && typeof x === 'object' && !Array.isArray(x);

const MIGRATE = 'npm run scenario:migrate -- <file> --in-place rewrites every old spelling';

export interface Respelled {
  /** The document in today's spelling. */
  readonly doc: unknown;
  /** A field written in both spellings in one mapping: errors, at the old key. */
  readonly clashes: readonly Problem[];
  /** Each old spelling used: warnings, at the file's path. */
  readonly oldSpellings: readonly Problem[];
}

/** The entry respelling `key` where it sits under `path`, if any. */
export const respelledKeyAt = (key: string, path: readonly PathPart[]) => RESPELLED_KEYS.find((k) => k.old === key && matchesParent(k.parent, path));

/** The entry respelling the value of `key` under `path`, if that value is an old name. */
export const respelledValueAt = (key: string, value: unknown, path: readonly PathPart[]) =>
  RESPELLED_VALUES.find((v) => v.key === key && v.old === value && matchesParent(v.parent, path));

/** A `defaultProvenance[].under` path (`scoring.employer.waitingList`) in today's spelling. */
export const respellUnderPath = (under: string): string => {
  const path: PathPart[] = [];
  return under
    .split('.')
    .map((token) => {
      const [, key = token, brackets = ''] = /^([^[]*)(\[.*)?$/.exec(token) ?? [];
      const name = respelledKeyAt(key, path)?.now ?? key;
      path.push(name);
      // Each [] or [n] stands for a list item, which a parent pattern writes as `*`.
      for (let i = 0; i < (brackets.match(/\[/g) ?? []).length; i += 1) path.push(0);
      return `${name}${brackets}`;
    })
    .join('.');
};

/** Every concrete path (with its mapping) that `pattern` matches in `node`: only along the pattern, so cycles and depth elsewhere cost nothing. */
const mappingsAt = (node: unknown, pattern: readonly string[], path: PathPart[] = []): { path: PathPart[]; map: Data }[] => {
  if (pattern.length === 0) return isRecord(node) ? [{ path, map: node }] : [];
  const [head, ...rest] = pattern;
  if (head === '*') return Array.isArray(node) ? node.flatMap((item, i) => mappingsAt(item, rest, [...path, i])) : [];
  return isRecord(node) && head !== undefined && Object.hasOwn(node, head) ? mappingsAt(node[head], rest, [...path, head]) : [];
};

/** Copies made on write: each node on the way to a change is copied once, the rest is shared with the input. */
const copier = (root: unknown) => {
  const copies = new Map<unknown, Data | unknown[]>();
  const copyOf = (node: unknown): Data | unknown[] => {
    let copy = copies.get(node);
    if (!copy) {
      copy = Array.isArray(node) ? [...(node as unknown[])] : { ...(node as Data) };
      copies.set(node, copy);
    }
    return copy;
  };
  const top = { root };
  /** The copy of the mapping at `path`, with copies all the way down from the root. */
  const at = (path: readonly PathPart[]): Data => {
    let original: unknown = root;
    let copy = copyOf(root) as Record<PathPart, unknown>;
    top.root = copy;
    for (const part of path) {
      original = (original as Record<PathPart, unknown>)[part];
      const child = copyOf(original) as Record<PathPart, unknown>;
      copy[part] = child;
      copy = child;
    }
    return copy as Data;
  };
  return { at, result: () => top.root };
};

/** `map` with `from` renamed `to`, in the same place among its keys. */
const renamed = (map: Data, from: string, to: string): Data => Object.fromEntries(Object.entries(map).map(([key, value]) => [key === from ? to : key, value]));

export const respell = (raw: unknown): Respelled => {
  const clashes: Problem[] = [];
  const oldSpellings: Problem[] = [];
  const out = copier(raw);
  for (const entry of RESPELLED_KEYS) {
    for (const { path, map } of mappingsAt(raw, entry.parent)) {
      if (!Object.hasOwn(map, entry.old)) continue;
      const at = formatPath([...path, entry.old]);
      if (Object.hasOwn(map, entry.now)) {
        clashes.push(error('schema', at, `"${entry.old}" and "${entry.now}" are the same field, in its old spelling and its new one; this mapping gives both`, `keep ${entry.now} and remove ${entry.old}`));
        continue;
      }
      oldSpellings.push(warning('old-spelling', at, `"${entry.old}" is the old spelling of "${entry.now}"`, `rename it to ${entry.now} (${MIGRATE})`));
      const copy = out.at(path);
      const next = renamed(copy, entry.old, entry.now);
      // Rewritten in place, keeping its key order; defined, not assigned, so a key such as __proto__ stays data.
      for (const key of Object.keys(copy)) delete copy[key];
      for (const [key, value] of Object.entries(next)) Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  for (const entry of RESPELLED_VALUES) {
    for (const { path, map } of mappingsAt(raw, entry.parent)) {
      if (map[entry.key] !== entry.old) continue;
      oldSpellings.push(warning('old-spelling', formatPath([...path, entry.key]), `the figure "${entry.old}" is now called "${entry.now}"`, `write ${entry.key}: ${entry.now} (${MIGRATE})`));
      out.at(path)[entry.key] = entry.now;
    }
  }
  for (const { path, map } of mappingsAt(raw, ['defaultProvenance', '*'])) {
    if (typeof map.under !== 'string') continue;
    const under = respellUnderPath(map.under);
    if (under === map.under) continue;
    oldSpellings.push(warning('old-spelling', formatPath([...path, 'under']), `"${map.under}" uses an old spelling; today it is "${under}"`, `write under: ${under} (${MIGRATE})`));
    out.at(path).under = under;
  }
  return { doc: out.result(), clashes, oldSpellings };
};

/** A path in today's spelling as `raw` (a format 2 document) writes it, so a problem points at the file's own key. */
export const fileSpelling = (raw: unknown, path: string): string => {
  const parts = parsePath(path);
  const out: PathPart[] = [];
  let node = raw;
  for (const part of parts) {
    let name = part;
    if (typeof part === 'string' && isRecord(node) && !Object.hasOwn(node, part)) {
      const old = RESPELLED_KEYS.find((k) => k.now === part && matchesParent(k.parent, out) && Object.hasOwn(node as Data, k.old));
      if (old) name = old.old;
    }
    out.push(name);
    node = isRecord(node) || Array.isArray(node) ? (node as Record<PathPart, unknown>)[name] : undefined;
  }
  return formatPath(out);
};
