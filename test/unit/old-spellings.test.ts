/**
 * Format 2's old spellings (keys named after the waiting list or pounds): a file written with them loads and
 * plays the same game, to the state hash; the checker warns at each old key with the new name; a field in
 * both spellings is an error at its line; scenario:migrate rewrites them, comments kept. This file keeps the
 * old names on purpose (fmt-codemod.sh skips any path containing old-spellings).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { checkScenarioText } from '../../src/authoring/check';
import { main as migrate } from '../../src/cli/scenario-migrate';
import { parseScenarioText, type Scenario } from '../../src/sim/index';
import { RESPELLED_KEYS, RESPELLED_VALUES } from '../../src/sim/scenario/old-spellings/keys';
import { loadScenario, playAi, ROOT } from './helpers';
import { tempFile } from './cli-helpers';

const BUNDLED = ['tutorial', 'resident-doctors-2025', 'junior-doctors-2023'] as const;
const text = (id: string): string => readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8');
const lineOf = (t: string, pattern: RegExp): number => t.split('\n').findIndex((line) => pattern.test(line)) + 1;

const parsed = (t: string): Scenario => {
  const result = parseScenarioText(t);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

const matches = (parent: readonly string[], path: readonly (string | number)[]): boolean =>
  parent.length === path.length && parent.every((part, i) => (part === '*' ? typeof path[i] === 'number' : part === path[i]));

/** The data with every key and figure name in format 2's first spelling: the reverse of the respelling. */
const firstSpelling = (node: unknown, path: readonly (string | number)[] = []): unknown => {
  if (Array.isArray(node)) return node.map((item, i) => firstSpelling(item, [...path, i]));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      const old = RESPELLED_KEYS.find((k) => k.now === key && matches(k.parent, path))?.old ?? key;
      const figure = RESPELLED_VALUES.find((v) => v.key === key && v.now === value && matches(v.parent, path));
      return [old, figure ? figure.old : firstSpelling(value, [...path, key])];
    }),
  );
};

const oldText = (id: string): string => stringify(firstSpelling(parseDocument(text(id)).toJS()), { lineWidth: 0 });

