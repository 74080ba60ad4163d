/**
 * Format 1 → format 2 as edits to the file's own text, located through the parsed YAML document: renamed keys
 * are rewritten where they stand (and in `defaultProvenance` paths), `formatVersion` changes, each side's name lines move into a new
 * `vocabulary` block, and every other byte (comments, blank lines, line breaks in long text, flow style)
 * stays as the author wrote it. For layouts it does not handle (a side written as a flow mapping) it returns
 * null, and the caller falls back to rewriting the whole document (migrate-document.ts).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Pair } from 'yaml';
import type { PathPart } from '../figures';
import { applyEdits, keyOf, rangeOf, type TextEdit as Edit } from '../yaml-edits';
import { FORMAT_1_WORDS, matchesParent, migrateUnderPath, MOVED_SECTION, MOVED_SIDE_FIELDS, RENAMED_KEYS, SIDE_KEYS } from './keys';


/** Edits renaming format 1's keys wherever they sit. */
const keyEdits = (node: unknown, path: readonly PathPart[], text: string, out: Edit[]): void => {
  if (isSeq(node)) node.items.forEach((item, i) => keyEdits(item, [...path, i], text, out));
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = keyOf(pair);
    if (typeof key !== 'string') continue;
    const renamed = RENAMED_KEYS.find((k) => k.v1 === key && matchesParent(k.parent, path));
    const range = rangeOf(pair.key);
    if (renamed && range) out.push({ start: range[0], end: range[1], text: text.slice(range[0], range[1]).replace(renamed.v1, renamed.v2) });
    keyEdits(pair.value, [...path, renamed ? renamed.v2 : key], text, out);
  }
};

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
const nextLineStart = (text: string, at: number): number => {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
};

/** The moved fields' lines of a block-mapped side, each cut whole (with any comment on its line). */
const cutBlockNames = (items: readonly Pair[], text: string, edits: Edit[]): { lines: string[]; indent: string | null } => {
  const lines: string[] = [];
  let indent: string | null = null;
  for (const field of MOVED_SIDE_FIELDS) {
    const pair = items.find((p) => keyOf(p) === field);
    const keyRange = rangeOf(pair?.key);
    const valueRange = rangeOf(pair?.value);
    if (!keyRange || !valueRange) continue;
    const start = lineStart(text, keyRange[0]);
    const end = nextLineStart(text, valueRange[1] - 1);
    indent = ' '.repeat(keyRange[0] - start);
    lines.push(text.slice(start, end).replace(/\n$/, ''));
    edits.push({ start, end, text: '' });
  }
  return { lines, indent };
};

/** The moved fields of a flow-mapped side (`{ name: …, shortName: …, brief: … }`), each cut with its comma. */
const cutFlowNames = (items: readonly Pair[], text: string, edits: Edit[]): { lines: string[]; indent: null } | null => {
  const lines: string[] = [];
  for (const field of MOVED_SIDE_FIELDS) {
    const index = items.findIndex((p) => keyOf(p) === field);
    const keyRange = rangeOf(items[index]?.key);
    const valueRange = rangeOf(items[index]?.value);
    if (index < 0 || !keyRange || !valueRange) continue;
    lines.push(text.slice(keyRange[0], valueRange[1]));
    const nextKey = rangeOf(items[index + 1]?.key);
    const previousValue = rangeOf(items[index - 1]?.value);
    // Up to the next field (taking the comma after it), or for the last field from the end of the one before.
    if (nextKey) edits.push({ start: keyRange[0], end: nextKey[0], text: '' });
    else if (previousValue) edits.push({ start: previousValue[1], end: valueRange[1], text: '' });
    else return null;
  }
  return { lines, indent: null };
};

/** `nhs:` becomes `harm:` with `kind: backlog` as its first line (null for a flow-mapped section). */
const sectionEdits = (items: readonly Pair[], text: string): Edit[] | null => {
  const pair = items.find((p) => keyOf(p) === MOVED_SECTION.v1);
  if (!pair) return [];
  const keyRange = rangeOf(pair.key);
  const first = isMap(pair.value) ? pair.value.items[0] : undefined;
  const firstRange = rangeOf(first?.key);
  if (!keyRange || !isMap(pair.value) || pair.value.flow || !firstRange) return null;
  const at = lineStart(text, firstRange[0]);
  const indent = ' '.repeat(firstRange[0] - at);
  return [
    { start: keyRange[0], end: keyRange[1], text: MOVED_SECTION.v2 },
    { start: at, end: at, text: `${indent}kind: ${MOVED_SECTION.kind}\n` },
  ];
};

