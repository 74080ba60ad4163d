/**
 * Calibration of the default scenario against what was known of July 2025 (the figures in its sources): a
 * five-day strike from Friday 25 July under the scenario's mitigation reschedules about 54,095 episodes with
 * 93% of planned care kept; with no strikes the waiting list stays flat, as it was in mid-2025.
 */
import { describe, expect, it } from 'vitest';
import { advanceOpinion, blameShares, initialOpinion, publicShares, type OpinionInputs } from '../../src/sim/opinion';
import type { Scenario } from '../../src/sim/scenario/types';
import { newGame, parseIsoDate, type Action, type GameState } from '../../src/sim/index';
import { endWeek, endWeeks, loadScenario } from './helpers';

const scenario = loadScenario();
const start = (): GameState => newGame(scenario, { seed: 'calibration', players: { union: 'human', employer: 'human' } });

describe('default scenario calibration', () => {
  it('a 5-day strike from 25 July 2025 reschedules 54,095 ± 20% episodes with 93% ± 3 points of planned care kept', () => {
    let s = endWeek(start(), [{ side: 'union', type: 'callStrike', start: '2025-07-25', days: 5 }]);
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
    let s = endWeek(start(), [{ side: 'union', type: 'callStrike', start: '2025-07-25', days: 5 }]);
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

  it('a five-day strike in July 2025 costs about £300m, and more planned care kept means less lost and a cheaper strike', () => {
    const run = (level: number | null) => {
      let s = endWeek(start(), [
        { side: 'union', type: 'callStrike', start: '2025-07-25', days: 5 },
        ...(level === null ? [] : [{ side: 'employer' as const, type: 'setMitigation' as const, level }]),
      ]);
      s = endWeeks(s, 3);
      return { rescheduled: s.nhs.rescheduledTotal, cost: s.employer.strikeCostK };
    };
    // The scenario's own mitigation (93% of planned care kept): the reported estimate of about £300m.
    const july = run(null);
    expect(july.cost).toBeGreaterThanOrEqual(255_000);
    expect(july.cost).toBeLessThanOrEqual(345_000);
    const low = run(0);
    const high = run(90);
    expect(high.rescheduled).toBeLessThan(low.rescheduled);
    expect(high.cost).toBeLessThan(july.cost);
    expect(july.cost).toBeLessThan(low.cost);
    // Without mitigation the loss is near the 2023 levels: about a sixth of planned care.
    expect(low.rescheduled).toBeGreaterThan(100_000);
  });

  it('with nothing happening for a year, support for the strikes does not rise (pay once paid is not forgotten)', () => {
    const s = endWeeks(start(), 52);
    const shares = publicShares(scenario, s.opinion);
    expect(Math.abs(shares.supportBp - 2600)).toBeLessThanOrEqual(100);
    expect(Math.abs(shares.opposeBp - 4100)).toBeLessThanOrEqual(100);
  });

  it('a year of repeated strikes with no offers moves opinion materially: opposition up, support down, blame toward the doctors', () => {
    let s = start();
    const first = s.opinion;
    const tuesday = (week: number) => new Date(Date.UTC(2025, 6, 8 + 7 * week)).toISOString().slice(0, 10);
    for (let w = 0; w < 52 && !s.outcome; w += 1) {
      const actions: Action[] = [];
      // Four or five days every four weeks, each called two weeks ahead while the mandate covers it; the
      // mandate is renewed in good time.
      const days = w % 8 === 0 ? 5 : 4;
      const mandate = s.law.mandate;
      const from = parseIsoDate(tuesday(w + 2))!;
      if (w % 4 === 0 && w <= 48 && mandate !== null && from + days - 1 <= mandate.until) actions.push({ side: 'union', type: 'callStrike', start: tuesday(w + 2), days });
      if (w === 14) actions.push({ side: 'union', type: 'openBallot' });
      s = endWeek(s, actions);
    }
    const before = publicShares(scenario, first);
    const after = publicShares(scenario, s.opinion);
    const days = s.strikes.daysHeld;
    expect(days).toBeGreaterThanOrEqual(20);
    expect(after.opposeBp - before.opposeBp).toBeGreaterThanOrEqual(800);
    expect(after.supportBp).toBeLessThan(before.supportBp);
    expect(blameShares(scenario, s.opinion).unionBp).toBeGreaterThan(blameShares(scenario, first).unionBp);
  });

  it('a Government that only makes conciliatory statements does not drain the members\' anger, grievance or turnout', () => {
    const statements = (weeks: number) => {
      let s = start();
      for (let w = 0; w < weeks; w += 1) s = endWeek(s, [{ side: 'employer', type: 'statement', tone: 'conciliatory' }]);
      return s;
    };
    const talk = statements(26);
    const quiet = endWeeks(start(), 26);
    expect(talk.union.angerBp).toBe(quiet.union.angerBp);
    expect(talk.union.grievanceBp).toBe(quiet.union.grievanceBp);
  });
});

/**
 * In-sample tests of the opinion model on the polls of 2023-25 (the facts the sensitivities were set from):
 * the opinion sub-model is driven week by week along the real path and its movement compared with the polls.
 */
describe('opinion calibration on the 2023-25 polls (in sample)', () => {
  const drive = (sc: Scenario, weeks: number, at: (week: number) => Partial<OpinionInputs>, from = initialOpinion(sc)) => {
    let o = from;
    const calm: OpinionInputs = { strikeDays: 0, winter: false, cancelledTrue: 0, payAwardedX100: 0, shockBp: 0, salienceBp: 0, blameBp: 0, employerBestX100: from.employerBestX100, unionClaimX100: from.unionClaimX100 };
    for (let w = 0; w < weeks; w += 1) o = advanceOpinion(sc, o, { ...calm, ...at(w) });
    return o;
  };
  const net = (sc: Scenario, o: ReturnType<typeof initialOpinion>) => {
    const p = publicShares(sc, o);
    return p.supportBp - p.opposeBp;
  };

  it('June 2024 to July 2025: with 17.45% paid and one strike, net support falls about 36 points (Ipsos 52/31 to 26/41)', () => {
    const sc = scenario;
    // Week 0 is the week of the June 2024 poll; the five-day strike of 27 June - 2 July 2024 follows (61,989
    // rescheduled); the 4.05% + 8% deal is paid from its acceptance in mid-September (week 12); 5.4% from
    // 22 May 2025 (week 48); the July 2025 poll is in week 55.
    const o = drive(sc, 55, (w) => ({
      strikeDays: w === 1 ? 3 : w === 2 ? 2 : 0,
      cancelledTrue: w === 1 ? 48_000 : w === 2 ? 32_000 : 0,
      payAwardedX100: w === 12 ? 1205 : w === 48 ? 540 : 0,
    }));
    const fall = net(sc, initialOpinion(sc)) - net(sc, o);
    expect(fall).toBeGreaterThanOrEqual(2800);
    expect(fall).toBeLessThanOrEqual(4400);
  });

  it('August 2023 to January 2024: five months of strikes with no new pay cost about 9 points of support (YouGov)', () => {
    const sc = loadScenario('junior-doctors-2023');
    // Strikes of 11-14 Aug (4 days, 61,200 rescheduled), 20-22 Sep and 2-4 Oct (3 days each, with consultants),
    // 20-23 Dec (3 days, 86,329) and the first two days of January's six before the poll of 3-4 January.
    // Week 0 is the week of 7 August 2023; December and January are winter weeks.
    const strikes: Record<number, [days: number, rescheduled: number]> = { 0: [1, 15_300], 1: [3, 45_900], 6: [3, 45_000], 8: [3, 45_000], 19: [3, 86_329], 21: [2, 38_000] };
    const o = drive(sc, 22, (w) => {
      const [days, rescheduled] = strikes[w] ?? [0, 0];
      return { strikeDays: days, cancelledTrue: Math.round(rescheduled * 1.3), winter: w >= 17 };
    });
    const start = publicShares(sc, initialOpinion(sc));
    const end = publicShares(sc, o);
    const fell = start.supportBp - end.supportBp;
    expect(fell).toBeGreaterThanOrEqual(500);
    expect(fell).toBeLessThanOrEqual(1300);
    expect(end.opposeBp).toBeGreaterThan(start.opposeBp);
  });
});
