/** Starting a classroom server in the test's own process, and bots and a teacher to drive it. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyStats, SeatBot, type BotOptions, type BotStats } from '../../../src/classroom/bot';
import { TeacherLink } from '../../../src/classroom/teacher';
import { startClassroom, type Classroom, type ClassroomOptions } from '../../../src/server/app';
import { freePort } from '../../../src/server/redis-process';
import { bundledScenario } from '../../../src/server/scenarios';
import { spawnClassroom, type Spawned } from '../../../src/server/spawn';
import type { Scenario } from '../../../src/sim';

export const scenarioOf = (id: string): Scenario => {
  const s = bundledScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
};

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'standoff-classroom-'));

/** A server on a free loopback port with its log in a new temporary directory (or `logDir`). */
export const startTestServer = (options: Partial<ClassroomOptions> = {}): Promise<Classroom> =>
  startClassroom({ port: 0, host: '127.0.0.1', logDir: options.logDir ?? tempDir(), note: () => undefined, ...options });

export const endpointOf = (server: Classroom): string => `ws://127.0.0.1:${server.port}`;

export interface Pair {
  readonly teacher: TeacherLink;
  readonly bots: readonly SeatBot[];
  readonly stats: BotStats;
}

/** A teacher and `n` students who join, are paired by the server, and take their seats (playing as they come). */
export const seatStudents = async (server: Classroom, n: number, options: BotOptions[] = [], scenarioId = 'tutorial'): Promise<Pair> => {
  const endpoint = endpointOf(server);
  const teacher = await TeacherLink.join(endpoint, server.code, server.teacherKey);
  const stats = emptyStats();
  const bots = Array.from({ length: n }, (_, i) => new SeatBot(endpoint, scenarioOf, stats, options[i] ?? {}));
  await Promise.all(bots.map((b, i) => b.joinClass(server.code, `Student ${i + 1}`)));
  await teacher.until((r) => r.waiting.length === n);
  teacher.send({ type: 'pairAll', scenarioId, seedPrefix: 'test' });
  await Promise.all(bots.map((b) => b.takeSeat()));
  return { teacher, bots, stats };
};

/** One process of a cluster on a free loopback port, sharing `redisUrl`; kept in `spawned` so the file's
 *  afterAll can kill it. */
export const startClusterProcess = async (redisUrl: string, spawned: Spawned[]): Promise<Spawned> => {
  const port = await freePort();
  const s = await spawnClassroom(['--port', String(port), '--log-dir', tempDir(), '--redis', redisUrl, '--public-address', `127.0.0.1:${port}`]);
  spawned.push(s);
  return s;
};
