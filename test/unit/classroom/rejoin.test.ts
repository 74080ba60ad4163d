// The browser's own client (StudentLink) in a cluster: when the process holding its game room dies, the link takes
// the seat back by itself through the address it joined by, once another process has rebuilt the room, and plays on
// from the same game with its queued move. Two processes and a Redis; the room's process is killed with SIGKILL.
import { matchMaker } from '@colyseus/core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Roster, SeatView } from '../../../src/classroom/protocol';
import { rejoinDelayMs, StudentLink, type StudentEvents } from '../../../src/classroom/student';
import { TeacherLink } from '../../../src/classroom/teacher';
import { startRedis, type RedisProcess } from '../../../src/server/redis-process';
import { stopSpawned, type Spawned } from '../../../src/server/spawn';
import { endpointOf, startClusterProcess, startTestServer } from './server-helpers';

const spawned: Spawned[] = [];
let redis: RedisProcess | null = null;
const links: StudentLink[] = [];
afterAll(async () => {
  for (const link of links) link.leave();
  for (const s of spawned) await stopSpawned(s, 'SIGKILL');
  await redis?.stop();
});

const start = (redisUrl: string): Promise<Spawned> => startClusterProcess(redisUrl, spawned);

const waitFor = async (test: () => boolean): Promise<void> => {
  while (!test()) await new Promise((r) => setTimeout(r, 20));
};

/** A student as the browser runs one: the link, and what it has heard. */
interface Student {
  link: StudentLink;
  views: SeatView[];
  /** Each `reconnecting` call: the try, or null once the seat is back. */
  tries: (number | null)[];
  closed: string[];
}

const joinAs = async (endpoint: string, code: string, name: string, giveUpMs?: number): Promise<Student> => {
  const student = { views: [], tries: [], closed: [] } as unknown as Student;
  const events: StudentEvents = {
    welcome: () => undefined,
    seat: (seat) => void student.link.sit(seat),
    view: (view) => student.views.push(view),
    final: () => undefined,
    problem: () => undefined,
    closed: (reason) => student.closed.push(reason),
    reconnecting: (attempt) => student.tries.push(attempt),
  };
  student.link = await StudentLink.join(endpoint, code, name, undefined, events, giveUpMs);
  links.push(student.link);
  return student;
};

const latest = (s: Student): SeatView => s.views.at(-1)!;

describe('rejoining by itself', () => {
  it('waits a little longer before each try, up to a few seconds', () => {
    expect([1, 2, 3, 4, 8].map((n) => rejoinDelayMs(n, () => 0))).toEqual([250, 500, 1000, 2000, 4000]);
    expect(rejoinDelayMs(8, () => 1)).toBe(5000);
  });

  it('takes the seat back when the process holding its room dies, with its queued move, and plays on', async () => {
    redis = await startRedis();
    const first = await start(redis.url);
    const second = await start(redis.url);
    // The page (and so every connection the browser opens) is the first process's; the lobby is there too, so the
    // pair's room is made on the second, the one with fewer rooms.
    const endpoint = `ws://127.0.0.1:${first.port}`;
    const teacher = await TeacherLink.join(endpoint, first.code, first.teacherKey);
    const ada = await joinAs(endpoint, first.code, 'Ada');
    const ben = await joinAs(endpoint, first.code, 'Ben');
    await teacher.until((r) => r.waiting.length === 2);
    teacher.send({ type: 'pairAll', scenarioId: 'tutorial', seedPrefix: 'rejoin' });
    await waitFor(() => ada.views.length > 0 && ben.views.length > 0);
    const union = latest(ada).side === 'union' ? ada : ben;
    union.link.send({ type: 'statement', tone: 'firm' });
    await waitFor(() => latest(union).state.turn.union.actions.length === 1);
    const connected = (r: Roster) => r.pairs.length === 1 && r.pairs[0]!.seats.union.connected && r.pairs[0]!.seats.employer.connected;
    const before = (await teacher.until((r) => connected(r) && r.pairs[0]!.seq === 1)).pairs[0]!;
    const seen = { union: latest(union).state };

    await stopSpawned(second, 'SIGKILL');

    // Both links notice, try again until the survivor has rebuilt the room, and are back in their seats.
    for (const s of [ada, ben]) await waitFor(() => s.tries.includes(1) && s.tries.at(-1) === null);
    expect(first.output.join('\n')).toMatch(/took over 1 room from a process that stopped/);
    const after = (await teacher.until((r) => connected(r) && r.pairs[0]!.stateHash === before.stateHash)).pairs[0]!;
    expect(after.seq).toBe(before.seq);
    await waitFor(() => latest(union).seq === before.seq && latest(union).opponent.connected);
    expect(latest(union).state).toEqual(seen.union);
    expect([ada, ben].flatMap((s) => s.closed)).toEqual([]);

    // They carry on: both end the week, and it resolves on the survivor.
    for (const s of [ada, ben]) s.link.send({ type: 'endTurn' });
    await waitFor(() => latest(ada).state.week === 1 && latest(ben).state.week === 1);
    const week1 = (await teacher.until((r) => r.pairs[0]!.week === 1)).pairs[0]!;
    expect(week1.seq).toBe(before.seq + 2);
    await teacher.leave();
  }, 120_000);

  it('takes the lobby back too: a student waiting to be paired whose connection drops is still there to be paired', async () => {
    const server = await startTestServer();
    const endpoint = endpointOf(server);
    const teacher = await TeacherLink.join(endpoint, server.code, server.teacherKey);
    const dee = await joinAs(endpoint, server.code, 'Dee');
    const waiting = await teacher.until((r) => r.waiting.length === 1);
    const lobby = matchMaker.getLocalRoomById(server.code)!;
    const students = lobby.clients.filter((c) => (c.auth as { role?: string } | undefined)?.role === 'student');
    expect(students).toHaveLength(1);
    (students[0] as unknown as { ref: { terminate(): void } }).ref.terminate();
    await waitFor(() => dee.tries.includes(1) && dee.tries.at(-1) === null);
    // The same student (by the token of its welcome), not a new one.
    expect((await teacher.until((r) => r.waiting.length === 1)).waiting).toEqual(waiting.waiting);
    teacher.send({ type: 'pairAll', scenarioId: 'tutorial', seedPrefix: 'lobby' });
    await waitFor(() => dee.views.length > 0);
    expect(dee.closed).toEqual([]);
    dee.link.leave();
    await teacher.leave();
    await server.close();
  }, 60_000);

  it('gives up after a while when no process answers, and says so', async () => {
    const server = await startTestServer();
    const endpoint = endpointOf(server);
    const teacher = await TeacherLink.join(endpoint, server.code, server.teacherKey);
    const cy = await joinAs(endpoint, server.code, 'Cy', 1500);
    await teacher.until((r) => r.waiting.length === 1);
    teacher.send({ type: 'pairAll', scenarioId: 'tutorial', seedPrefix: 'give-up' });
    await waitFor(() => cy.views.length > 0);
    await server.close();
    await waitFor(() => cy.closed.length > 0);
    expect(cy.tries.filter((t) => t !== null).length).toBeGreaterThan(1);
    expect(cy.tries).not.toContain(null);
    expect(cy.closed).toEqual([expect.stringMatching(/^Could not reconnect to the class: its server could not be reached for 2 seconds\. .*reload this page/)]);
  }, 60_000);
});
