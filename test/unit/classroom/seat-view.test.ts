import { describe, expect, it } from 'vitest';
import { seatEvents, seatState, withScenario } from '../../../src/classroom/seat-view';
import { AI_CONTROLLER, decide, newGame, otherSide, playWeek, SIDES, type GameState } from '../../../src/sim';
import { loadScenario } from '../helpers';

const sc = loadScenario('resident-doctors-2025');

/** Every state at a week's start over a whole AI game. */
const weekStarts = (seed: string): GameState[] => {
  const states: GameState[] = [];
  let state = newGame(sc, { seed, players: { union: 'ai', employer: 'ai' } });
  while (!state.outcome) {
    states.push(state);
    state = playWeek(state, { union: AI_CONTROLLER, employer: AI_CONTROLLER }).state;
  }
  return [...states, state];
};

describe('a seat state', () => {
  const states = weekStarts('seat-view');

  // Everything but the words: which of a situation's lines is said is drawn from the game's seed, which no seat sees.
  const apartFromWords = (d: ReturnType<typeof decide>) => d.map(({ message: _line, ...rest }) => rest);

  it('lets the core AI decide exactly as it does on the whole state, every week, for both sides', () => {
    const open = states.filter((s) => !s.outcome);
    expect(open.length).toBeGreaterThan(3);
    for (const state of open) {
      for (const side of SIDES) expect(apartFromWords(decide(withScenario(seatState(state, side), sc), side))).toEqual(apartFromWords(decide(state, side)));
    }
  });

  it("holds none of the other side's hidden value, seed or future draws", () => {
    const last = states.at(-1)!;
    const union = seatState(last, 'union');
    const employer = seatState(last, 'employer');
    expect(union.hidden.employerReadAcrossBp).toBe(0);
    expect(union.hidden.unionFloorX100).toBe(last.hidden.unionFloorX100);
    expect(employer.hidden.unionFloorX100).toBe(0);
    expect(employer.union.resistanceX100).toBe(0);
    expect(employer.history.every((w) => w.walkAway.union === 0 && w.moraleBp === 0)).toBe(true);
    expect(union.history.every((w) => w.walkAway.employer === 0 && w.payCostKPerYear === 0)).toBe(true);
    for (const seat of [union, employer]) {
      expect(seat.seed).toBe('');
      expect(seat.world).toEqual([]);
    }
    expect(employer.outcome?.scores.union).toBe(0);
  });

  it("leaves out only the other side's queued moves from the events", () => {
    const events = [
      { type: 'actionQueued', side: 'union', action: { type: 'reject' } },
      { type: 'actionQueued', side: 'employer', action: { type: 'reject' } },
      { type: 'turnEnded', side: 'employer' },
    ] as const;
    for (const side of SIDES) {
      expect(seatEvents(events, side).filter((e) => e.type === 'actionQueued').map((e) => e.side)).toEqual([side]);
      expect(seatEvents(events, side).some((e) => e.type === 'turnEnded' && e.side === otherSide(side))).toBe(side === 'union');
    }
  });
});
