import { afterEach, describe, expect, it } from 'vitest';
import type { Classroom } from '../../../src/server/app';
import { seatStudents, startTestServer } from './server-helpers';

let server: Classroom | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('a pair plays a whole game on the server', () => {
  it('two students, paired by the server, play to the end with every action acknowledged', async () => {
    server = await startTestServer();
    const { teacher, bots, stats } = await seatStudents(server, 2);
    await Promise.all(bots.map((b) => b.finished));
    const roster = await teacher.until((r) => r.pairs.length === 1 && r.pairs[0]!.outcome !== null);
    expect(roster.pairs[0]!.outcome).not.toBeNull();
    expect(stats.errors).toEqual([]);
    expect(stats.actionsSent).toBeGreaterThan(4);
    expect(stats.actionsAcked).toBe(stats.actionsSent);
    expect(new Set(bots.map((b) => b.seat!.side)).size).toBe(2);
    await Promise.all(bots.map((b) => b.leave()));
    await teacher.leave();
  }, 60_000);
});
