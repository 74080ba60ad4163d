/** What-if as a view: the weeks and moves to choose from, the choice as actions, and the two paths compared. */
import { describe, expect, it } from 'vitest';
import { AI_CONTROLLER, newGame, playGame, scriptController, stateHash, whatIf } from '../sim/index';
import { loadScenario } from '../../test/unit/helpers';
import type { Study } from '../store/study';
import { planFor } from '../store/plan';
import { actionsOf, checkMoves, compare, forkPoints, forkSides, moveChoices, movesByWeek } from './debrief-what-if';

const scenario = loadScenario();

/** A human BMA that strikes in week 1 and otherwise ends its turns, against the computer; refused moves are not logged. */
function played(): Study {
  const players = { union: 'human', employer: 'ai:pragmatist' } as const;
  const union = scriptController([{ week: 1, actions: [{ type: 'callStrike', start: '2025-07-28', days: 5 }] }]);
  const game = playGame(newGame(scenario, { seed: 'wi', players }), { union, employer: AI_CONTROLLER });
  const log = game.weeks.flatMap((w) => w.actions.filter((a) => !a.rejected).map((a) => a.action));
  return { scenario, seed: 'wi', players: game.state.players, log, state: game.state, source: 'game' };
}

const study = played();

describe('what-if view', () => {
  it('groups the moves by week and offers every week played, for the human side', () => {
    const weeks = movesByWeek(study);
    expect(weeks[1]!.filter((a) => a.side === 'union').map((a) => a.type)).toEqual(['callStrike']);
    expect(forkPoints(study)).toHaveLength(study.state.history.length);
    expect(forkSides(study)).toEqual(['union']);
    expect(forkSides({ ...study, players: { union: 'ai:hardliner', employer: 'ai:pragmatist' } })).toEqual(['union', 'employer']);
  });

  it('lists the side\u2019s moves that week with the core\u2019s reasons, marking the one it made', () => {
    const start = forkPoints(study)[1]!.start;
    const choices = moveChoices(start, 'union', movesByWeek(study)[1]!, planFor(start, 'union', null));
    const strike = choices.find((c) => c.type === 'callStrike')!;
    expect(strike.original).toBe(true);
    expect(strike.params.map((p) => p.id)).toEqual(['start', 'days']);
    expect(strike.params[0]!.selected).toBe('2025-07-28');
    expect(strike.params[1]!.selected).toBe('5');
    // Week 1 has an offer from the Government on the table, so accepting it is open; no strike is notified yet,
    // so calling one off is not, and the core says why.
    expect(choices.find((c) => c.type === 'accept')).toMatchObject({ available: true, why: null, original: false });
    expect(choices.find((c) => c.type === 'suspendStrike')).toMatchObject({ available: false, why: expect.stringMatching(/strike days/) });
    expect(choices.some((c) => c.type === 'imposeAward')).toBe(false); // not a BMA move
    const propose = choices.find((c) => c.type === 'propose')!;
    expect(propose.params).toHaveLength(scenario.issues.length);
  });

  it('turns the choice into actions the core accepts, and replaying the same choice gives the same game', () => {
    const start = forkPoints(study)[1]!.start;
    const actions = actionsOf(start, 'union', [{ type: 'callStrike', params: { start: '2025-07-28', days: '5' } }]);
    expect(actions).toEqual([{ side: 'union', type: 'callStrike', start: '2025-07-28', days: 5 }]);
    expect(checkMoves(start, actions)).toBeNull();
    expect(checkMoves(start, actionsOf(start, 'union', [{ type: 'callStrike', params: { start: '2025-07-08', days: '5' } }]))).toMatch(/notice/);
    const same = whatIf(scenario, study.seed, study.players, study.log, 1, 'union', actions);
    expect(stateHash(same.state)).toBe(stateHash(study.state));
  });

  it('compares the two paths row by row, with charts for each', () => {
    const fork = whatIf(scenario, study.seed, study.players, study.log, 1, 'union', []);
    const view = compare(scenario, study.state, fork.state, 1, 'union');
    const strikes = view.rows.find((r) => r.label === 'Strike days held')!;
    expect(strikes.played).toBe(String(study.state.strikes.daysHeld));
    expect(strikes.whatIf).toBe(String(fork.state.strikes.daysHeld));
    expect(strikes.changed).toBe(fork.state.strikes.daysHeld !== study.state.strikes.daysHeld);
    expect(view.charts).toHaveLength(4);
    for (const chart of view.charts) expect(chart.layers.filter((l) => l.kind === 'line')).toHaveLength(2);
    expect(view.headline).toMatch(/^As played: /);
  });
});
