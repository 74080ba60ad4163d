/**
 * The provenance of every figure, keyed by its dotted path: what the figure says itself, filled in from the
 * `defaultProvenance` entry with the longest path above it.
 */
import { figureSlots, formatPath, parsePath, type PathPart } from '../figures';
import type { ScenarioFile } from '../schema';
import type { Provenance } from '../types';
import type { Resolver } from './context';

const provenanceOf = (p: { source?: string | undefined; note?: string | undefined; tag?: string | undefined }): Provenance => {
  const out: { source?: string; note?: string; tag?: Provenance['tag'] } = {};
  if (typeof p.source === 'string') out.source = p.source;
  if (typeof p.note === 'string') out.note = p.note;
  if (typeof p.tag === 'string') out.tag = p.tag as Provenance['tag'];
  return out;
};

/** Whether the data has a value at `path`. */
const existsIn = (data: unknown, path: readonly PathPart[]): boolean => {
  let node: unknown = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string | number, unknown>)[part];
  }
  return true;
};

export const collectProvenance = (file: ScenarioFile, r: Resolver): Record<string, Provenance> => {
  const defaults = (file.defaultProvenance ?? []).map((d, i) => {
    const path: PathPart[] = ['defaultProvenance', i];
    const under = parsePath(d.under);
    if (!existsIn(file, under)) {
      r.fail([...path, 'under'], `"${d.under}" is not a field of this file`, 'write a field path such as statements, opinion.groups or scoring.employer ("" for the whole file)');
    }
    if (d.source === undefined && d.tag === undefined) r.fail(path, 'a default provenance needs a source or a tag', 'add source: <id> or tag: assumption');
    return { under, provenance: provenanceOf(d) };
  });
  const out: Record<string, Provenance> = {};
  for (const slot of figureSlots(file)) {
    const fallback = defaults
      .filter((d) => d.under.length <= slot.path.length && d.under.every((part, j) => part === slot.path[j]))
      .reduce<{ under: PathPart[]; provenance: Provenance } | null>((best, d) => (best === null || d.under.length >= best.under.length ? d : best), null);
    const own = slot.provenance ? provenanceOf(slot.provenance) : null;
    if (own?.source !== undefined) r.checkSource(own.source, slot.path);
    if (own || fallback) out[formatPath(slot.path)] = { ...fallback?.provenance, ...own };
  }
  return out;
};
