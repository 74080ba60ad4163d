// The crash test: a server killed with SIGKILL mid-class comes back from its log with every game in the same
// state, nothing acknowledged lost, and the students carry on in their seats with their seat tokens.
import { afterAll, describe, expect, it } from 'vitest';
import { emptyStats, SeatBot } from '../../../src/classroom/bot';
import type { Roster } from '../../../src/classroom/protocol';
import { TeacherLink } from '../../../src/classroom/teacher';
import { spawnClassroom, stopSpawned, type Spawned } from '../../../src/server/spawn';
import { scenarioOf, tempDir } from './server-helpers';

const PAIRS = 2;
const STOP_AT_WEEK = 2;
const spawned: Spawned[] = [];
afterAll(async () => {
  for (const s of spawned) await stopSpawned(s, 'SIGKILL');
});

const start = async (logDir: string): Promise<Spawned> => {
  const s = await spawnClassroom(['--port', '0', '--log-dir', logDir]);
  spawned.push(s);
  return s;
};

const hashes = (roster: Roster) => Object.fromEntries(roster.pairs.map((p) => [p.roomId, { hash: p.stateHash, seq: p.seq, week: p.week }]));

describe('a server killed with SIGKILL mid-class', () => {
  it('rebuilds every room from its log: same state hashes, no acknowledged action lost, students play on', async () => {
    const logDir = tempDir();
    const first = await start(logDir);
    const endpoint = `ws://127.0.0.1:${first.port}`;
    const teacher = await TeacherLink.join(endpoint, first.code, first.teacherKey);
    const stats = emptyStats();
    const acked: number[] = [];
    const bots = Array.from({ length: PAIRS * 2 }, () => new SeatBot(endpoint, scenarioOf, stats, { stopAtWeek: STOP_AT_WEEK }));
    await Promise.all(bots.map((b, i) => b.joinClass(first.code, `Student ${i}`)));
    await teacher.until((r) => r.waiting.length === bots.length);
    teacher.send({ type: 'pairAll', scenarioId: 'tutorial', seedPrefix: 'crash' });
    await Promise.all(bots.map((b) => b.takeSeat()));
    const before = await teacher.until((r) => r.pairs.length === PAIRS && r.pairs.every((p) => p.week === STOP_AT_WEEK));
    // One more move each, acknowledged, in the week that is still open when the server dies; the first student
    // also takes one back (a logged take-back must replay to the same game).
    for (const bot of bots) {
      const ack = await bot.act({ type: 'statement', tone: 'firm' });
      if (ack.ok) acked.push(ack.seq);
    }
    const queued = bots[0]!.view!.state.turn[bots[0]!.seat!.side].actions.length;
    expect(queued).toBeGreaterThan(0);
    const takenBack = await bots[0]!.takeBack(queued - 1);
    expect(takenBack.ok).toBe(true);
    if (takenBack.ok) acked.push(takenBack.seq);
    const last = await teacher.until((r) => r.pairs.reduce((n, p) => n + p.seq, 0) === before.pairs.reduce((n, p) => n + p.seq, 0) + acked.length);
    expect(acked.length).toBeGreaterThan(0);
    await stopSpawned(first, 'SIGKILL');

    const second = await start(logDir);
    expect(second.code).toBe(first.code);
    const endpoint2 = `ws://127.0.0.1:${second.port}`;
    const teacher2 = await TeacherLink.join(endpoint2, second.code, first.teacherKey);
    const after = await teacher2.until((r) => r.pairs.length === PAIRS);
    expect(hashes(after)).toEqual(hashes(last));

    // Students come back to their seats with their seat tokens and finish their games.
    const back = bots.map(() => new SeatBot(endpoint2, scenarioOf, stats));
    await Promise.all(back.map((b, i) => b.sit(bots[i]!.seat!)));
    await Promise.all(back.map((b) => b.finished));
    expect(stats.errors).toEqual([]);
    expect(stats.actionsAcked).toBe(stats.actionsSent);
    const done = await teacher2.until((r) => r.pairs.every((p) => p.outcome !== null));
    expect(done.pairs.every((p) => p.seq > (last.pairs.find((q) => q.roomId === p.roomId)?.seq ?? Infinity))).toBe(true);
    // The server's output names no seat token and no private figure's value.
    const printed = [...first.output, ...second.output].join('\n');
    for (const bot of bots) expect(printed).not.toContain(bot.seat!.seatToken);
    // The first server's connections died with it; only the second's are left to close.
    await Promise.all(back.map((b) => b.leave()));
    await teacher2.leave();
  }, 240_000);
});
