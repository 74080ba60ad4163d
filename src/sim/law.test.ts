import { describe, expect, it } from 'vitest';
import { isoFromDay } from './calendar';
import { failedTest } from './law';
import type { BallotRules } from './scenario/types';

const tua: BallotRules = { noticeDays: 14, mandateDays: 182, turnoutThresholdBp: 5000, entitledYesThresholdBp: 4000 };
const era: BallotRules = { noticeDays: 10, mandateDays: 365, turnoutThresholdBp: null, entitledYesThresholdBp: null };

describe('ballot validity (Trade Union Act 2016 and a reform switch)', () => {
  it('the July 2025 result (55.3% turnout, 90% yes) gives a mandate', () => {
    expect(failedTest(tua, 5532, 9005)).toBeNull();
  });
  it('a turnout below 50% fails', () => {
    expect(failedTest(tua, 4990, 9800)).toMatch(/turnout/);
  });
  it('a share just below a threshold never reads as the threshold', () => {
    expect(failedTest(tua, 4999, 9800)).toBe('turnout 49.9% was below the 50% threshold');
    expect(failedTest(tua, 5001, 7997)).toMatch(/^yes votes were 39\.9% of those entitled/);
  });
  it('in health, yes votes must be 40% of all those entitled', () => {
    expect(failedTest(tua, 5000, 7900)).toMatch(/entitled/);
    expect(failedTest(tua, 5000, 8000)).toBeNull();
  });
  it('a majority must vote yes', () => {
    expect(failedTest(tua, 9000, 5000)).toMatch(/yes/);
  });
  it('without thresholds only the majority matters', () => {
    expect(failedTest(era, 2000, 6000)).toBeNull();
    expect(failedTest(era, 2000, 4000)).not.toBeNull();
  });
});

describe('the reform switch in a game', () => {
  it('ballots opened after the reform date use its notice and mandate rules', async () => {
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const { parseScenarioText } = await import('./scenario/parse');
    const { newGame } = await import('./new-game');
    const { step } = await import('./step');
    const { playWeek, scriptController } = await import('./play');
    const { legalActions } = await import('./legal');
    const text = readFileSync(fileURLToPath(new URL('../../scenarios/resident-doctors-2025.yaml', import.meta.url)), 'utf8');
    const on = parseScenarioText(text.replace('    enabled: false\n    from: 2026-02-18', '    enabled: true\n    from: 2025-07-14'));
    if (!on.ok) throw new Error(JSON.stringify(on.error));
    let s = newGame(on.value, { seed: 'era', players: { union: 'human', employer: 'human' } });
    const pass = scriptController([]);
    const week = () => {
      s = playWeek(s, { union: pass, employer: pass }).state;
    };
    week();
    expect(legalActions(s, 'union').ballotUnderReform).toBe(true);
    // Keen members, so the ballot clears the thresholds whatever the draw.
    s = step({ ...s, union: { ...s.union, moraleBp: 9500, angerBp: 9500 } }, { side: 'union', type: 'openBallot' }).state;
    for (let i = 0; i < 7; i += 1) week();
    const ballot = s.law.ballot!;
    expect(ballot.reformRules).toBe(true);
    expect(ballot.status).toBe('won');
    expect(s.law.mandate!.until - ballot.closes).toBe(365);
    // Notice under the reform is 10 days: the earliest strike is Monday + 10.
    expect(legalActions(s, 'union').strikeWindow?.earliest).toBe(isoFromDay(on.value.startDay + 7 * s.week + 10));
  });
});
