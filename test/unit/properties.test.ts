/**
 * Property tests over random action sequences (fast-check): whatever the players do, shares stay within
 * 0–100 and sum to 100, patient counts stay whole and non-negative, nothing becomes NaN or fractional, costs
 * never fall, no strike day is held without a mandate, every game ends by its horizon, and a replay of the
 * log equals live play.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  groupPublicShares,
  newGame,
  playGame,
  publicShares,
  replay,
  replayLog,
  scriptController,
  stateHash,
  step,
  type Action,
  type GameState,
} from '../../src/sim/index';
import { weeksOfMoves } from './arbitraries';
import { loadScenario } from './helpers';

const scenario = loadScenario();
const RUNS = Number(process.env.STANDOFF_PROPERTY_RUNS ?? 1000);
/** A side that only ends its turn. */
const PASS = scriptController([]);

/** Every number in the state (the scenario and the static world aside) is a safe integer. */
const nonIntegers = (value: unknown, path: string, out: string[]): void => {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) out.push(`${path}=${value}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => nonIntegers(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'history') nonIntegers((v as unknown[]).slice(-1), `${path}.history[-1]`, out);
      else if (k !== 'scenario' && k !== 'world') nonIntegers(v, `${path}.${k}`, out);
    }
  }
};

/** Checked after each resolved week (fast-check reports the failing sequence and seed). */
const checkInvariants = (prev: GameState, s: GameState): void => {
  const shares = publicShares(scenario, s.opinion);
  expect(shares.supportBp + shares.opposeBp + shares.neutralBp).toBe(10000);
  for (const g of [shares, ...groupPublicShares(s.opinion)]) {
    for (const v of [g.supportBp, g.opposeBp, g.neutralBp]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(10000);
    }
  }
  for (const v of [s.union.moraleBp, s.union.angerBp, s.opinion.salienceBp]) expect(v >= 0 && v <= 10000).toBe(true);
  expect(s.nhs.waitingList).toBeGreaterThanOrEqual(0);
  expect(s.nhs.rebookQueue).toBeGreaterThanOrEqual(0);
  expect(s.nhs.rebookQueue).toBeLessThanOrEqual(s.nhs.waitingList);
  expect(s.employer.strikeCostK).toBeGreaterThanOrEqual(prev.employer.strikeCostK);
  expect(s.union.lostPayK).toBeGreaterThanOrEqual(prev.union.lostPayK);
  expect(s.nhs.rescheduledTotal).toBeGreaterThanOrEqual(prev.nhs.rescheduledTotal);
  expect(s.union.fundK).toBeGreaterThanOrEqual(0);
  const bad: string[] = [];
  nonIntegers(s, 'state', bad);
  expect(bad).toEqual([]);
};

describe('invariants over random play', () => {
  it(`hold for ${RUNS} random action sequences, and replay equals live play`, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), weeksOfMoves(scenario, scenario.horizonWeeks), (seed, weeks) => {
        let s = newGame(scenario, { seed, players: { union: 'human', employer: 'human' } });
        const log: Action[] = [];
        for (const [unionMoves, employerMoves] of weeks) {
          if (s.outcome) break;
          for (const action of [...unionMoves, ...employerMoves, { side: 'union', type: 'endTurn' } as const, { side: 'employer', type: 'endTurn' } as const]) {
            const before = s;
            const result = step(s, action);
            log.push(action);
            s = result.state;
            if (result.rejected && s !== before) throw new Error('a rejected action changed the state');
            for (const e of result.events) {
              if (e.type === 'strikeDaysHeld') {
                const m = s.law.mandate ?? before.law.mandate;
                if (!m || e.days.some((d) => d < m.from || d > m.until)) throw new Error('a strike day was held without a mandate');
              }
            }
            if (s.week !== before.week || s.outcome) checkInvariants(before, s);
          }
        }
        expect(stateHash(replay(scenario, seed, { union: 'human', employer: 'human' }, log))).toBe(stateHash(s));
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('every game ends by its horizon, whatever is played', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), weeksOfMoves(scenario, 3), (seed, opening) => {
        const opened = replayLog(newGame(scenario, { seed, players: { union: 'human', employer: 'human' } }), opening.flatMap(([b, g]) => [...b, ...g])).state;
        const s = playGame(opened, { union: PASS, employer: PASS }, { maxWeeks: scenario.horizonWeeks }).state;
        expect(s.outcome).not.toBeNull();
        expect(s.outcome!.week).toBeLessThan(scenario.horizonWeeks);
        for (const v of Object.values(s.outcome!.scores)) expect(v >= 0 && v <= 100).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
