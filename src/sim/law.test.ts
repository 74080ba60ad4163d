import { describe, expect, it } from 'vitest';
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
