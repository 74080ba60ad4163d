/**
 * Fuzzing the scenario parser (fixed seeds, so failures replay): thousands of random documents and of
 * mutations of the real scenarios (keys deleted, wrong types, huge numbers, NaN-like strings, deep nesting,
 * long strings, `__proto__` and `constructor` keys, broken YAML) never make `parseScenario` or
 * `parseScenarioText` throw or stall, and every problem they report has a path (and, from text, a line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText, type Problem } from '../../src/sim/index';
import { BUNDLED_IDS, ROOT } from './helpers';

const IDS = BUNDLED_IDS;
const TEXTS = IDS.map((id) => readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8'));
const DATA: unknown[] = TEXTS.map((t) => parseYaml(t));
const SEED = 20230220;
/** Which scenario to start from: the small tutorial half the time, so thousands of cases stay within seconds. */
const which = fc.constantFrom(0, 1, 2, 2);
/** The slowest single parse we accept: far above the normal few milliseconds, far below a hang. */
const SLOW_MS = 1500;

type Path = (string | number)[];

/** Every path to a node of the data (objects, arrays and leaves). */
const pathsOf = (node: unknown, path: Path = [], out: Path[] = []): Path[] => {
  out.push(path);
  if (Array.isArray(node)) node.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) pathsOf(v, [...path, k], out);
  return out;
};
const PATHS = DATA.map((d) => pathsOf(d));

const nested = (depth: number, leaf: unknown, asArray: boolean): unknown => {
  let x = leaf;
  for (let i = 0; i < depth; i += 1) x = asArray ? [x] : { deeper: x };
  return x;
};

const STRANGE = ['NaN', '-NaN', 'Infinity', '-Infinity', '1e999', '-0', '0x1F', ' 5 ', '5%', '7.37m', '1,000', '', 'null', 'true', '.nan', '2025-02-30', '😀'];
const NUMBERS = [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER, 1e-320, 0.1 + 0.2, -0, 4.5e15, Number.NaN, Number.POSITIVE_INFINITY];

/** A replacement value for a mutated node. */
const replacement = fc.oneof(
  fc.constantFrom(...STRANGE),
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(null, true, false, [], {}, [[]], { value: 'x' }, { value: 1, source: 'nowhere' }),
  fc.integer({ min: 20, max: 300 }).map((d) => nested(d, 1, d % 2 === 0)),
  fc.integer({ min: 1_000, max: 120_000 }).map((n) => 'x'.repeat(n)),
  fc.jsonValue({ maxDepth: 3 }),
);

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'hostile-key'; at: number; key: string; value: unknown };

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: replacement }),
  fc.record({ kind: fc.constant('hostile-key' as const), at: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'value'), value: replacement }),
);

/** Applies mutations to a deep copy of scenario `which`. */
const mutate = (which: number, mutations: readonly Mutation[]): unknown => {
  const root = { doc: structuredClone(DATA[which]) } as Record<string, unknown>;
  const paths = PATHS[which]!;
  for (const m of mutations) {
    const path = ['doc', ...paths[m.at % paths.length]!];
    let parent: unknown = root;
    for (const part of path.slice(0, -1)) parent = parent === null || typeof parent !== 'object' ? undefined : (parent as Record<string | number, unknown>)[part];
    if (parent === null || typeof parent !== 'object') continue;
    const key = path[path.length - 1]!;
    const holder = parent as Record<string | number, unknown>;
    if (m.kind === 'delete') {
      if (Array.isArray(holder)) holder.splice(Number(key), 1);
      else delete holder[key];
    } else if (m.kind === 'replace') holder[key] = m.value;
    else {
      const target = holder[key];
      // An own, enumerable property named like an Object.prototype member, as JSON.parse would make it.
      if (target !== null && typeof target === 'object') Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return root.doc;
};

const timed = <T>(f: () => T): T => {
  const t0 = performance.now();
  const result = f();
  const ms = performance.now() - t0;
  if (ms > SLOW_MS) throw new Error(`a parse took ${Math.round(ms)} ms`);
  return result;
};

const checkIssues = (issues: readonly Problem[], fromText: boolean): void => {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.path).toBe('string');
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    if (fromText) expect(Number.isInteger(issue.line) && issue.line! >= 1, JSON.stringify(issue)).toBe(true);
  }
};

