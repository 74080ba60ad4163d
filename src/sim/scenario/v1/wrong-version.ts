/**
 * A key of the other format: a format 2 file that still says `bmaWeight` or `sides.bma`, or a format 1 file
 * that already says `unionWeight` or has a `vocabulary`. Each gets a message at the key that names the key
 * this file's format uses, so the author can rename it (or migrate the whole file) instead of puzzling over
 * "unknown field".
 */
import { formatPath, type PathPart } from '../figures';
import { respelledKeyAt } from '../old-spellings/respell';
import { error, type Problem } from '../problem';
import { MOVED_SECTION, MOVED_SIDE_FIELDS, RENAMED_KEYS, SIDE_KEYS, V2_ONLY_SECTIONS } from './keys';

type Data = Record<string, unknown>;

const isRecord = (x: unknown): x is Data => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Every concrete path (with its mapping) that `pattern` matches in `node`. */
const mappingsAt = (node: unknown, pattern: readonly string[], path: PathPart[] = []): { path: PathPart[]; map: Data }[] => {
  if (pattern.length === 0) return isRecord(node) ? [{ path, map: node }] : [];
  const [head, ...rest] = pattern;
  if (head === '*') return Array.isArray(node) ? node.flatMap((item, i) => mappingsAt(item, rest, [...path, i])) : [];
  return isRecord(node) && head !== undefined && Object.hasOwn(node, head) ? mappingsAt(node[head], rest, [...path, head]) : [];
};

const MIGRATE = 'npm run scenario:migrate -- <file> rewrites a whole format 1 file';

const inV2File = (raw: unknown): Problem[] => {
  const out: Problem[] = [];
  for (const key of RENAMED_KEYS) {
    for (const { path, map } of mappingsAt(raw, key.parent)) {
      if (!Object.hasOwn(map, key.v1)) continue;
      // Format 2 as spelled today (`employerCostMPerYear`, first spelled `employerCostGBPmPerYear`).
      const v2 = respelledKeyAt(key.v2, path)?.now ?? key.v2;
      out.push(error('schema', formatPath([...path, key.v1]), `"${key.v1}" is a format 1 key; this file says formatVersion: 2, which calls it "${v2}"`, `rename it to ${v2} (${MIGRATE})`));
    }
  }
  if (isRecord(raw) && Object.hasOwn(raw, MOVED_SECTION.v1)) {
    const { v1, v2, kind } = MOVED_SECTION;
    out.push(error('schema', v1, `"${v1}" is a format 1 section; format 2 calls it "${v2}" and says which harm model it is`, `rename it to ${v2} and add kind: ${kind} as its first field (${MIGRATE})`));
  }
  for (const side of SIDE_KEYS) {
    for (const { path, map } of mappingsAt(raw, ['sides', side.v2])) {
      for (const field of MOVED_SIDE_FIELDS) {
        if (!Object.hasOwn(map, field)) continue;
        const to = `vocabulary.${side.v2}.${field}`;
        out.push(error('schema', formatPath([...path, field]), `"${field}" sat under the side in format 1; format 2 keeps a side's names in ${to}`, `move it to ${to}`));
      }
    }
  }
  return out;
};

const inV1File = (raw: unknown): Problem[] => {
  const out: Problem[] = [];
  for (const key of RENAMED_KEYS) {
    for (const { path, map } of mappingsAt(raw, key.parent)) {
      if (!Object.hasOwn(map, key.v2)) continue;
      out.push(error('schema', formatPath([...path, key.v2]), `"${key.v2}" is a format 2 key; this file says formatVersion: 1, which calls it "${key.v1}"`, `write formatVersion: 2 if the file is in format 2 (it then needs a vocabulary), or rename it to ${key.v1}`));
    }
  }
  for (const section of V2_ONLY_SECTIONS) {
    if (isRecord(raw) && Object.hasOwn(raw, section)) {
      out.push(error('schema', section, `${section} is a format 2 section; this file says formatVersion: 1, which has none`, `write formatVersion: 2 and use format 2's keys (${MIGRATE}), or remove ${section}`));
    }
  }
  return out;
};

/** Keys of the other format in a file that says it is in format `version` (1 or 2). */
export const wrongVersionKeys = (raw: unknown, version: 1 | 2): Problem[] => (version === 2 ? inV2File(raw) : inV1File(raw));
