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

export const respell = (raw: unknown): Respelled => {
  const clashes: Problem[] = [];
  const oldSpellings: Problem[] = [];
  const walk = (node: unknown, path: readonly PathPart[]): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, i]));
    if (!isRecord(node)) return node;
    const out: Data = {};
    for (const [key, value] of Object.entries(node)) {
      const renamed = respelledKeyAt(key, path);
      const at = formatPath([...path, key]);
      if (renamed && Object.hasOwn(node, renamed.now)) {
        clashes.push(error('schema', at, `"${key}" and "${renamed.now}" are the same field, in its old spelling and its new one; this mapping gives both`, `keep ${renamed.now} and remove ${key}`));
        continue;
      }
      if (renamed) oldSpellings.push(warning('old-spelling', at, `"${key}" is the old spelling of "${renamed.now}"`, `rename it to ${renamed.now} (${MIGRATE})`));
      const name = renamed?.now ?? key;
      const value2 = respelledValueAt(key, value, path);
      if (value2) oldSpellings.push(warning('old-spelling', at, `the figure "${value2.old}" is now called "${value2.now}"`, `write ${key}: ${value2.now} (${MIGRATE})`));
      out[name] = value2 ? value2.now : walk(value, [...path, name]);
    }
    if (path.length === 2 && path[0] === 'defaultProvenance' && typeof out.under === 'string') {
      const under = respellUnderPath(out.under);
      if (under !== out.under) {
        oldSpellings.push(warning('old-spelling', formatPath([...path, 'under']), `"${out.under}" uses an old spelling; today it is "${under}"`, `write under: ${under} (${MIGRATE})`));
        out.under = under;
      }
    }
    return out;
  };
  return { doc: walk(raw, []), clashes, oldSpellings };
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