const parsesSafely = (raw: unknown): void => {
  const result = timed(() => parseScenario(raw));
  if (!result.ok) checkIssues(result.error, false);
};

const parsesTextSafely = (text: string): void => {
  const result = timed(() => parseScenarioText(text));
  if (!result.ok) checkIssues(result.error, true);
};

describe('parser fuzzing', () => {
  it('mutated scenarios (as data) never throw and every problem has a path', () => {
    fc.assert(
      fc.property(which, fc.array(mutation, { minLength: 1, maxLength: 4 }), (w, ms) => parsesSafely(mutate(w, ms))),
      { seed: SEED, numRuns: 1000 },
    );
  }, 30_000);

  it('mutated scenarios written as YAML or JSON text locate every problem by line', () => {
    fc.assert(
      fc.property(which, fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (w, ms, asJson) => {
        const data = mutate(w, ms);
        let text: string;
        try {
          text = asJson ? JSON.stringify(data) : stringifyYaml(data, { aliasDuplicateObjects: false });
        } catch {
          return; // some mutations (a 120k-character key path) cannot be written; the data case covers them
        }
        if (text === undefined) return;
        parsesTextSafely(text);
      }),
      { seed: SEED + 1, numRuns: 80 },
    );
  }, 30_000);

  it('broken YAML never throws and every problem has a line', () => {
    const edit = fc.record({
      which,
      at: fc.nat(),
      cut: fc.nat({ max: 400 }),
      insert: fc.oneof(fc.constantFrom(':', '{', '[', ']', '}', '\t', '  ', '- ', '&a ', '*a', '*nope', '---\n', '"', "'", '#', '\n  x: 1\n', '!!binary ', '? ', '%YAML 1.2\n', '\u0000', '\uFEFF'), fc.string({ maxLength: 20 })),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = TEXTS[edits[0]!.which]!;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.cut));
        }
        parsesTextSafely(text);
      }),
      { seed: SEED + 2, numRuns: 100 },
    );
  }, 30_000);

  it('random documents and values never throw', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        parsesSafely(value);
        parsesTextSafely(JSON.stringify(value) ?? '');
      }),
      { seed: SEED + 3, numRuns: 2000 },
    );
    fc.assert(fc.property(fc.anything({ maxDepth: 4, withNullPrototype: true, withMap: true, withSet: true, withTypedArray: true }), parsesSafely), { seed: SEED + 4, numRuns: 500 });
    fc.assert(fc.property(fc.string({ maxLength: 300 }), parsesTextSafely), { seed: SEED + 5, numRuns: 500 });
  }, 30_000);

  it('survives hostile inputs: alias bombs, deep nesting, huge files, cycles and throwing getters', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    parsesTextSafely(bomb);
    parsesTextSafely(`${'['.repeat(5_000)}${']'.repeat(5_000)}`);
    parsesTextSafely(`formatVersion: 1\nid: ${'x'.repeat(2_100_000)}`);
    parsesTextSafely(`formatVersion: 1\ntitle: ${'x'.repeat(10_000_000)}`);
    parsesSafely({ ...(DATA[0] as Record<string, unknown>), title: 'y'.repeat(10_000_000) });
    const cyclic: Record<string, unknown> = { ...(DATA[2] as Record<string, unknown>) };
    cyclic.sides = { union: cyclic, employer: cyclic };
    parsesSafely(cyclic);
    const trap = { ...(DATA[2] as Record<string, unknown>) };
    Object.defineProperty(trap, 'issues', { enumerable: true, get: () => { throw new Error('trap'); } });
    parsesSafely(trap);
    parsesSafely(new Proxy({}, { get: () => { throw new Error('proxy'); }, ownKeys: () => { throw new Error('proxy'); } }));
  });
});
