// Strikes that cannot reach a deal (src/sim/ai/futility.ts): the union's AI shrinks them to a token day when
// its recent strike days have stopped closing the gap, never before it has evidence, and never against a
// Government that has tabled nothing better than the status quo (stonewalling must not pay).
import { describe, expect, it } from 'vitest';
import { futileStrikes } from '../../src/sim/ai/futility';
import { buildView } from '../../src/sim/ai/view';
import { newGame } from '../../src/sim/new-game';
import { AI_CONTROLLER, playGame, type PlayedWeek } from '../../src/sim/play';
import { loadScenario } from './helpers';

const SEEDS = ['futile-1', 'futile-2', 'futile-3', 'futile-4', 'futile-5', 'futile-6'];

const weeksOf = (id: string, employer: string, seed: string): readonly PlayedWeek[] => {
  const sc = loadScenario(id);
  const human = employer === 'silent';
  const start = newGame(sc, { seed, players: { union: 'ai:pragmatist', employer: human ? 'human' : `ai:${employer}` } });
  const silent = { kind: 'policy', name: 'silent', decide: () => [] } as const;
  return playGame(start, { union: AI_CONTROLLER, employer: human ? silent : AI_CONTROLLER }).weeks;
};

const strikeCalls = (weeks: readonly PlayedWeek[]) => weeks.flatMap((w) => w.decisions.union.filter((d) => d.action.type === 'callStrike').map((d) => ({ week: w, d })));

describe('futile strikes', () => {
  it('turn into one-day token strikes in a dispute with no zone of agreement (junior-doctors-2023 v the pragmatist)', () => {
    for (const seed of SEEDS) {
      const calls = strikeCalls(weeksOf('junior-doctors-2023', 'pragmatist', seed));
      const tokens = calls.filter((c) => c.d.reason === 'STRIKE_TOKEN');
      expect(tokens.length).toBeGreaterThan(0);
      for (const t of tokens) {
        expect(t.d.action).toMatchObject({ type: 'callStrike', days: 1 });
        // Judged only with evidence: at least 10 strike days held before the first token day.
        expect(t.week.start.strikes.daysHeld).toBeGreaterThanOrEqual(10);
        expect(t.d.why).toMatch(/did little to close the gap/);
      }
      const held = calls.reduce((n, c) => n + (c.d.action.type === 'callStrike' ? c.d.action.days : 0), 0);
      expect(held).toBeLessThan(40);
    }
  });

  it('never stand down the union against a Government that has tabled no terms, or only the status quo', () => {
    for (const [id, employer] of [['resident-doctors-2025', 'silent'], ['junior-doctors-2023', 'silent']] as const) {
      for (const seed of SEEDS) {
        const weeks = weeksOf(id, employer, seed);
        const calls = strikeCalls(weeks);
        expect(calls.length).toBeGreaterThan(5);
        expect(calls.every((c) => c.d.reason === 'STRIKE_FOR_LEVERAGE')).toBe(true);
        expect(weeks.map((w) => futileStrikes(buildView(w.start, 'union', null)))).toEqual(weeks.map(() => null));
      }
    }
  });

  it('are judged only once 10 strike days have been held', () => {
    const early = weeksOf('junior-doctors-2023', 'pragmatist', 'futile-1').filter((w) => w.start.strikes.daysHeld < 10);
    expect(early.length).toBeGreaterThan(3);
    expect(early.map((w) => futileStrikes(buildView(w.start, 'union', null)))).toEqual(early.map(() => null));
  });
});
