/**
 * Format 1 → format 2 on a YAML document, for `npm run scenario:migrate`: the same changes as migrate.ts, made
 * in place on the parsed document so that comments, key order, quoting and flow style survive. Moved fields
 * (a side's names) keep their comments too, since whole key–value pairs move.
 */
import { isMap, isScalar, isSeq, Pair, YAMLMap, type Document } from 'yaml';
import type { PathPart } from '../figures';
import { FORMAT_1_WORDS, matchesParent, migrateUnderPath, MOVED_SECTION, MOVED_SIDE_FIELDS, RENAMED_KEYS, SIDE_KEYS } from './keys';

const keyOf = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);

/** Renames format 1's keys wherever they sit, keeping each key's node (and so its comments). */
const renameKeys = (node: unknown, path: readonly PathPart[]): void => {
  if (isSeq(node)) node.items.forEach((item, i) => renameKeys(item, [...path, i]));
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = keyOf(pair);
    if (typeof key !== 'string') continue;
    const renamed = RENAMED_KEYS.find((k) => k.v1 === key && matchesParent(k.parent, path));
    if (renamed && isScalar(pair.key)) pair.key.value = renamed.v2;
    renameKeys(pair.value, [...path, renamed ? renamed.v2 : key]);
  }
};

/** A small mapping written on one line, as the bundled files write small groups. */
const flowMap = (doc: Document, value: Record<string, unknown>): YAMLMap => {
  const node = doc.createNode(value) as YAMLMap;
  node.flow = true;
  return node;
};

/** The vocabulary: each side's names (their pairs moved out of `sides`), then format 1's words. */
const vocabularyNode = (doc: Document, sides: unknown): YAMLMap => {
  const vocabulary = new YAMLMap();
  for (const { v2 } of SIDE_KEYS) {
    const side = isMap(sides) ? sides.get(v2, true) : undefined;
    const names = new YAMLMap();
    if (isMap(side)) {
      for (const field of MOVED_SIDE_FIELDS) {
        const pair = side.items.find((p) => keyOf(p) === field);
        if (!pair) continue;
        side.items.splice(side.items.indexOf(pair), 1);
        names.items.push(pair);
      }
    }
    names.items.push(new Pair(doc.createNode('takesThe'), doc.createNode(FORMAT_1_WORDS.takesThe)));
    vocabulary.items.push(new Pair(doc.createNode(v2), names));
  }
  const { workers, service, harm, blame, currency } = FORMAT_1_WORDS;
  vocabulary.items.push(new Pair(doc.createNode('workers'), flowMap(doc, workers)));
  vocabulary.items.push(new Pair(doc.createNode('service'), flowMap(doc, service)));
  const harmNode = new YAMLMap();
  harmNode.items.push(new Pair(doc.createNode('name'), doc.createNode(harm.name)), new Pair(doc.createNode('takesThe'), doc.createNode(harm.takesThe)));
  harmNode.items.push(new Pair(doc.createNode('unit'), flowMap(doc, harm.unit)), new Pair(doc.createNode('lost'), flowMap(doc, harm.lost)));
  vocabulary.items.push(new Pair(doc.createNode('harm'), harmNode));
  vocabulary.items.push(new Pair(doc.createNode('blame'), flowMap(doc, blame)));
  vocabulary.items.push(new Pair(doc.createNode('currency'), flowMap(doc, currency)));
  return vocabulary;
};

/**
 * Migrates a format 1 document to format 2 in place. Returns false, changing nothing, when the document is not
 * a mapping that says `formatVersion: 1`.
 */
export const migrateDocumentV1 = (doc: Document): boolean => {
  const root = doc.contents;
  const version = isMap(root) ? root.get('formatVersion', true) : undefined;
  if (!isMap(root) || !isScalar(version) || version.value !== 1) return false;
  renameKeys(root, []);
  version.value = 2;
  const provenance = root.get('defaultProvenance', true);
  if (isSeq(provenance)) {
    for (const item of provenance.items) {
      const under: unknown = isMap(item) ? item.get('under', true) : undefined;
      if (isScalar(under) && typeof under.value === 'string') under.value = migrateUnderPath(under.value);
    }
  }
  const section = root.items.find((p) => keyOf(p) === MOVED_SECTION.v1);
  if (section && isScalar(section.key) && isMap(section.value)) {
    section.key.value = MOVED_SECTION.v2;
    section.value.items.unshift(new Pair(doc.createNode('kind'), doc.createNode(MOVED_SECTION.kind)));
  }
  const sidesIndex = root.items.findIndex((p) => keyOf(p) === 'sides');
  const vocabulary = new Pair(doc.createNode('vocabulary'), vocabularyNode(doc, sidesIndex >= 0 ? root.items[sidesIndex]!.value : undefined));
  if (isScalar(vocabulary.key)) {
    vocabulary.key.commentBefore = ' The words the game uses for this dispute. scenario:migrate wrote the words format 1 always showed; make them this dispute\'s own.';
  }
  root.items.splice(sidesIndex >= 0 ? sidesIndex : root.items.length, 0, vocabulary);
  return true;
};
