/** What every room of one server process shares: the log, the scenarios, the join limit and where to log. */
import type { Scenario } from '../sim';
import type { GameLog } from './log';
import { RateLimiter } from './limits';
import type { Timings } from './timings';

export interface ServerContext {
  readonly log: GameLog;
  readonly scenarioOf: (id: string) => Scenario | null;
  /** Joins per address per minute, across every room of the process. */
  readonly joins: RateLimiter;
  /** Operational lines (never a brief, a private value or a token). */
  readonly note: (line: string) => void;
  /** Time in ms: Date.now, or a test's clock. */
  readonly now: () => number;
  /** Where the server's own timings go, when the load tool asks for them. */
  readonly timings?: Timings;
}

const JOINS_PER_MINUTE = 600;

export const makeJoinLimiter = (perMinute = JOINS_PER_MINUTE): RateLimiter => new RateLimiter(perMinute, 60_000);

/** Log stream names: the class's, and each game room's. */
export const classStream = (code: string): string => `class-${code}`;
export const pairStream = (roomId: string): string => `pair-${roomId}`;

/** Presence keys and channels shared by the processes of a cluster. */
export const classSettingsKey = (code: string): string => `standoff:settings:${code}`;
export const controlChannel = (code: string): string => `standoff:control:${code}`;
export const summaryChannel = (code: string): string => `standoff:summary:${code}`;

/** The class-wide settings the teacher controls, as every game room reads them. */
export interface ClassSettings {
  readonly paused: boolean;
  readonly ended: boolean;
  readonly weekSeconds: number | null;
}

export const DEFAULT_SETTINGS: ClassSettings = { paused: false, ended: false, weekSeconds: null };
