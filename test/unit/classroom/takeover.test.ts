// Takeover in a cluster: two processes share a Redis; one is killed with SIGKILL mid-class and the other rebuilds
// its rooms from the log while it runs on. Every game keeps its state hash, nothing acknowledged is lost, and the
// students come back through the surviving process with their seat tokens and finish. No timing assertions: every
// wait is for a condition, with generous timeouts for a loaded machine.
import { afterAll, describe, expect, it } from 'vitest';
import { emptyStats, SeatBot } from '../../../src/classroom/bot';
import type { Roster, SeatAssignment } from '../../../src/classroom/protocol';
import { TeacherLink } from '../../../src/classroom/teacher';
import { startRedis, type RedisProcess } from '../../../src/server/redis-process';
import { stopSpawned, type Spawned } from '../../../src/server/spawn';
import { scenarioOf, startClusterProcess } from './server-helpers';

const PAIRS = 4;
const STOP_AT_WEEK = 2;
const spawned: Spawned[] = [];
let redis: RedisProcess | null = null;
afterAll(async () => {
  for (const s of spawned) await stopSpawned(s, 'SIGKILL');
  await redis?.stop();
});

const start = (redisUrl: string): Promise<Spawned> => startClusterProcess(redisUrl, spawned);

const hashes = (roster: Roster) => Object.fromEntries(roster.pairs.map((p) => [p.roomId, { hash: p.stateHash, seq: p.seq, week: p.week }]));

/** Takes a seat through `endpoint`, trying again while its room is still being rebuilt (a minute and more). */
const sitWhenRebuilt = async (bot: SeatBot, seat: SeatAssignment, endpoint: string): Promise<void> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await bot.sit(seat, endpoint);
    } catch (e) {
      if (attempt >= 240) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
};

describe('a cluster process killed with SIGKILL mid-class', () => {
  it('has its rooms rebuilt by the other process: same state hashes, nothing acknowledged lost, games finish', async () => {
    redis = await startRedis();
    const first = await start(redis.url);
    const second = await start(redis.url);
    expect(second.code).toBe(first.code);
    const endpoints = [first, second].map((s) => `ws://127.0.0.1:${s.port}`);
    // The class lobby is the first process's (it made the class); the teacher stays connected to it throughout.
    const teacher = await TeacherLink.join(endpoints[0]!, first.code, first.teacherKey);
    const stats = emptyStats();
    const bots = Array.from({ length: PAIRS * 2 }, (_, i) => new SeatBot(endpoints[i % 2]!, scenarioOf, stats, { stopAtWeek: STOP_AT_WEEK }));
    await Promise.all(bots.map((b, i) => b.joinClass(first.code, `Student ${i}`)));
    await teacher.until((r) => r.waiting.length === bots.length);
    teacher.send({ type: 'pairAll', scenarioId: 'tutorial', seedPrefix: 'takeover' });
    await Promise.all(bots.map((b) => b.takeSeat()));
    const before = await teacher.until((r) => r.pairs.length === PAIRS && r.pairs.every((p) => p.week === STOP_AT_WEEK));
    // One more move each, acknowledged, in the week still open when the process dies.
    let acked = 0;
    for (const bot of bots) if ((await bot.act({ type: 'statement', tone: 'firm' })).ok) acked += 1;
    expect(acked).toBeGreaterThan(0);
    const seqOf = (r: Roster) => r.pairs.reduce((n, p) => n + p.seq, 0);
    const last = await teacher.until((r) => seqOf(r) === seqOf(before) + acked);
    expect(stats.actionsAcked).toBe(stats.actionsSent);
    // The students step away, so that a seat shown connected below can only come from a room that runs now.
    await Promise.all(bots.map((b) => b.leave()));
    await teacher.until((r) => r.pairs.every((p) => !p.seats.union.connected && !p.seats.employer.connected));

    await stopSpawned(second, 'SIGKILL');

    // Everyone comes back through the survivor with their seat tokens; a seat of a rebuilt room can be taken only
    // once the survivor has rebuilt it. They wait at the open week, so the games stand as they were, and each
    // room tells the teacher of the seats taken: the summaries compared are the live rooms' own.
    const waiting = emptyStats();
    const rejoined = bots.map(() => new SeatBot(endpoints[0]!, scenarioOf, waiting, { stopAtWeek: STOP_AT_WEEK }));
    await Promise.all(rejoined.map((b, i) => sitWhenRebuilt(b, bots[i]!.seat!, endpoints[0]!)));
    const after = await teacher.until((r) => r.pairs.length === PAIRS && r.pairs.every((p) => p.seats.union.connected && p.seats.employer.connected));
    expect(hashes(after)).toEqual(hashes(last));
    expect(second.output.join('\n')).not.toContain('took over');
    expect(first.output.join('\n')).toMatch(/took over [1-9]\d* rooms? from a process that stopped/);

    // Then they play their games to the end on the surviving process.
    const finishing = emptyStats();
    const finishers = bots.map(() => new SeatBot(endpoints[0]!, scenarioOf, finishing));
    await Promise.all(finishers.map((b, i) => sitWhenRebuilt(b, bots[i]!.seat!, endpoints[0]!)));
    await Promise.all(finishers.map((b) => b.finished));
    expect(finishing.errors).toEqual([]);
    expect(finishing.actionsAcked).toBe(finishing.actionsSent);
    const done = await teacher.until((r) => r.pairs.every((p) => p.outcome !== null));
    for (const p of done.pairs) expect(p.seq).toBeGreaterThan(last.pairs.find((q) => q.roomId === p.roomId)!.seq);
    await Promise.all([...rejoined, ...finishers].map((b) => b.leave()));
    await teacher.leave();
  }, 360_000);
});
