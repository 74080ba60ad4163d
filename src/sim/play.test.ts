import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decide } from './ai/decide';
import { newGame } from './new-game';
import { step } from './step';
import { AI_CONTROLLER, HUMAN_CONTROLLER, playGame, playWeek, scriptController, type Controller, type ScriptAction } from './play';
import { replayLog } from './replay-log';
import { replay, stateHash } from './replay';
import { parseScenarioText } from './scenario/parse';
import type { Action, GameState } from './types';

const parsed = parseScenarioText(readFileSync(fileURLToPath(new URL('../../scenarios/resident-doctors-2025.yaml', import.meta.url)), 'utf8'));
if (!parsed.ok) throw new Error('scenario');
const sc = parsed.value;
const game = (seed = 'play', players = { union: 'ai', employer: 'ai' }): GameState => newGame(sc, { seed, players });
const script = (weeks: Record<number, ScriptAction[]>): Controller => ({ kind: 'script', weeks });
const PASS = script({});

/** Every action that reached the core, in order, as a replay log. */
const logOf = (weeks: readonly { actions: readonly { action: Action; rejected?: unknown }[] }[]): Action[] =>
  weeks.flatMap((w) => w.actions.filter((a) => !a.rejected).map((a) => a.action));

describe('playWeek', () => {
  it('resolves exactly one week and adds a plain end of turn for a script that says nothing', () => {
    const played = playWeek(game('p', { union: 'human', employer: 'human' }), { union: PASS, employer: PASS });
    expect(played.week).toBe(0);
    expect(played.state.week).toBe(1);
    expect(played.state.history).toHaveLength(1);
    expect(played.actions).toEqual([
      { side: 'union', action: { side: 'union', type: 'endTurn' }, implicit: true },
      { side: 'employer', action: { side: 'employer', type: 'endTurn' }, implicit: true },
    ]);
    expect(played.events.some((e) => e.type === 'weekResolved')).toBe(true);
    expect(played.messages).toEqual([]);
  });

  it('plays the AI exactly as decide() on the start-of-week state, with its messages', () => {
    const start = game();
    const played = playWeek(start, { union: AI_CONTROLLER, employer: AI_CONTROLLER });
    const expected = [...decide(start, 'union'), ...decide(start, 'employer')];
    expect(played.actions.map((a) => a.action)).toEqual(expected.map((d) => d.action));
    expect(played.actions.every((a) => !a.rejected && !a.implicit)).toBe(true);
    expect(played.messages).toEqual(expected.filter((d) => d.message).map((d) => ({ side: d.action.side, text: d.message, reason: d.reason })));
    expect(played.messages.length).toBeGreaterThan(0);
    expect(played.decisions.union).toEqual(decide(start, 'union'));
  });

  it('reports an illegal scripted action as rejected and keeps going', () => {
    const union = script({ 0: [{ type: 'callStrike', start: '2025-07-14', days: 2 }, { type: 'callStrike', start: '2025-07-25', days: 5 }] });
    const played = playWeek(game('p', { union: 'human', employer: 'ai' }), { union, employer: AI_CONTROLLER });
    const [tooSoon, ok] = played.actions;
    expect(tooSoon?.rejected?.reason).toBe('notice-too-short');
    expect(ok?.rejected).toBeUndefined();
    expect(played.events).toContainEqual(expect.objectContaining({ type: 'strikeCalled', days: 5 }));
  });

  it('never lets actions written after a side\'s end of turn spill into the next week', () => {
    // The Government ends its turn second, so its end of turn resolves the week; its later statement must be
    // refused (turn ended), not queued for week 1.
    const employer = script({ 0: [{ type: 'endTurn' }, { type: 'statement', tone: 'hardline' }] });
    const union = script({ 0: [{ type: 'endTurn' }, { type: 'statement', tone: 'firm' }] });
    const played = playWeek(game('p', { union: 'human', employer: 'human' }), { union, employer });
    expect(played.actions.map((a) => [a.side, a.action.type, a.rejected?.reason])).toEqual([
      ['union', 'endTurn', undefined],
      ['union', 'statement', 'turn-ended'],
      ['employer', 'endTurn', undefined],
      ['employer', 'statement', 'turn-ended'],
    ]);
    expect(played.state.week).toBe(1);
    expect(played.state.turn.employer.actions).toEqual([]);
    expect(played.events.some((e) => e.type === 'statementMade')).toBe(false);
  });

  it('gives each side the same start-of-week view: the order of sides does not change the result', () => {
    const start = game('order');
    const a = playWeek(start, { union: AI_CONTROLLER, employer: AI_CONTROLLER });
    // Replaying the same actions Government-first must land on the same state.
    const employerFirst = [...a.actions.filter((x) => x.side === 'employer'), ...a.actions.filter((x) => x.side === 'union')].map((x) => x.action);
    const nonEnd = employerFirst.filter((x) => x.type !== 'endTurn');
    const ends = employerFirst.filter((x) => x.type === 'endTurn');
    const b = replay(sc, 'order', { union: 'ai', employer: 'ai' }, [...nonEnd, ...ends]);
    expect(stateHash(b)).toBe(stateHash(a.state));
  });

  it('waits for a human: the AI plays its side, the week stays open, and the AI decided from the week\'s start', () => {
    const start = game('wait', { union: 'human', employer: 'ai' });
    const played = playWeek(start, { union: HUMAN_CONTROLLER, employer: AI_CONTROLLER });
    expect(played.resolved).toBe(false);
    expect(played.resolution).toEqual([]);
    expect(played.state.turn.union.ended).toBe(false);
    expect(played.state.turn.employer.ended).toBe(true);
    expect(played.actions.map((a) => a.action)).toEqual(decide(start, 'employer').map((d) => d.action));
  });

  it('plays on from part-way through a week, deciding from the week\'s start, and reports the resolving events', () => {
    const start = game('mid', { union: 'human', employer: 'ai' });
    const humanEnded = step(start, { side: 'union', type: 'endTurn' }).state;
    const played = playWeek(humanEnded, { union: HUMAN_CONTROLLER, employer: AI_CONTROLLER }, { weekStart: start });
    expect(played.resolved).toBe(true);
    expect(played.state.week).toBe(1);
    expect(played.actions.map((a) => a.action)).toEqual(decide(start, 'employer').map((d) => d.action));
    expect(played.resolution[0]).toEqual({ type: 'turnEnded', side: 'employer' });
    expect(played.resolution.at(-1)).toEqual({ type: 'weekResolved', week: 0 });
  });

  it('asks a policy controller for its side\'s actions from the week\'s start state, and ends its turn for it', () => {
    const start = game('policy');
    const seen: [number, string][] = [];
    const policy: Controller = {
      kind: 'policy',
      name: 'firm every week',
      decide: (weekStart, side) => {
        seen.push([weekStart.week, side]);
        return [{ type: 'statement', tone: 'firm' }];
      },
    };
    const played = playWeek(start, { union: AI_CONTROLLER, employer: policy });
    expect(seen).toEqual([[0, 'employer']]);
    expect(played.resolved).toBe(true);
    expect(played.actions.filter((a) => a.action.side === 'employer').map((a) => a.action)).toEqual([
      { side: 'employer', type: 'statement', tone: 'firm' },
      { side: 'employer', type: 'endTurn' },
    ]);
    expect(played.decisions.employer).toEqual([]);
  });

  it('refuses to play a finished game', () => {
    const done = playGame(game('end'), { union: AI_CONTROLLER, employer: AI_CONTROLLER });
    expect(done.state.outcome).not.toBeNull();
    expect(() => playWeek(done.state, { union: AI_CONTROLLER, employer: AI_CONTROLLER })).toThrow(/over/);
  });
});

