/** What-if forks: same seed, same pre-rolled world; only the changed decision and its consequences differ. */
import { describe, expect, it } from 'vitest';
import { AI_CONTROLLER, newGame, playGame, replay, scriptController, stateHash, whatIf, type Action } from '../../src/sim/index';
import { loadScenario } from './helpers';

const scenario = loadScenario();

/** A human BMA that strikes in week 0 and otherwise only ends its turns, against the AI Government. */
const humanGame = () => {
  const players = { union: 'human', employer: 'ai' } as const;
  const union = scriptController([{ week: 0, actions: [{ type: 'callStrike', start: '2025-07-25', days: 5 }] }]);
  const played = playGame(newGame(scenario, { seed: 'fork', players }), { union, employer: AI_CONTROLLER });
  const log: Action[] = played.weeks.flatMap((w) => w.actions.map((a) => a.action));
  return { players, log, state: played.state };
};

describe('what-if', () => {
  const original = humanGame();

  it('replaying the same decision reproduces the original game exactly', () => {
    const same = whatIf(scenario, 'fork', original.players, original.log, 0, 'union', [{ side: 'union', type: 'callStrike', start: '2025-07-25', days: 5 }]);
    expect(stateHash(same.state)).toBe(stateHash(original.state));
  });

  it('a changed decision gives another path over the same world, and the weeks before the fork are untouched', () => {
    const fork = whatIf(scenario, 'fork', original.players, original.log, 0, 'union', []);
    expect(stateHash(fork.state)).not.toBe(stateHash(original.state));
    expect(fork.state.world).toEqual(original.state.world);
    expect(fork.state.hidden).toEqual(original.state.hidden);
    expect(fork.state.strikes.daysHeld).toBeLessThan(original.state.strikes.daysHeld);
    // The fork's log is a valid game log: replaying it reaches the fork's state.
    expect(stateHash(replay(scenario, 'fork', original.players, fork.log))).toBe(stateHash(fork.state));
  });

  it('forking later keeps the earlier weeks identical', () => {
    const fork = whatIf(scenario, 'fork', original.players, original.log, 6, 'union', [{ side: 'union', type: 'statement', tone: 'conciliatory' }]);
    expect(fork.state.history.slice(0, 6)).toEqual(original.state.history.slice(0, 6));
  });
});
