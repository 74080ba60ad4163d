/**
 * One classroom server process: HTTP for the built game and the Colyseus rooms on the same port. In memory by
 * default (one process, the log in files); with a Redis URL, Colyseus's Redis presence and driver and the log in
 * Redis, so several processes serve one class. On start it rebuilds the class and every game from the log.
 */
import { createServer, type RequestListener, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalDriver, LocalPresence, Server, type Presence } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { CLASS_ROOM, MAX_MESSAGE_BYTES, PAIR_ROOM } from '../classroom/protocol';
import { ClassRoom, type ClassEntry, type ClassRoomOptions } from './class-room';
import { classStream, makeJoinLimiter, type ServerContext } from './context';
import { exportHandler } from './export';
import { FileLog, PresenceLog, type GameLog } from './log';
import { PairRoom, type PairRoomOptions } from './pair-room';
import { bundledScenario } from './scenarios';
import { restoreRooms, watchForOrphans } from './takeover';
import type { Timings } from './timings';
import { classCode, randomToken } from './tokens';

export interface ClassroomOptions {
  readonly port: number;
  readonly host: string;
  /** redis://host:port for a cluster; none for one process in memory. */
  readonly redis?: string;
  /** Where the log's files go (in memory mode). */
  readonly logDir: string;
  /** Serves everything that is not Colyseus's (the built game, the teacher's export). */
  readonly http?: RequestListener;
  readonly joinsPerMinute?: number;
  /** host:port clients reach this process at, for a cluster (joins through another process are sent here). */
  readonly publicAddress?: string;
  readonly note?: (line: string) => void;
  /** Collects the server's own timings (the load tool's --timings). */
  readonly timings?: Timings;
  /** In a cluster, how often to look for rooms of a process that died, ms. */
  readonly watchMs?: number;
}

export interface Classroom {
  readonly port: number;
  readonly code: string;
  readonly teacherKey: string;
  readonly log: GameLog;
  readonly presence: Presence;
  /** Stops listening and closes the log (no room state is lost: it is all in the log). */
  close(): Promise<void>;
}

const redisOptions = (url: string) => {
  const u = new URL(url);
  return { host: u.hostname || '127.0.0.1', port: Number(u.port || 6379), ...(u.password ? { password: decodeURIComponent(u.password) } : {}) };
};

/** The class this log holds (the first class stream), or a new one written to it. */
const classOf = async (log: GameLog, presence: Presence): Promise<{ code: string; teacherKey: string }> => {
  // In a cluster the first process to start creates the class; the others find it.
  const lock = 'standoff:class-lock';
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const existing = (await log.streams()).filter((s) => s.startsWith('class-')).sort()[0];
    if (existing) {
      const head = (await log.read(existing))[0] as ClassEntry | undefined;
      if (head?.t === 'class') return { code: head.code, teacherKey: head.teacherKey };
    }
    if ((await presence.hincrbyex(lock, 'owner', 1, 10)) === 1) {
      const entry = { t: 'class', code: classCode(), teacherKey: randomToken() } as const;
      await log.append(classStream(entry.code), entry);
      await presence.hdel(lock, 'owner');
      return entry;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('could not find or create the class');
};

export const startClassroom = async (options: ClassroomOptions): Promise<Classroom> => {
  const note = options.note ?? ((line: string) => console.log(line));
  const presence = options.redis ? new RedisPresence(redisOptions(options.redis)) : new LocalPresence();
  const driver = options.redis ? new RedisDriver(redisOptions(options.redis)) : new LocalDriver();
  const log: GameLog = options.redis ? new PresenceLog(presence) : new FileLog(options.logDir, options.timings ? (ms, n) => options.timings!.flush(ms, n) : undefined);
  const ctx: ServerContext = { log, scenarioOf: bundledScenario, joins: makeJoinLimiter(options.joinsPerMinute), note, now: () => Date.now(), ...(options.timings ? { timings: options.timings } : {}) };

  let key = '';
  const http: HttpServer = createServer(exportHandler(() => log, () => key, options.http ?? ((_req, res) => res.writeHead(404).end())));
  const transport = new WebSocketTransport({ server: http, maxPayload: MAX_MESSAGE_BYTES * 2 });
  const gameServer = new Server({ transport, presence, driver, greet: false, gracefullyShutdown: false, ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}) });
  gameServer.define(CLASS_ROOM, ClassRoom, { ctx } as Partial<ClassRoomOptions> as ClassRoomOptions);
  gameServer.define(PAIR_ROOM, PairRoom, { ctx } as Partial<PairRoomOptions> as PairRoomOptions);
  await gameServer.listen(options.port, options.host);
  const port = (http.address() as AddressInfo).port;
  const { code, teacherKey } = await classOf(log, presence);
  key = teacherKey;
  await restoreRooms(log, presence, code);
  // In a cluster the others rebuild the rooms of a process that dies; one process alone has no one to do it.
  const stopWatching = options.redis ? watchForOrphans(log, presence, code, note, options.watchMs) : async () => undefined;

  return {
    port,
    code,
    teacherKey,
    log,
    presence,
    close: async () => {
      await stopWatching();
      await gameServer.gracefullyShutdown(false);
      await log.close();
    },
  };
};
