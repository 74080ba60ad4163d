/**
 * Edits to a YAML file's own text, located through its parsed document, so a rewrite (format 1 → 2, old
 * spellings → new) changes only the bytes it means to and keeps comments and layout as the author wrote them.
 */
import { isScalar, type Pair } from 'yaml';

/** Replace text[start, end) with `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The `yaml` library's node range: [start, value end, node end]. */
export type NodeRange = [number, number, number];

export const keyOf = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);
export const rangeOf = (node: unknown): NodeRange | null => ((node as { range?: NodeRange | null } | null)?.range ?? null);

/** The text with every edit applied, the last first so earlier offsets stay true. */
export const applyEdits = (text: string, edits: readonly TextEdit[]): string =>
  [...edits].sort((a, b) => b.start - a.start || b.end - a.end).reduce((out, e) => out.slice(0, e.start) + e.text + out.slice(e.end), text);