/** The format 2 text of a format 1 YAML file, or null when this layout needs the whole-document rewrite. */
export const migrateTextV1 = (text: string): string | null => {
  const doc = parseDocument(text, { lineCounter: new LineCounter() });
  const root = doc.contents;
  if (doc.errors.length > 0 || !isMap(root)) return null;
  const version: unknown = root.get('formatVersion', true);
  const versionRange = rangeOf(version);
  const sidesPair = root.items.find((p) => keyOf(p) === 'sides');
  const sidesKeyRange = rangeOf(sidesPair?.key);
  if (!isScalar(version) || version.value !== 1 || !versionRange || !sidesPair || !isMap(sidesPair.value) || !sidesKeyRange) return null;

  const edits: Edit[] = [{ start: versionRange[0], end: versionRange[1], text: '2' }];
  keyEdits(root, [], text, edits);
  const provenance = root.get('defaultProvenance', true);
  if (isSeq(provenance)) {
    for (const item of provenance.items) {
      const under: unknown = isMap(item) ? item.get('under', true) : undefined;
      const range = rangeOf(under);
      if (!isScalar(under) || typeof under.value !== 'string' || !range) continue;
      const to = migrateUnderPath(under.value);
      if (to !== under.value) edits.push({ start: range[0], end: range[1], text: text.slice(range[0], range[1]).replace(under.value, to) });
    }
  }

  // Each side's names, cut from the side and pasted into the vocabulary, in the layout the side was written in.
  const section = sectionEdits(root.items, text);
  if (section === null) return null;
  edits.push(...section);

  const vocabulary: string[] = ['vocabulary:'];
  for (const { v1, v2 } of SIDE_KEYS) {
    const sidePair = sidesPair.value.items.find((p) => keyOf(p) === v1);
    const side = sidePair?.value;
    const sideKeyRange = rangeOf(sidePair?.key);
    if (!isMap(side) || !sideKeyRange) return null;
    const indent = ' '.repeat(sideKeyRange[0] - lineStart(text, sideKeyRange[0]));
    const moved = side.flow ? cutFlowNames(side.items, text, edits) : cutBlockNames(side.items, text, edits);
    if (moved === null) return null;
    const takesThe = `takesThe: ${FORMAT_1_WORDS.takesThe}`;
    if (side.flow) vocabulary.push(`${indent}${v2}: { ${[...moved.lines, takesThe].join(', ')} }`);
    else vocabulary.push(`${indent}${v2}:`, ...moved.lines, `${moved.indent ?? `${indent}  `}${takesThe}`);
  }
  const { workers, service, harm, blame, currency } = FORMAT_1_WORDS;
  const pad = vocabulary[1]!.replace(/\S.*$/, '');
  vocabulary.push(
    `${pad}workers: { singular: ${workers.singular}, plural: ${workers.plural} }`,
    `${pad}service: { name: ${service.name}, takesThe: ${service.takesThe} }`,
    `${pad}harm:`,
    `${pad}${pad}name: ${harm.name}`,
    `${pad}${pad}takesThe: ${harm.takesThe}`,
    `${pad}${pad}unit: { singular: ${harm.unit.singular}, plural: ${harm.unit.plural} }`,
    `${pad}${pad}lost: { singular: ${harm.lost.singular}, plural: ${harm.lost.plural} }`,
    `${pad}${pad}unitMeaning: ${JSON.stringify(harm.unitMeaning)}`,
    `${pad}blame: { union: ${blame.union}, employer: ${blame.employer} }`,
    `${pad}currency: { code: ${currency.code}, symbol: "${currency.symbol}" }`,
  );

  // The vocabulary goes before `sides:` and any comment lines directly above it, which belong to `sides`.
  let insertAt = lineStart(text, sidesKeyRange[0]);
  while (insertAt > 0) {
    const previous = lineStart(text, insertAt - 1);
    if (!/^\s*#/.test(text.slice(previous, insertAt))) break;
    insertAt = previous;
  }
  const note = "# The words the game shows for this dispute. scenario:migrate wrote format 1's words: make them this dispute's own.";
  edits.push({ start: insertAt, end: insertAt, text: `${note}\n${vocabulary.join('\n')}\n\n` });

  return applyEdits(text, edits);
};