describe('playGame', () => {
  it('plays AI against AI to an outcome within the horizon, one record per week', () => {
    const { state, weeks } = playGame(game('full'), { union: AI_CONTROLLER, employer: AI_CONTROLLER });
    expect(state.outcome).not.toBeNull();
    expect(weeks.length).toBe(state.outcome!.week + 1);
    expect(weeks.length).toBeLessThanOrEqual(sc.horizonWeeks);
    expect(weeks.map((w) => w.week)).toEqual(weeks.map((_, i) => i));
    expect(state.history).toHaveLength(weeks.length);
  });

  it('stops after maxWeeks', () => {
    const { state, weeks } = playGame(game('short'), { union: AI_CONTROLLER, employer: AI_CONTROLLER }, { maxWeeks: 3 });
    expect(weeks).toHaveLength(3);
    expect(state.week).toBe(3);
    expect(state.outcome).toBeNull();
  });

  it('is deterministic and replays from its own log to the same state hash', () => {
    const controllers = { union: AI_CONTROLLER, employer: AI_CONTROLLER };
    const one = playGame(game('det'), controllers);
    const two = playGame(game('det'), controllers);
    expect(stateHash(two.state)).toBe(stateHash(one.state));
    expect(stateHash(replay(sc, 'det', { union: 'ai', employer: 'ai' }, logOf(one.weeks)))).toBe(stateHash(one.state));
    expect(stateHash(playGame(game('other'), controllers).state)).not.toBe(stateHash(one.state));
  });

  it('a human side still to move stops the game at an open week', () => {
    const { state, weeks } = playGame(game('open', { union: 'human', employer: 'ai' }), { union: HUMAN_CONTROLLER, employer: AI_CONTROLLER });
    expect(weeks).toHaveLength(1);
    expect(weeks[0]!.resolved).toBe(false);
    expect(state.week).toBe(0);
  });

  it('plays a script on the weeks it names and ends the turn on the others', () => {
    const union = scriptController([
      { week: 0, actions: [{ type: 'callStrike', start: '2025-07-25', days: 5 }] },
      { week: 0, actions: [{ type: 'statement', tone: 'firm' }] },
    ]);
    const { weeks } = playGame(game('s', { union: 'human', employer: 'ai' }), { union, employer: AI_CONTROLLER }, { maxWeeks: 4 });
    expect(weeks[0]!.actions.filter((a) => a.side === 'union').map((a) => a.action.type)).toEqual(['callStrike', 'statement', 'endTurn']);
    expect(weeks[1]!.actions.filter((a) => a.side === 'union').map((a) => a.action.type)).toEqual(['endTurn']);
    expect(weeks.map((w) => w.state.history[w.week]!.strikeDays)).toEqual([0, 0, 3, 2]);
  });
});

