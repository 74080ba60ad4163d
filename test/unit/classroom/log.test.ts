// The durable log and rebuilding a game from it.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileLog } from '../../../src/server/log';
import { PairGame, type PairEntry, type PairSetup } from '../../../src/server/pair-game';
import { bundledScenario } from '../../../src/server/scenarios';
import { stateHash } from '../../../src/sim';
import { tempDir } from './server-helpers';

const setup: PairSetup = {
  roomId: 'room1',
  classCode: 'ABCDEF',
  scenarioId: 'tutorial',
  seed: 'log-test',
  seats: { union: { name: 'A', token: null, ai: true }, employer: { name: 'B', token: 't'.repeat(24), ai: false } },
};

describe('the file log', () => {
  it('keeps each stream in order across a reopen and cuts off a line a crash left half-written', async () => {
    const dir = tempDir();
    const log = new FileLog(dir);
    await Promise.all([log.append('a', 1), log.append('b', 'x'), log.append('a', 2), log.append('a', { n: 3 })]);
    await log.close();
    appendFileSync(join(dir, 'log.jsonl'), '{"s":"a","e":4');
    const again = new FileLog(dir);
    expect(await again.read('a')).toEqual([1, 2, { n: 3 }]);
    expect((await again.streams()).sort()).toEqual(['a', 'b']);
    await again.append('a', 5);
    await again.close();
    expect(await new FileLog(dir).read('a')).toEqual([1, 2, { n: 3 }, 5]);
    expect(readFileSync(join(dir, 'log.jsonl'), 'utf8').endsWith('\n')).toBe(true);
  });

  it('refuses a stream name that is not a plain word', async () => {
    const log = new FileLog(tempDir());
    expect(() => log.append('../x', 1)).toThrow(RangeError);
    await log.close();
  });
});

describe('a game rebuilt from its log', () => {
  it('has the same state hash as the game that wrote it', () => {
    const game = new PairGame(bundledScenario('tutorial')!, setup);
    const entries: PairEntry[] = [{ t: 'open', setup }];
    for (let week = 0; week < 4 && !game.state.outcome; week += 1) {
      const ai = game.aiWeek('union');
      if (ai) {
        entries.push({ t: 'act', seq: game.seq + 1, actions: ai.actions });
        game.commit(ai);
      }
      for (const action of [{ type: 'statement', tone: 'firm' }, { type: 'endTurn' }] as const) {
        const checked = game.check('employer', action);
        if (!('actions' in checked)) continue;
        entries.push({ t: 'act', seq: game.seq + 1, actions: checked.actions });
        game.commit(checked);
      }
    }
    expect(game.state.week).toBeGreaterThan(2);
    const rebuilt = PairGame.fromLog(entries, bundledScenario);
    expect(stateHash(rebuilt.state)).toBe(stateHash(game.state));
    expect(rebuilt.seq).toBe(game.seq);
    expect(rebuilt.ai).toEqual({ union: true, employer: false });
  });

  it('replays a take-back: the move is gone from the week and from the game’s moves, as in the game that logged it', () => {
    const game = new PairGame(bundledScenario('tutorial')!, setup);
    const entries: PairEntry[] = [{ t: 'open', setup }];
    for (const action of [{ type: 'statement', tone: 'firm' }, { type: 'setMitigation', level: 40 }] as const) {
      const checked = game.check('employer', action);
      if (!('actions' in checked)) throw new Error(checked.rejected.message);
      entries.push({ t: 'act', seq: game.seq + 1, actions: checked.actions });
      game.commit(checked);
    }
    const taken = game.checkTakeBack('employer', 0);
    if ('rejected' in taken) throw new Error(taken.rejected.message);
    entries.push({ t: 'takeBack', seq: game.seq + 1, side: 'employer', index: 0 });
    game.commitTakeBack(taken);
    expect(game.state.turn.employer.actions.map((a) => a.type)).toEqual(['setMitigation']);
    expect(game.checkTakeBack('union', 0)).toMatchObject({ rejected: { reason: 'no-such-move' } });
    const rebuilt = PairGame.fromLog(entries, bundledScenario);
    expect(stateHash(rebuilt.state)).toBe(stateHash(game.state));
    expect(rebuilt.moves).toEqual(game.moves);
    expect(rebuilt.moves.map((a) => a.type)).toEqual(['setMitigation']);
    expect(rebuilt.seq).toBe(3);
  });
});
