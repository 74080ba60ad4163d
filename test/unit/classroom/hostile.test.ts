// Hostile and broken clients: random and mutated messages get an error to their sender only and never crash a
// room; a dropped connection or a reloaded tab comes back to the same seat with its queued moves.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyStats, SeatBot } from '../../../src/classroom/bot';
import type { ErrorMessage } from '../../../src/classroom/protocol';
import { TeacherLink } from '../../../src/classroom/teacher';
import type { Classroom } from '../../../src/server/app';
import { endpointOf, scenarioOf, startTestServer } from './server-helpers';

let server: Classroom;
let teacher: TeacherLink;
let mallory: SeatBot;
let victim: SeatBot;
const victimErrors: ErrorMessage[] = [];

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const waitFor = async (test: () => boolean): Promise<void> => {
  while (!test()) await pause(20);
};

beforeAll(async () => {
  server = await startTestServer();
  const endpoint = endpointOf(server);
  teacher = await TeacherLink.join(endpoint, server.code, server.teacherKey);
  mallory = new SeatBot(endpoint, scenarioOf, emptyStats(), { stopAtWeek: 0 });
  victim = new SeatBot(endpoint, scenarioOf, emptyStats(), { stopAtWeek: 0, record: (t, m) => t === 'error' && victimErrors.push(m as ErrorMessage) });
  await mallory.joinClass(server.code, 'Mallory');
  await victim.joinClass(server.code, 'Victor');
  await teacher.until((r) => r.waiting.length === 2);
  teacher.send({ type: 'pairAll', scenarioId: 'tutorial', seedPrefix: 'hostile' });
  await Promise.all([mallory.takeSeat(), victim.takeSeat()]);
}, 120_000);

afterAll(async () => {
  await Promise.all([mallory.leave(), victim.leave()]);
  await teacher.leave();
  await server.close();
});

/** A valid action with one field replaced, added or removed. */
const mutated = fc
  .tuple(
    fc.constantFrom<Record<string, unknown>>(
      { type: 'propose', offer: { pay: 4 } },
      { type: 'callStrike', start: '2025-07-25', days: 5 },
      { type: 'statement', tone: 'firm' },
      { type: 'accept', voteWeeks: 2 },
      { type: 'setMitigation', level: 50 },
    ),
    fc.string({ maxLength: 12 }),
    fc.anything({ maxDepth: 3 }),
  )
  .map(([action, key, value]) => ({ id: 1, action: { ...action, [key]: value } }));

const hostile = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  mutated,
  fc.record({ id: fc.anything(), action: fc.anything({ maxDepth: 3 }) }),
  fc.string({ minLength: 5000, maxLength: 6000 }).map((s) => ({ id: 2, action: { type: 'propose', offer: { [s]: 1 } } })),
);

describe('hostile messages', () => {
  it('every one gets an error or a refusal to its sender only, and the room plays on', async () => {
    const samples = fc.sample(fc.tuple(fc.constantFrom('act', 'takeBack', 'teacher', 'view', 'x'.repeat(30)), hostile), { numRuns: 120, seed: 15 });
    const room = mallory.pair!;
    const answers: unknown[] = [];
    room.onMessage('error', (m) => answers.push(m));
    room.onMessage('ack', (m) => answers.push(m));
    let sent = 0;
    for (const [type, message] of samples) {
      try {
        room.send(type, message);
        sent += 1;
      } catch {
        // The client library could not encode it: nothing reached the server.
      }
      await pause(60);
    }
    // Raw bytes the client library would never send, straight onto the socket.
    for (const bytes of fc.sample(fc.uint8Array({ minLength: 1, maxLength: 64 }), { numRuns: 30, seed: 16 })) {
      room.connection.send(bytes);
      await pause(20);
    }
    await waitFor(() => answers.length >= sent * 0.9);
    expect(sent).toBeGreaterThan(100);
    expect(victimErrors).toEqual([]);
    // Still alive and still playing by the rules, for both seats.
    expect((await victim.act({ type: 'statement', tone: 'firm' })).ok).toBe(true);
    expect(mallory.pair!.connection.isOpen).toBe(true);
  }, 120_000);
});

describe('coming back', () => {
  it('a dropped connection comes back to its seat through reconnection, with the moves it had queued', async () => {
    const queued = victim.view!.state.turn[victim.seat!.side].actions;
    expect(queued.length).toBeGreaterThan(0);
    victim.drop();
    await waitFor(() => !victim.pair!.connection.isOpen);
    await pause(200);
    await victim.reconnect();
    await waitFor(() => victim.view !== null && victim.pair!.connection.isOpen);
    expect(victim.view!.state.turn[victim.seat!.side].actions).toEqual(queued);
  }, 60_000);

  it('a reloaded tab takes its seat back with the seat token, and the old connection is let go', async () => {
    const again = new SeatBot(endpointOf(server), scenarioOf, emptyStats(), { stopAtWeek: 0 });
    const old = victim.pair!;
    await again.sit(victim.seat!);
    await waitFor(() => again.view !== null && !old.connection.isOpen);
    expect(again.view!.side).toBe(victim.seat!.side);
    expect((await again.act({ type: 'endTurn' })).ok).toBe(true);
    await again.leave();
  }, 60_000);
});
