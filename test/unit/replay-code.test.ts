/**
 * Replay codes and session files: a game made in Node reopens to the same state hash, and a broken, altered
 * or foreign code or file is refused with a message a person can read.
 */
import { describe, expect, it } from 'vitest';
import { newGame, replay, stateHash, type Action } from '../../src/sim/index';
import { decodeReplay, encodeReplay, logOf } from '../../src/share/replay-code';
import { makeSessionFile, readSessionText, verifySession } from '../../src/share/session-file';
import { loadScenario, playAi } from './helpers';

const scenario = loadScenario();
const start = (seed: string) => newGame(scenario, { seed, players: { union: 'ai', employer: 'ai' } });

const reopen = (code: string) => {
  const decoded = decodeReplay(code);
  if (!decoded.ok) throw new Error(decoded.error);
  const log = logOf(scenario, decoded.value);
  if (!log.ok) throw new Error(log.error);
  return replay(scenario, decoded.value.seed, decoded.value.players, log.value);
};

describe('replay codes', () => {
  it('a finished game round-trips to the same state hash through a short URL-safe code', () => {
    for (const seed of ['1', 'two', 'three']) {
      const game = playAi(scenario, seed);
      const code = encodeReplay(scenario, start(seed), { scenarioId: scenario.id, scenarioVersion: scenario.version, seed, players: game.state.players, log: game.log });
      expect(code).toMatch(/^1\.[0-9a-f]{8}\.[A-Za-z0-9+\-$]+$/);
      expect(code.length).toBeLessThan(2000);
      expect(stateHash(reopen(code))).toBe(stateHash(game.state));
      expect(stateHash(reopen(`#r=${code}`))).toBe(stateHash(game.state));
    }
  });

  it('an unfinished week (one side has ended its turn) round-trips too, and refused moves are dropped', () => {
    const players = { union: 'human', employer: 'human' };
    const log: Action[] = [
      { side: 'employer', type: 'propose', offer: { pay: 1, examFees: 50 } },
      { side: 'union', type: 'callStrike', start: '2025-07-09', days: 3 }, // refused: too little notice
      { side: 'union', type: 'callStrike', start: '2025-07-25', days: 5 },
      { side: 'union', type: 'endTurn' },
      { side: 'employer', type: 'endTurn' },
      { side: 'union', type: 'statement', tone: 'firm' },
      { side: 'employer', type: 'endTurn' },
    ];
    const s = replay(scenario, 'mid', players, log);
    const code = encodeReplay(scenario, newGame(scenario, { seed: 'mid', players: s.players }), { scenarioId: scenario.id, scenarioVersion: scenario.version, seed: 'mid', players: s.players, log });
    expect(stateHash(reopen(code))).toBe(stateHash(s));
  });

  it("keeps the union's choices for a members' vote (its length, strikes going on) and reads old codes without them", () => {
    const players = { union: 'human', employer: 'human' };
    for (const answer of [
      { side: 'union', type: 'putToMembers', voteWeeks: 2, continueAction: true },
      { side: 'union', type: 'accept', voteWeeks: 1 },
      { side: 'union', type: 'accept', continueAction: false },
      { side: 'union', type: 'accept' },
    ] as const) {
      const log: Action[] = [
        { side: 'union', type: 'callStrike', start: '2025-07-25', days: 5 },
        { side: 'employer', type: 'propose', offer: { pay: 1 } },
        { side: 'union', type: 'endTurn' },
        { side: 'employer', type: 'endTurn' },
        answer,
        { side: 'union', type: 'endTurn' },
        { side: 'employer', type: 'endTurn' },
      ];
      const s = replay(scenario, 'vote', players, log);
      const code = encodeReplay(scenario, newGame(scenario, { seed: 'vote', players: s.players }), { scenarioId: scenario.id, scenarioVersion: scenario.version, seed: 'vote', players: s.players, log });
      const decoded = decodeReplay(code);
      if (!decoded.ok) throw new Error(decoded.error);
      const read = logOf(scenario, decoded.value);
      if (!read.ok) throw new Error(read.error);
      expect(read.value.filter((a) => a.type === answer.type)).toEqual([answer]);
      expect(stateHash(reopen(code))).toBe(stateHash(s));
    }
  });

  it('refuses broken, altered, foreign and future codes with a clear message', () => {
    const game = playAi(scenario, 'x');
    const code = encodeReplay(scenario, start('x'), { scenarioId: scenario.id, scenarioVersion: scenario.version, seed: 'x', players: game.state.players, log: game.log });
    const flipped = code.slice(0, -5) + (code.at(-5) === 'A' ? 'B' : 'A') + code.slice(-4);
    const cases: [string, RegExp][] = [
      ['', /not a Standoff replay code/],
      ['hello world', /not a Standoff replay code/],
      [code.slice(0, code.length - 40), /damaged|altered/],
      [flipped, /damaged|altered/],
      [code.replace(/^1\./, '9.'), /newer version/],
      [code.replace(/^1\.[0-9a-f]{8}/, '1.00000000'), /altered/],
    ];
    for (const [bad, message] of cases) {
      const decoded = decodeReplay(bad);
      expect(decoded.ok, bad.slice(0, 20)).toBe(false);
      if (!decoded.ok) expect(decoded.error).toMatch(message);
    }
  });
});

describe('session files', () => {
  const game = playAi(scenario, 'session');
  const file = makeSessionFile(scenario, game.state, game.log, { labels: { student: 'A. Student' } });
  const text = JSON.stringify(file);

  it('export and import reach the same state, with the outcome and a replay code', () => {
    const read = readSessionText(text);
    if (!read.ok) throw new Error(read.error);
    const checked = verifySession(read.value, scenario);
    if (!checked.ok) throw new Error(checked.error);
    expect(stateHash(checked.value)).toBe(stateHash(game.state));
    expect(read.value.outcome?.kind).toBe(game.state.outcome!.kind);
    expect(stateHash(reopen(read.value.replayCode))).toBe(stateHash(game.state));
  });

  it('refuses truncated, edited, foreign and future files with a message naming the problem', () => {
    const edited = JSON.stringify({ ...file, seed: 'other' });
    const future = JSON.stringify({ ...file, formatVersion: 99 });
    const notOurs = JSON.stringify({ hello: 1 });
    const badField = JSON.stringify({ ...file, players: 'nobody' });
    const cases: [string, RegExp][] = [
      [text.slice(0, text.length / 2), /not valid JSON/],
      [edited, /checksum/],
      [future, /newer version/],
      [notOurs, /not a Standoff session file/],
      [badField, /"players"/],
    ];
    for (const [bad, message] of cases) {
      const read = readSessionText(bad);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error).toMatch(message);
    }
  });

  it('refuses a file whose moves do not replay to its recorded state', async () => {
    const { canonicalJson, hashText } = await import('../../src/sim/hash');
    const { checksum: _drop, ...body } = file;
    void _drop;
    const tampered = { ...body, log: body.log.slice(0, -4) };
    const resealed = { ...tampered, checksum: hashText(canonicalJson(tampered)) };
    const read = readSessionText(JSON.stringify(resealed));
    if (!read.ok) throw new Error(read.error);
    const checked = verifySession(read.value, scenario);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(/does not replay/);
  });
});
