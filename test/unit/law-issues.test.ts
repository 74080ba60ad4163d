/**
 * The law as data and the richer issues, on the synthetic fixtures: a contract in force bars strikes until it
 * expires and is the deadline both sides' clocks run toward; an employer that may not impose terms; a support
 * threshold on votes cast; no ballot law at all; issues the employer wants, one-off costs and a read-across
 * share; and a vocabulary that leaves out a term its harm model needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clocksOf } from '../../src/sim/ai/clocks';
import { isoFromDay, parseIsoDate } from '../../src/sim/calendar';
import { failedTest } from '../../src/sim/law';
import { earliestStrikeDay } from '../../src/sim/legal';
import { legalActions, newGame, parseScenarioText, step, type GameState, type Scenario } from '../../src/sim/index';
import { employerCostK, employerUtility, issueCostK, unionUtility } from '../../src/sim/utility';
import { checkScenarioText } from '../../src/authoring/check';
import { endWeeks, ROOT } from './helpers';

const text = (id: string): string => readFileSync(join(ROOT, 'test/fixtures/scenarios', `${id}.yaml`), 'utf8');
const parse = (source: string): Scenario => {
  const parsed = parseScenarioText(source);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
};
const output = parse(text('lost-output'));
const service = parse(text('lost-service'));
const start = (sc: Scenario): GameState => newGame(sc, { seed: 'l', players: { union: 'human', employer: 'human' } });

describe('a contract in force', () => {
  it('bars strike days until it expires, with a reason that names the date', () => {
    expect(output.law.contractExpiryDay).toBe(parseIsoDate('2025-09-21'));
    const s = start(output);
    expect(isoFromDay(earliestStrikeDay(s))).toBe('2025-09-22');
    const early = step(s, { side: 'union', type: 'callStrike', start: '2025-09-18', days: 2 });
    expect(early.rejected).toMatchObject({ reason: 'contract-in-force', message: expect.stringContaining('21 Sep 2025') });
    expect(step(s, { side: 'union', type: 'callStrike', start: '2025-09-22', days: 2 }).rejected).toBeUndefined();
  });

  it('runs both sides\u2019 clocks toward its expiry, fully from the date on', () => {
    const s = start(output);
    const after = endWeeks(s, 3);
    for (const side of ['union', 'employer'] as const) {
      expect(clocksOf(s, side).parts.calendar).toBeGreaterThan(0);
      expect(clocksOf(after, side).parts.calendar).toBeGreaterThan(clocksOf(s, side).parts.calendar!);
      expect(clocksOf(after, side).parts.calendar).toBe(7000);
    }
    expect(clocksOf(start(service), 'employer').parts.calendar).toBe(0);
  });
});

describe('notice', () => {
  it('with no notice in law, a strike called now starts next Monday at the earliest, as this week\u2019s days are settled', () => {
    const s = endWeeks(start(output), 3);
    expect(isoFromDay(earliestStrikeDay(s))).toBe('2025-09-29');
    expect(step(s, { side: 'union', type: 'callStrike', start: '2025-09-24', days: 1 }).rejected).toMatchObject({ reason: 'notice-too-short', message: expect.stringContaining('already settled') });
  });
});

describe('what the law lets each side do', () => {
  it('an employer that may not impose terms cannot, and says why', () => {
    const s = start(output);
    expect(legalActions(s, 'employer').actions.find((a) => a.type === 'imposeAward')).toMatchObject({ available: false, reason: 'not-in-this-dispute' });
    expect(legalActions(start(service), 'employer').actions.find((a) => a.type === 'imposeAward')).toMatchObject({ available: true });
  });

  it('a support threshold counts yes votes against those cast; without one a majority is needed', () => {
    expect(failedTest(output.law.rules, 2000, 6600)).toBe('66.0% voted yes, below the 66.7% required');
    expect(failedTest(output.law.rules, 2000, 6670)).toBeNull();
    expect(failedTest(service.law.rules, 6000, 5000)).toBe('only 50.0% voted yes');
    expect(failedTest(service.law.rules, 6000, 5100)).toBeNull();
  });

  it('with no ballot law the union may strike from the start and holds no ballots', () => {
    const none = parse(text('lost-service').replace('  name: Test rules\n', '  name: Test rules\n  strikeBallot: none\n').replace(/ {2}mandateValidUntil: [0-9-]+/, '  mandateValidUntil: null').replace(/ {2}mandateBallot: \{[^}]*\}/, '  mandateBallot: null'));
    const s = start(none);
    expect(s.law.mandate?.from).toBe(none.startDay);
    expect(legalActions(s, 'union').actions.find((a) => a.type === 'openBallot')).toMatchObject({ available: false, reason: 'not-in-this-dispute' });
    expect(step(s, { side: 'union', type: 'callStrike', start: '2025-09-15', days: 3 }).rejected).toBeUndefined();
  });
});

describe('richer issues', () => {
  const [pay, bonus, rosters] = service.issues;

  it('a one-off payment is counted once, a recurring cost each year of the horizon', () => {
    const years = parse(text('lost-service').replace('horizonYears: 1', 'horizonYears: 3'));
    const [, once] = years.issues;
    expect(issueCostK(years, once!, 2, 0)).toBe(2000);
    expect(issueCostK(years, years.issues[0]!, 10, 0)).toBe(3 * 10_000);
    expect(bonus!.oneOff).toBe(true);
  });

  it('a read-across share carries that share of the drawn read-across', () => {
    expect(pay!.readAcrossShareBp).toBe(5000);
    // Read-across 2 (20000 bp): a half share multiplies the cost by 1 + 1.
    expect(issueCostK(service, pay!, 10, 20_000)).toBe(20_000);
  });

  it('an issue the employer wants is worth more to it, and less to members, as it is granted', () => {
    expect(rosters!.direction).toBe('employer');
    const granted = [0, 0, 2];
    const none = [0, 0, 0];
    expect(employerUtility(service, 0, granted)).toBeGreaterThan(employerUtility(service, 0, none));
    expect(employerCostK(service, 0, granted)).toBeLessThan(0);
    expect(unionUtility(service, granted)).toBeLessThan(unionUtility(service, none));
  });

  it('refuses an employer issue whose members\u2019 value rises as it is granted, and an employer headline', () => {
    const rising = text('lost-service').replace('unionValue: [[0, 1], [2, 0.4]]', 'unionValue: [[0, 0], [2, 1]]');
    expect(checkScenarioText(rising, 'rising.yaml', { quick: true }).problems).toEqual([
      expect.objectContaining({ path: 'issues[2].unionValue', message: expect.stringContaining('employer wants') }),
    ]);
    const first = text('lost-service').replace('readAcross: 0.5, source: made-up }', 'readAcross: 0.5, source: made-up, direction: employer }');
    expect(checkScenarioText(first, 'first.yaml', { quick: true }).problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'issues[0].direction' })]),
    );
  });
});

describe('a vocabulary must give the terms its harm model needs', () => {
  it.each([
    ['lost-output', '    stock: { singular: vehicle in stock, plural: vehicles in stock }\n', 'vocabulary.harm.stock', 'the lostOutput harm model needs the vocabulary term harm.stock'],
    ['lost-service', '    contingency: the emergency timetable\n', 'vocabulary.harm.contingency', 'the lostService harm model needs the vocabulary term harm.contingency'],
  ])('%s without its term', (id, line, path, message) => {
    const problems = checkScenarioText(text(id).replace(line, ''), `${id}.yaml`, { quick: true }).problems;
    expect(problems).toEqual([expect.objectContaining({ path, message: expect.stringContaining(message), severity: 'error' })]);
  });
});
