import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from './parse';
import { formatProblem } from './problem';

const text = readFileSync(fileURLToPath(new URL('../../../scenarios/resident-doctors-2025.yaml', import.meta.url)), 'utf8');

/** The default scenario with one line replaced. */
const edit = (from: string, to: string): string => {
  expect(text).toContain(from);
  return text.replace(from, to);
};

const problems = (source: string) => {
  const result = parseScenarioText(source);
  if (result.ok) throw new Error('expected problems');
  return result.error;
};

describe('parseScenarioText', () => {
  it('parses the default scenario', () => {
    const result = parseScenarioText(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.issues.map((i) => i.id)).toEqual(['pay', 'trainingPosts', 'examFees', 'rotaReform']);
  });

  it('locates a wrong type by field path and line', () => {
    const source = edit('horizonWeeks: 52', 'horizonWeeks: fifty-two');
    const [issue] = problems(source);
    expect(issue!.path).toBe('horizonWeeks');
    expect(issue!.line).toBe(source.split('\n').findIndex((l) => l.startsWith('horizonWeeks')) + 1);
    expect(formatProblem('edited.yaml', issue!)).toMatch(/^edited\.yaml:\d+: horizonWeeks: /);
  });

  it('names an unknown key so a typo is caught', () => {
    const found = problems(edit('horizonWeeks: 52', 'horizonWeeks: 52\nhorizonWeekz: 50'));
    expect(found.some((p) => p.message.includes('horizonWeekz'))).toBe(true);
  });

  it('says when the format is too new or too old', () => {
    expect(problems(edit('formatVersion: 2', 'formatVersion: 9'))[0]!.message).toMatch(/newer/);
    expect(problems(edit('formatVersion: 2', 'formatVersion: 0'))[0]!.message).toMatch(/too old/);
  });

  it('checks grids, status quo and opening offers against each other', () => {
    const grid = problems(edit('grid: { min: 0, max: 30, step: 0.5 }', 'grid: { min: 0, max: 30, step: 0.7 }'));
    expect(grid.some((p) => p.path === 'issues[0].grid.step')).toBe(true);
    const offer = problems(edit('openingOffer: { pay: 29,', 'openingOffer: { pay: 29.2,'));
    expect(offer.some((p) => p.path === 'sides.union.openingOffer.pay' && /not on the grid/.test(p.message))).toBe(true);
  });

  it('rejects a source reference that is not defined', () => {
    const found = problems(edit('strikeFundM: { value: 2, source: gponline-fund }', 'strikeFundM: { value: 2, source: nowhere }'));
    expect(found.some((p) => p.path === 'initial.strikeFundM' && /nowhere/.test(p.message))).toBe(true);
  });

  it('requires a Monday start and real dates', () => {
    expect(problems(edit('start: 2025-07-07', 'start: 2025-07-08')).some((p) => /Monday/.test(p.message))).toBe(true);
    expect(problems(edit('mandateValidUntil: 2026-01-06', 'mandateValidUntil: 2026-02-30')).some((p) => p.path === 'initial.mandateValidUntil')).toBe(true);
  });

  it('reports YAML syntax errors with a line and never throws', () => {
    const found = problems('formatVersion: 1\nid: [unclosed\n');
    expect(found[0]!.line).toBeGreaterThan(0);
    for (const bad of ['', '42', '- a\n- b', 'a: *nope', '{"formatVersion": 1}', 'x'.repeat(10)]) {
      expect(parseScenarioText(bad).ok).toBe(false);
    }
  });

  it('parseScenario checks raw data without text', () => {
    expect(parseScenario(null).ok).toBe(false);
    expect(parseScenario([]).ok).toBe(false);
    const result = parseScenario({ formatVersion: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.some((p) => p.path === 'id')).toBe(true);
  });

  it('reads JSON as well as YAML', async () => {
    const { parse } = await import('yaml');
    const json = JSON.stringify(parse(text));
    const result = parseScenarioText(json);
    expect(result.ok).toBe(true);
  });
});
