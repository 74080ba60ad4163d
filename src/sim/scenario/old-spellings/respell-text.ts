/**
 * Format 2's old spellings rewritten in a YAML file's own text, for `npm run scenario:migrate`: each old key,
 * old figure name and `defaultProvenance` path is replaced where it stands, and every other byte (comments,
 * layout, quoting) stays as the author wrote it.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { PathPart } from '../figures';
import { applyEdits, keyOf, rangeOf, type NodeRange as Range, type TextEdit as Edit } from '../yaml-edits';
import { respelledKeyAt, respelledValueAt, respellUnderPath } from './respell';

/** A scalar's text with `from` replaced by `to` (its quotes, if any, kept). */
const replaced = (text: string, range: Range, from: string, to: string): Edit => ({ start: range[0], end: range[1], text: text.slice(range[0], range[1]).replace(from, to) });

const edits = (node: unknown, path: readonly PathPart[], text: string, out: Edit[]): void => {
  if (isSeq(node)) node.items.forEach((item, i) => edits(item, [...path, i], text, out));
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = keyOf(pair);
    if (typeof key !== 'string') continue;
    const renamed = respelledKeyAt(key, path);
    const keyRange = rangeOf(pair.key);
    if (renamed && keyRange) out.push(replaced(text, keyRange, renamed.old, renamed.now));
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    const valueRange = rangeOf(pair.value);
    const figure = respelledValueAt(key, value, path);
    if (figure && valueRange) out.push(replaced(text, valueRange, figure.old, figure.now));
    if (key === 'under' && path[0] === 'defaultProvenance' && typeof value === 'string' && valueRange && respellUnderPath(value) !== value) {
      out.push(replaced(text, valueRange, value, respellUnderPath(value)));
    }
    edits(pair.value, [...path, renamed?.now ?? key], text, out);
  }
};

/** The text with format 2's old spellings replaced, or null when it is not readable YAML. */
export const respellText = (text: string): string | null => {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return null;
  const found: Edit[] = [];
  edits(doc.contents, [], text, found);
  return applyEdits(text, found);
};
