// Visible consequences (issue 13): an empty strike fund means no strike pay and fewer strikers, and a budget
// overrun far past the headroom brings the Treasury in; both reach the week's events and its news.
import { describe, expect, it } from 'vitest';
import { newGame } from '../../src/sim/new-game';
import { step } from '../../src/sim/step';
import type { Action, GameState, SimEvent } from '../../src/sim/types';
import { politicalPressureBp } from '../../src/sim/walkaway';
import { newsItems } from '../../src/views/news';
import { loadScenario } from './helpers';

const sc = loadScenario('resident-doctors-2025');
const fresh = (): GameState => newGame(sc, { seed: 'consequences', players: { union: 'human', employer: 'human' } });

const act = (s: GameState, a: Action): { state: GameState; events: readonly SimEvent[] } => {
  const r = step(s, a);
  if (r.rejected) throw new Error(r.rejected.message);
  return { state: r.state, events: r.events };
};

/** Plays `n` weeks (the first with `actions` queued), returning the end state and every event. */
const playWeeks = (start: GameState, n: number, actions: Action[] = []): { state: GameState; events: SimEvent[] } => {
  let s = start;
  const events: SimEvent[] = [];
  for (let i = 0; i < n; i += 1) {
    for (const a of [...(i === 0 ? actions : []), { side: 'union', type: 'endTurn' } as Action, { side: 'employer', type: 'endTurn' } as Action]) {
      const r = act(s, a);
      s = r.state;
      events.push(...r.events);
    }
  }
  return { state: s, events };
};

const strike: Action = { side: 'union', type: 'callStrike', start: '2025-07-25', days: 3 };
const held = (events: readonly SimEvent[]) => events.find((e): e is Extract<SimEvent, { type: 'strikeDaysHeld' }> => e.type === 'strikeDaysHeld');

describe('an empty strike fund', () => {
  it('means no strike pay: participation falls by noFundFactor, and the news says why', () => {
    const funded = held(playWeeks(fresh(), 3, [strike]).events)!;
    const s = fresh();
    const broke = held(playWeeks({ ...s, union: { ...s.union, fundK: 0 } }, 3, [strike]).events)!;
    expect(funded.noStrikePay).toBe(false);
    expect(broke.noStrikePay).toBe(true);
    // Bounded: exactly the no-fund factor (0.9 here) of the paid turnout, never more and never less.
    expect(sc.members.participation.noFundFactorBp).toBe(9000);
    expect(broke.participationBp).toBe(Math.round((funded.participationBp * 9000) / 10000));
    // Its own line after the strike days' line, so no screen that shortens a long line can cut it.
    const [strikeDays, unpaid] = newsItems(sc, [broke]);
    expect(strikeDays!.text).toMatch(/ struck for 3 days /);
    expect(unpaid).toEqual({ kind: 'strike', side: 'union', text: 'The BMA\u2019s strike fund is empty: with no strike pay, fewer members walked out.', brief: 'No strike pay: the BMA\u2019s fund is empty, so fewer walked out.' });
    expect(newsItems(sc, [funded]).map((n) => n.text)).toEqual([expect.not.stringMatching(/strike pay/)]);
  });

  it('counts a fund topped up only by a week of donations as empty', () => {
    const s = fresh();
    const trickle = { ...s, union: { ...s.union, fundK: sc.members.fund.donationsKPerWeek } };
    expect(held(playWeeks(trickle, 3, [strike]).events)!.noStrikePay).toBe(true);
  });
});

describe('the Treasury', () => {
  const threshold = sc.initial.budgetHeadroomK / 2;
  const withHeadroom = (headroomK: number): GameState => {
    const s = fresh();
    return { ...s, employer: { ...s.employer, headroomK } };
  };

  it('steps in once when the headroom falls below minus half its starting size, and presses the Government', () => {
    const { state, events } = playWeeks(withHeadroom(-threshold - 1000), 3);
    const interventions = events.filter((e) => e.type === 'treasuryIntervened');
    expect(interventions).toHaveLength(1);
    expect(state.employer.treasuryWeek).toBe(0);
    expect(politicalPressureBp(state) - politicalPressureBp({ ...state, employer: { ...state.employer, treasuryWeek: null } })).toBe(1500);
    expect(newsItems(sc, interventions)[0]!.text).toMatch(/^Those who hold the purse stepped in: spending on the dispute has run £[\d.]+[mb]n? past the budget/);
  });

  it('stays out while the overrun is smaller than that', () => {
    const { state, events } = playWeeks(withHeadroom(-threshold + 50_000), 2);
    expect(events.some((e) => e.type === 'treasuryIntervened')).toBe(false);
    expect(state.employer.treasuryWeek).toBeNull();
  });
});
