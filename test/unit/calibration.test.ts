/**
 * Calibration of the default scenario against what was known of July 2025 (the figures in its sources): a
 * five-day strike from Friday 25 July under the scenario's mitigation reschedules about 54,095 episodes with
 * 93% of planned care kept; with no strikes the waiting list stays flat, as it was in mid-2025.
 */
import { describe, expect, it } from 'vitest';
import { newGame, publicShares, type GameState } from '../../src/sim/index';
import { endWeek, endWeeks, loadScenario } from './helpers';

const scenario = loadScenario();
const start = (): GameState => newGame(scenario, { seed: 'calibration', players: { bma: 'human', gov: 'human' } });

describe('default scenario calibration', () => {
  it('a 5-day strike from 25 July 2025 reschedules 54,095 ± 20% episodes with 93% ± 3 points of planned care kept', () => {
    let s = endWeek(start(), [{ side: 'bma', type: 'callStrike', start: '2025-07-25', days: 5 }]);
    s = endWeeks(s, 4);
    const touched = s.history.filter((h) => h.strikeDays > 0);
    expect(touched.map((h) => h.week)).toEqual([2, 3]);
    expect(touched.map((h) => h.strikeDays)).toEqual([3, 2]);
    const rescheduled = touched.reduce((a, h) => a + h.rescheduled, 0);
    expect(rescheduled).toBeGreaterThanOrEqual(54095 * 0.8);
    expect(rescheduled).toBeLessThanOrEqual(54095 * 1.2);
    for (const h of touched) {
      expect(h.plannedCareKeptBp).toBeGreaterThanOrEqual(9000);
      expect(h.plannedCareKeptBp).toBeLessThanOrEqual(9600);
    }
    // Weeks without strike days keep all planned care.
    expect(s.history.filter((h) => h.strikeDays === 0).every((h) => h.plannedCareKeptBp === 10000)).toBe(true);
  });

  it('about three in ten members strike at the start (16,162 of 53,766 a day in July 2025)', () => {
    let s = endWeek(start(), [{ side: 'bma', type: 'callStrike', start: '2025-07-25', days: 5 }]);
    s = endWeeks(s, 2);
    const held = s.history.find((h) => h.strikeDays > 0)!;
    expect(held.participationBp).toBeGreaterThanOrEqual(2800);
    expect(held.participationBp).toBeLessThanOrEqual(3200);
  });

  it('with no strikes the waiting list is within 1% of 7.37 million after 26 weeks', () => {
    const s = endWeeks(start(), 26);
    const list = s.history[25]!.waitingList;
    expect(Math.abs(list - 7_370_000) / 7_370_000).toBeLessThan(0.01);
  });

  it('starts where July 2025 stood: 26% support, 41% opposition, a mandate to January 2026', () => {
    const s = start();
    const shares = publicShares(scenario, s.opinion);
    expect(shares.supportBp).toBe(2600);
    expect(shares.opposeBp).toBe(4100);
    expect(s.law.mandate).not.toBeNull();
    expect(s.strikes.calls).toEqual([]);
    expect(s.nhs.waitingList).toBe(7_370_000);
  });

  it('a strike costs more with more planned care protected, and cancels less', () => {
    const run = (level: number) => {
      let s = endWeek(start(), [
        { side: 'bma', type: 'callStrike', start: '2025-07-25', days: 5 },
        { side: 'gov', type: 'setMitigation', level },
      ]);
      s = endWeeks(s, 3);
      return { rescheduled: s.nhs.rescheduledTotal, cost: s.gov.strikeCostK };
    };
    const low = run(0);
    const high = run(90);
    expect(high.rescheduled).toBeLessThan(low.rescheduled);
    expect(high.cost).toBeGreaterThan(low.cost);
    // Without mitigation the loss is near the 2023 levels: about a sixth of planned care.
    expect(low.rescheduled).toBeGreaterThan(100_000);
  });
});
