/**
 * Determinism: a game is its scenario, seed and action log. The same inputs give the same state hash, a replay
 * equals live play, what-if branches share the pre-rolled world, and the AI never reads the other side's
 * private values. Golden hashes pin the default scenario's behaviour; regenerate them deliberately with
 * `npm run golden:update` when the model changes on purpose, and say so in the commit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AI_CONTROLLER, decide, newGame, playGame, replay, replayLog, stateHash, step, type Action, type GameState } from '../../src/sim/index';
import { endWeek, loadScenario, playAi, ROOT } from './helpers';

const scenario = loadScenario();
const HUMANS = { union: 'human', employer: 'human' } as const;

/** Terms at grid step `step` of every issue, counted from the top (the union's ask) or the bottom. */
const termsAt = (step: number, from: 'top' | 'bottom'): Record<string, number> =>
  Object.fromEntries(
    scenario.issues.map((issue) => {
      const i = Math.min(step, issue.values.length - 1);
      return [issue.id, issue.values[from === 'bottom' ? i : issue.values.length - 1 - i]!];
    }),
  );

/**
 * A game between two humans playing scripted moves: the union strikes in the first week and asks a step less each
 * week, the Government offers a step more each week and makes statements. A move the core rejects is left out of
 * the log, as the screens would not send it.
 */
const playScripted = (seed: string): { state: GameState; log: Action[] } => {
  let state = newGame(scenario, { seed, players: HUMANS });
  const log: Action[] = [];
  const take = (action: Action) => {
    const result = step(state, action);
    if (result.rejected) return;
    state = result.state;
    log.push(action);
  };
  while (!state.outcome) {
    const week = state.week;
    if (week === 1) take({ side: 'union', type: 'callStrike', start: '2025-07-28', days: 5 });
    take({ side: 'union', type: 'propose', offer: termsAt(week, 'top') });
    take({ side: 'union', type: 'endTurn' });
    take({ side: 'employer', type: 'propose', offer: termsAt(week, 'bottom') });
    take({ side: 'employer', type: 'statement', tone: week % 2 ? 'firm' : 'hardline' });
    take({ side: 'employer', type: 'endTurn' });
  }
  return { state, log };
};

describe('determinism', () => {
  it('the same seed and players give the same game; another seed gives another', () => {
    const a = playAi(scenario, 'alpha');
    const b = playAi(scenario, 'alpha');
    const c = playAi(scenario, 'beta');
    expect(b.weekHashes).toEqual(a.weekHashes);
    expect(c.weekHashes).not.toEqual(a.weekHashes);
    expect(stateHash(a.state)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("a replay of an AI game's log reproduces live play to the bit", () => {
    const live = playAi(scenario, '7');
    // The replay only steps the recorded actions: the AI's choices are in the log, not made again.
    const replayed = replay(scenario, '7', { union: 'ai', employer: 'ai' }, live.log);
    expect(stateHash(replayed)).toBe(stateHash(live.state));
    expect(replayed.outcome).toEqual(live.state.outcome);
  });

  it('a replay of the log of a game between two humans, scripted moves on both sides, reproduces it to the bit', () => {
    const live = playScripted('two humans');
    const sides = new Set(live.log.filter((a) => a.type === 'propose').map((a) => a.side));
    expect(sides).toEqual(new Set(['union', 'employer']));
    expect(live.log.some((a) => a.type === 'callStrike')).toBe(true);
    expect(live.state.outcome).not.toBeNull();
    const replayed = replay(scenario, 'two humans', HUMANS, live.log);
    expect(stateHash(replayed)).toBe(stateHash(live.state));
    expect(replayed.outcome).toEqual(live.state.outcome);
  });

  it('numbers and strings seed alike ("42" and 42)', () => {
    expect(stateHash(newGame(scenario, { seed: 42, players: { union: 'ai', employer: 'ai' } }))).toBe(
      stateHash(newGame(scenario, { seed: '42', players: { union: 'ai', employer: 'ai' } })),
    );
  });

  it('resuming from a replayed week equals the uninterrupted game', () => {
    const live = playAi(scenario, 'resume');
    const cut = Math.floor(live.log.length / 2);
    const halfway = replay(scenario, 'resume', { union: 'ai', employer: 'ai' }, live.log.slice(0, cut));
    const resumed = replayLog(halfway, live.log.slice(cut)).state;
    expect(stateHash(resumed)).toBe(stateHash(live.state));
  });

  it('what-if branches share the same pre-rolled world', () => {
    const base = newGame(scenario, { seed: 'weather', players: { union: 'human', employer: 'human' } });
    const quiet = endWeek(base);
    const loud = endWeek(base, [
      { side: 'union', type: 'callStrike', start: '2025-07-25', days: 5 },
      { side: 'employer', type: 'statement', tone: 'hardline' },
    ]);
    expect(loud.world).toEqual(quiet.world);
    expect(loud.hidden).toEqual(quiet.hidden);
    expect(stateHash(loud)).not.toBe(stateHash(quiet));
  });

  it("the AI's decisions ignore the other side's private values", () => {
    const played = playGame(newGame(scenario, { seed: 'fair', players: { union: 'ai', employer: 'ai' } }), { union: AI_CONTROLLER, employer: AI_CONTROLLER }, { maxWeeks: 20 });
    for (const { start: s, decisions } of played.weeks) {
      const unionHiddenChanged = { ...s, hidden: { ...s.hidden, unionFloorX100: s.hidden.unionFloorX100 + 700 } };
      const employerHiddenChanged = { ...s, hidden: { ...s.hidden, employerReadAcrossBp: s.hidden.employerReadAcrossBp === 22000 ? 30000 : 22000 } };
      expect(decide(unionHiddenChanged, 'employer')).toEqual(decisions.employer);
      expect(decide(employerHiddenChanged, 'union')).toEqual(decisions.union);
    }
  });
});

interface Golden {
  readonly scenario: string;
  readonly seed: string;
  readonly players: { union: string; employer: string };
  readonly log: Action[];
  readonly weekHashes: string[];
}

describe('golden replays', () => {
  const golden = JSON.parse(readFileSync(join(ROOT, 'test/golden/default-ai.json'), 'utf8')) as Golden[];

  it.each(golden.map((g) => [g.seed, g] as const))('seed %s replays to its recorded hashes', (_, g) => {
    const { weeks } = replayLog(newGame(loadScenario(g.scenario), { seed: g.seed, players: g.players }), g.log);
    const hashes = weeks.filter((w) => w.resolved).map((w) => stateHash(w.state));
    expect(hashes).toEqual(g.weekHashes);
  });
});
