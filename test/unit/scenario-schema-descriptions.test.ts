/**
 * scenarios/schema.json describes every field, so an editor shows what a field means (with its unit and range)
 * when an author hovers over it. Walks the generated JSON Schema: every property of every object, in the root
 * and in the shared definitions, must carry its own description (not only one it reaches through a $ref).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

type Json = { readonly [key: string]: unknown };
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every property in `node` and below, as [path, its schema]. */
const propertiesOf = (node: unknown, path: string): [string, Json][] => {
  if (Array.isArray(node)) return node.flatMap((child, i) => propertiesOf(child, `${path}[${i}]`));
  if (!isObject(node)) return [];
  const own = isObject(node.properties)
    ? Object.entries(node.properties).flatMap(([key, schema]): [string, Json][] => (isObject(schema) ? [[`${path}.${key}`, schema]] : []))
    : [];
  return [...own, ...Object.entries(node).flatMap(([key, child]) => propertiesOf(child, key === 'properties' ? path : `${path}/${key}`))];
};

const schema = JSON.parse(readFileSync(join(ROOT, 'scenarios/schema.json'), 'utf8')) as Json;
const properties = propertiesOf(schema, '#');

describe('scenarios/schema.json field descriptions', () => {
  it('walks the whole format: the root fields and those of the shared definitions', () => {
    const paths = properties.map(([path]) => path);
    expect(paths).toEqual(expect.arrayContaining(['#.horizonWeeks', '#.vocabulary', '#/definitions/Side.brief', '#/definitions/BallotRules.mandateDays']));
    expect(properties.length).toBeGreaterThan(250);
  });

  it('gives every property a description of its own', () => {
    const missing = properties.filter(([, s]) => typeof s.description !== 'string' || s.description.trim().length < 12).map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it('gives the shared number types a description too (what a hover on a bare figure shows)', () => {
    const definitions = Object.entries(schema.definitions as Json);
    const bare = definitions.filter(([, d]) => isObject(d) && typeof d.description !== 'string').map(([name]) => name);
    expect(bare).toEqual([]);
  });
});
