/**
 * Walks the scenario schema alongside a file's data. Tools need to know which numbers are "figures" (the
 * fields that may carry a source or tag), which fields an object allows (to suggest a spelling), and every
 * field path the format has (to check the authoring guide covers them).
 */
import { z } from 'zod';
import { isFigureSchema, scenarioFileSchema } from './schema';

export type PathPart = string | number;

export interface FigureProvenance {
  readonly source?: string;
  readonly tag?: string;
  readonly note?: string;
}

/** A figure in a file: where it is, its value, and the provenance written beside it (null for a bare number). */
export interface FigureSlot {
  readonly path: readonly PathPart[];
  readonly value: number;
  readonly provenance: FigureProvenance | null;
}

/** Strips `.optional()` and `.nullable()` wrappers. */
const unwrap = (schema: z.ZodType): z.ZodType => {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
};

const isRecord = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

const walkFigures = (schema: z.ZodType, data: unknown, path: PathPart[], out: FigureSlot[]): void => {
  const s = unwrap(schema);
  if (isFigureSchema(s)) {
    if (typeof data === 'number') out.push({ path, value: data, provenance: null });
    else if (isRecord(data) && typeof data.value === 'number') {
      const { value, ...provenance } = data;
      out.push({ path, value, provenance: provenance as FigureProvenance });
    }
    return;
  }
  if (s instanceof z.ZodObject) {
    if (!isRecord(data)) return;
    const shape = s.shape as Record<string, z.ZodType>;
    for (const key of Object.keys(shape)) if (Object.hasOwn(data, key)) walkFigures(shape[key]!, data[key], [...path, key], out);
    return;
  }
  if (s instanceof z.ZodArray) {
    if (Array.isArray(data)) data.forEach((item, i) => walkFigures(s.element as z.ZodType, item, [...path, i], out));
    return;
  }
  if (s instanceof z.ZodTuple) {
    const items = s._zod.def.items as z.ZodType[];
    if (Array.isArray(data)) items.forEach((item, i) => walkFigures(item, data[i], [...path, i], out));
    return;
  }
  if (s instanceof z.ZodUnion) {
    const match = (s.options as z.ZodType[]).find((option) => option.safeParse(data).success);
    if (match) walkFigures(match, data, path, out);
  }
};

/** Every figure in schema-valid scenario data, in file order. */
export const figureSlots = (data: unknown): FigureSlot[] => {
  const out: FigureSlot[] = [];
  walkFigures(scenarioFileSchema, data, [], out);
  return out;
};

/** The schemas a path can lead to (several where a union offers several shapes). */
const schemasAt = (schema: z.ZodType, path: readonly PathPart[]): z.ZodType[] => {
  const s = unwrap(schema);
  if (path.length === 0) return [s];
  const [head, ...rest] = path;
  if (s instanceof z.ZodUnion) return (s.options as z.ZodType[]).flatMap((option) => schemasAt(option, path));
  if (s instanceof z.ZodObject && typeof head === 'string') {
    const next = (s.shape as Record<string, z.ZodType>)[head];
    return next ? schemasAt(next, rest) : [];
  }
  if (s instanceof z.ZodArray && typeof head === 'number') return schemasAt(s.element as z.ZodType, rest);
  if (s instanceof z.ZodTuple && typeof head === 'number') {
    const item = (s._zod.def.items as z.ZodType[])[head];
    return item ? schemasAt(item, rest) : [];
  }
  if (s instanceof z.ZodRecord) return schemasAt(s._zod.def.valueType as z.ZodType, rest);
  return [];
};

/** The field names the format allows in the object at `path` (empty when it is not an object); `root` is format 2's schema unless given. */
export const fieldsAt = (path: readonly PathPart[], root: z.ZodType = scenarioFileSchema): string[] => {
  const keys = new Set<string>();
  for (const s of schemasAt(root, path)) {
    if (s instanceof z.ZodObject) for (const key of Object.keys(s.shape)) keys.add(key);
  }
  return [...keys];
};

/** What the field at `path` is, from the schema's description, when it has one. */
export const descriptionAt = (path: readonly PathPart[], root: z.ZodType = scenarioFileSchema): string | undefined => {
  let s: z.ZodType | undefined = root;
  for (let i = 0; i < path.length && s; i += 1) {
    const found: z.ZodType[] = schemasAt(s, [path[i]!]);
    s = found[0];
  }
  return s?.description;
};

/** Every field path of the format, lists written `[]`: `issues[].grid.min`, `harm.waitingList`, … */
export const schemaFieldPaths = (): string[] => {
  const out = new Set<string>();
  const walk = (schema: z.ZodType, path: string): void => {
    const s = unwrap(schema);
    if (path) out.add(path);
    if (isFigureSchema(s)) return;
    if (s instanceof z.ZodObject) {
      for (const [key, child] of Object.entries(s.shape as Record<string, z.ZodType>)) walk(child, path ? `${path}.${key}` : key);
    } else if (s instanceof z.ZodArray) walk(s.element as z.ZodType, `${path}[]`);
    else if (s instanceof z.ZodUnion) for (const option of s.options as z.ZodType[]) walk(option, path);
  };
  walk(scenarioFileSchema, '');
  return [...out];
};

/** Writes a path as messages show it: `issues[2].grid.max`. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');

/** Parses `issues[2].grid.max` into its parts. */
export const parsePath = (path: string): PathPart[] =>
  path === '' ? [] : path.split(/\.|\[|\]/).filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
