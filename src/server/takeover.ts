/**
 * Rooms rebuilt from the log. At start a process rebuilds every room of the log that no process holds; in a
 * cluster it also watches while it runs, and rebuilds the rooms of a process that died, so a class plays on
 * when one process is killed. A room is claimed in Redis before it is built and the claim is dropped once its
 * listing is visible, so two processes never build the same room (the lobby claims a new game's room the same
 * way before it writes the game's log).
 */
import { matchMaker, type Presence } from '@colyseus/core';
import { CLASS_ROOM, PAIR_ROOM } from '../classroom/protocol';
import type { GameLog } from './log';

/** A claim outlives a process that died holding it by this long, then the room can be claimed again. */
const CLAIM_SECONDS = 60;
/** How often a cluster process looks for rooms whose process died, ms. */
const WATCH_MS = 1000;

const claimKey = (roomId: string): string => `standoff:claim:${roomId}`;

/** Claims `roomId` for this process (false when another holds the claim); drop the claim with `release`. */
export const claimRoom = async (presence: Presence, roomId: string): Promise<boolean> => (await presence.hincrbyex(claimKey(roomId), 'n', 1, CLAIM_SECONDS)) === 1;

export const releaseRoom = async (presence: Presence, roomId: string): Promise<void> => {
  await presence.del(claimKey(roomId));
};

const isListed = async (roomId: string): Promise<boolean> => (await matchMaker.query({ roomId })).length > 0;

/** Builds room `roomId` unless some process holds it or is building it; true when this call built it. */
const buildClaimed = async (presence: Presence, roomName: string, roomId: string, options: Record<string, string>): Promise<boolean> => {
  if (!(await claimRoom(presence, roomId))) return false;
  try {
    // Looked at again under the claim: another process may have built it between our look and our claim.
    if (await isListed(roomId)) return false;
    await matchMaker.createRoom(roomName, options);
    return true;
  } finally {
    await releaseRoom(presence, roomId);
  }
};

/** Rebuilds every room of the log (the class lobby and each game) that no process holds; how many it built. */
export const restoreRooms = async (log: GameLog, presence: Presence, code: string): Promise<number> => {
  const held = new Set((await matchMaker.query({})).map((r) => r.roomId));
  const wanted: [string, string, Record<string, string>][] = [[CLASS_ROOM, code, { code }]];
  for (const stream of await log.streams()) {
    if (stream.startsWith('pair-')) wanted.push([PAIR_ROOM, stream.slice('pair-'.length), { roomId: stream.slice('pair-'.length) }]);
  }
  let built = 0;
  for (const [roomName, roomId, options] of wanted) {
    if (!held.has(roomId) && (await buildClaimed(presence, roomName, roomId, options))) built += 1;
  }
  return built;
};

/**
 * Forgets the listings of processes that died: a process whose Redis subscription is gone and that does not
 * answer Colyseus's health check (a live process always answers, so a Redis hiccup never splits a room in two).
 */
const forgetDeadProcesses = async (presence: Presence): Promise<void> => {
  const live = new Set((await presence.channels('p:*')).map((c) => c.slice(2)));
  const listed = new Set((await matchMaker.query({})).map((r) => r.processId));
  for (const processId of listed) {
    if (processId === matchMaker.processId || live.has(processId)) continue;
    if (!(await matchMaker.healthCheckProcessId(processId))) await matchMaker.driver.cleanup?.(processId);
  }
};

/**
 * In a cluster: every WATCH_MS, forgets dead processes' listings and rebuilds their rooms from the log (one
 * surviving process claims each). Clients come back to a rebuilt room through any process with their seat token.
 * Returns a function that stops watching.
 */
export const watchForOrphans = (log: GameLog, presence: Presence, code: string, note: (line: string) => void, everyMs = WATCH_MS): (() => Promise<void>) => {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const look = async () => {
    await forgetDeadProcesses(presence);
    const built = await restoreRooms(log, presence, code);
    if (built) note(`took over ${built} room${built === 1 ? '' : 's'} from a process that stopped`);
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = look()
        .catch((e: unknown) => note(`watching for rooms to take over: ${e instanceof Error ? e.message : String(e)}`))
        .finally(schedule);
    }, everyMs);
  };
  schedule();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
};