const runMigrate = (argv: string[], cwd: string): { code: number; stdout: string; stderr: string } => {
  let stdout = '';
  let stderr = '';
  const code = migrate(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
};

describe('a format 2 file in the old spelling', () => {
  for (const id of BUNDLED) {
    it(`${id}: plays the same game as today's spelling, to the state hash`, () => {
      const old = oldText(id);
      expect(old).toMatch(/\bdailyPayGBP:/);
      expect(old).toMatch(/\bwaitingListPressureAt:/);
      const fromOld = parsed(old);
      const today = loadScenario(id);
      for (const seed of ['1', 'old-spelling']) {
        const played = playAi(today, seed);
        expect(played.weekHashes.length).toBeGreaterThan(0);
        expect(playAi(fromOld, seed).weekHashes).toEqual(played.weekHashes);
      }
    }, 120_000);
  }

  it('gets a warning at each old key, naming the new one, and no other problem', () => {
    const old = oldText('tutorial');
    const problems = checkScenarioText(old, 'tutorial.yaml', { quick: true }).problems;
    const oldKeys = RESPELLED_KEYS.filter((k) => new RegExp(`\\b${k.old}:`).test(old));
    const figures = (old.match(/figure: waitingList/g) ?? []).length;
    expect(oldKeys.length).toBeGreaterThan(10);
    // One warning for each old key where it stands (some stand more than once: one per issue) and figure.
    expect(problems.length).toBeGreaterThanOrEqual(oldKeys.length + figures);
    expect(problems.every((p) => p.severity === 'warning' && p.code === 'old-spelling')).toBe(true);
    for (const k of oldKeys) expect(problems.some((p) => p.message === `"${k.old}" is the old spelling of "${k.now}"`)).toBe(true);
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'costs.waitingListPressureAt',
        line: lineOf(old, /^ {2}waitingListPressureAt:/),
        message: '"waitingListPressureAt" is the old spelling of "harmPressureAt"',
        fix: expect.stringMatching(/^rename it to harmPressureAt \(npm run scenario:migrate/),
      }),
    );
    expect(figures).toBeGreaterThan(0);
    expect(problems).toContainEqual(expect.objectContaining({ path: expect.stringMatching(/^news\[\d+\]\.trigger\.figure$/), message: 'the figure "waitingList" is now called "harm"' }));
  });

  it('mixing the spellings across fields loads, warning only at the old ones', () => {
    const mixed = text('tutorial').replace('  dailyPay: 100', '  dailyPayGBP: 100').replace('  harmPressureAt: 500', '  waitingListPressureAt: 500');
    const report = checkScenarioText(mixed, 'tutorial.yaml', { quick: true });
    expect(report.scenario?.members.dailyPay).toBe(100);
    expect(report.problems.map((p) => [p.path, p.line])).toEqual([
      ['members.dailyPayGBP', lineOf(mixed, /dailyPayGBP: 100/)],
      ['costs.waitingListPressureAt', lineOf(mixed, /waitingListPressureAt: 500/)],
    ]);
  });

  it('a field in both spellings in one mapping is an error at the old key\u2019s line', () => {
    const both = text('tutorial').replace('  dailyPay: 100\n', '  dailyPay: 100\n  dailyPayGBP: 100\n');
    const problems = checkScenarioText(both, 'tutorial.yaml', { quick: true }).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: 'members.dailyPayGBP',
        line: lineOf(both, /dailyPayGBP: 100/),
        message: '"dailyPayGBP" and "dailyPay" are the same field, in its old spelling and its new one; this mapping gives both',
        fix: 'keep dailyPay and remove dailyPayGBP',
      }),
    ]);
  });

  it('a bad value under an old key is placed at that key, as the file spells it', () => {
    const bad = text('tutorial').replace('  dailyPay: 100', '  dailyPayGBP: -5');
    const problems = checkScenarioText(bad, 'tutorial.yaml', { quick: true }).problems;
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', path: 'members.dailyPayGBP', line: lineOf(bad, /dailyPayGBP: -5/) })]);
  });

  it('an old path in defaultProvenance is read in today\u2019s spelling, with a warning', () => {
    const withPath = text('tutorial').replace('defaultProvenance:\n', 'defaultProvenance:\n  - { under: costs.waitingListPressureAt, tag: assumption, note: Ours. }\n');
    expect(withPath).toContain('under: costs.waitingListPressureAt');
    const report = checkScenarioText(withPath, 'tutorial.yaml', { quick: true });
    expect(report.scenario?.provenance['costs.harmPressureAt']).toMatchObject({ note: 'Ours.' });
    expect(report.problems).toEqual([expect.objectContaining({ code: 'old-spelling', message: '"costs.waitingListPressureAt" uses an old spelling; today it is "costs.harmPressureAt"' })]);
  });
});

describe('npm run scenario:migrate rewrites the old spellings', () => {
  it('keeping comments and layout, to a file the checker passes and that reads as today\u2019s', () => {
    // The bundled text with a few old keys and a comment on one of them.
    const old = text('tutorial')
      .replace('  dailyPay: 100', '  dailyPayGBP: 100 # a day')
      .replace('  harmPressureAt: 500', '  waitingListPressureAt: 500')
      .replace('{ blame: 0.4, support: 0.4, harm: 0.2 }', '{ blame: 0.4, support: 0.4, waitingList: 0.2 }')
      .replace('trigger: { figure: harm, change: 100', 'trigger: { figure: waitingList, change: 100');
    const { dir } = tempFile('tutorial.yaml', old);
    const ran = runMigrate(['tutorial.yaml'], dir);
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    expect(ran.stdout).toBe(text('tutorial').replace('  dailyPay: 100', '  dailyPay: 100 # a day'));
    expect(checkScenarioText(ran.stdout, 'tutorial.yaml', { quick: true }).problems).toEqual([]);
    expect(runMigrate(['tutorial.yaml', '--in-place'], dir).code).toBe(0);
    expect(runMigrate(['tutorial.yaml'], dir)).toMatchObject({ code: 1, stderr: expect.stringMatching(/nor a format 2 one with old spellings/) });
  });

  it('refuses a file that gives a field in both spellings', () => {
    const { dir } = tempFile('tutorial.yaml', text('tutorial').replace('  dailyPay: 100\n', '  dailyPay: 100\n  dailyPayGBP: 100\n'));
    expect(runMigrate(['tutorial.yaml'], dir).code).toBe(1);
  });
});
