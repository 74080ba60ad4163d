/**
 * The checker's never-strikes and never-moves warnings say which condition of the AI's rule failed in every
 * simulated game, and the fix names the fields that move it (docs/ai.md, "Industrial and policy moves").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../src/authoring/check';
import { ROOT } from './helpers';

const minimal = readFileSync(join(ROOT, 'test/fixtures/scenarios/minimal.yaml'), 'utf8');
const edit = (...pairs: [string, string][]): string =>
  pairs.reduce((text, [from, to]) => {
    expect(text).toContain(from);
    return text.replace(from, to);
  }, minimal);
const behaviour = (text: string) => checkScenarioText(text, 'minimal.yaml').problems.filter((p) => p.code === 'never-strikes' || p.code === 'never-moves');
const neverStrikes = (text: string) => {
  const found = behaviour(text).filter((p) => p.code === 'never-strikes');
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('never-strikes and never-moves', () => {
  it('stay quiet when the union strikes and the employer moves', () => {
    expect(behaviour(minimal)).toEqual([]);
  });

  it('names a strike appetite of 0 when no persona will strike', () => {
    const p = neverStrikes(edit(['strikeAppetite: 3', 'strikeAppetite: 0']));
    expect(p.message).toMatch(/^the Union never calls a strike: .* because no persona offered to it has a strikeAppetite above 0/);
    expect(p.fix).toContain('sides.union.personas');
  });

  it('names the mandate when the union never holds one', () => {
    const p = neverStrikes(
      edit(
        ['mandateValidUntil: 2025-11-09', 'mandateValidUntil: null'],
        ['mandateBallot: { opened: 2025-08-18, closed: 2025-08-31, turnout: 0.7, yes: 0.85 }', 'mandateBallot: null'],
        ['turnoutThreshold: 0.5', 'turnoutThreshold: 1'],
      ),
    );
    expect(p.message).toContain('because it never held a strike mandate');
    expect(p.fix).toContain('law.rules.turnoutThreshold');
  });

  it('names the strike arithmetic when a headline point costs too much for a strike day to pay (the nurses draft)', () => {
    const p = neverStrikes(edit(['employerCostMPerYear: [[0, 0], [10, 10]]', 'employerCostMPerYear: [[0, 0], [10, 100000]]']));
    expect(p.message).toMatch(/because a strike day never paid for itself: .* at best \d+% of the pay the day cost them/);
    expect(p.fix).toContain('issues[0].employerCostMPerYear');
    expect(p.fix).toContain('costs.strikeDayMAtReference');
  });

  it('says why the employer never moved, and what moves it', () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/scenarios/no-zopa.yaml'), 'utf8');
    const found = behaviour(text).filter((p) => p.code === 'never-moves');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^the Board never moves: .*; mostly because .+/);
    expect(found[0]!.fix).toMatch(/docs\/ai\.md/);
  });
});

describe('persona descriptions per side', () => {
  const personaWarnings = (text: string) => checkScenarioText(text, 'minimal.yaml', { quick: true }).problems.filter((p) => p.code === 'persona-description-side');

  it('warns when the employer\u2019s persona would be described as striking', () => {
    const found = personaWarnings(edit(['description: Concedes a little every week.', 'description: Concedes a little and strikes often.']));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('persona "steady" is offered to the Board, which never strikes');
    expect(found[0]!.fix).toContain('descriptions');
  });

  it('is quiet when the persona says what it does as the employer', () => {
    const text = edit([
      'description: Concedes a little every week.,',
      'description: Concedes a little and strikes often., descriptions: { union: Strikes often., employer: Concedes a little every week. },',
    ]);
    expect(personaWarnings(text)).toEqual([]);
  });
});