describe('replayLog', () => {
  it('tells a recorded game\'s weeks apart: each week\'s moves, start and end states match live play', () => {
    const live = playGame(game('log'), { union: AI_CONTROLLER, employer: AI_CONTROLLER }, { maxWeeks: 5 });
    const log = live.weeks.flatMap((w) => w.actions.map((a) => a.action));
    const partial: Action[] = [...log, { side: 'employer', type: 'statement', tone: 'firm' }];
    const replayed = replayLog(game('log'), partial);
    expect(replayed.weeks.slice(0, 5).map((w) => stateHash(w.state))).toEqual(live.weeks.map((w) => stateHash(w.state)));
    expect(replayed.weeks.slice(0, 5).map((w) => w.resolution)).toEqual(live.weeks.map((w) => w.resolution));
    expect(replayed.weeks.map((w) => [w.week, w.resolved])).toEqual([[0, true], [1, true], [2, true], [3, true], [4, true], [5, false]]);
    expect(replayed.weeks[5]!.from).toBe(log.length);
    expect(replayed.state.turn.employer.actions).toEqual([{ type: 'statement', tone: 'firm' }]);
  });

  it('reports a refused move at its index in the log and plays on without it', () => {
    const end: Action = { side: 'union', type: 'endTurn' };
    const replayed = replayLog(game('refuse', { union: 'human', employer: 'human' }), [end, end, { side: 'employer', type: 'endTurn' }]);
    expect(replayed.weeks[0]!.actions.map((a) => [a.index, a.rejected?.reason])).toEqual([[0, undefined], [1, 'turn-ended'], [2, undefined]]);
    expect(replayed.weeks[0]!.resolved).toBe(true);
  });
});
