/**
 * The classroom's wire protocol: every message a client sends to the server and the server sends back, with
 * the zod schemas the server checks each incoming message against (shape and size; legality is the core's
 * question, asked after). Shared by the server, the headless bots and the browser, so it imports only zod and
 * the core's types. The design is in docs/classroom.md.
 *
 * Two kinds of room: one class lobby (`class`) per class, where students wait to be paired and the teacher
 * pairs them, and one game room (`pair`) per pair, where two seats play one game.
 */
import { z } from 'zod';
import { ACTION_TYPES, SIDES, STATEMENT_TONES, type Action, type SideId } from '../sim';

/** Room names as the server defines them. */
export const CLASS_ROOM = 'class';
export const PAIR_ROOM = 'pair';

/**
 * The close code a room sends a connection it lets go because its place went to someone else: a game room's seat to
 * a newer connection with the seat's token or to the AI, a lobby's student to a newer connection with the student's
 * token. A client takes its room back after any other unexpected close.
 */
export const SEAT_GIVEN_AWAY = 4100;

/** Characters a class code is made of: no 0/O, 1/I/L, 5/S or 2/Z, so it can be read aloud and typed from a board. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY346789';
export const CODE_LENGTH = 6;
/** Seat tokens and the teacher key: long random strings a client keeps (the browser in sessionStorage). */
export const TOKEN_LENGTH = 24;
const TOKEN = /^[A-Za-z0-9_-]+$/;

/** The largest message the server reads, in bytes of its encoding; anything longer is refused unread. */
export const MAX_MESSAGE_BYTES = 4096;
/** Messages a client may send per second before the rest of that second is refused. */
export const MAX_MESSAGES_PER_SECOND = 20;
const MAX_NAME_LENGTH = 40;
const MAX_ISSUES = 16;
const MAX_SEED_LENGTH = 64;

const code = z.string().length(CODE_LENGTH).regex(new RegExp(`^[${CODE_ALPHABET}]+$`));
const token = z.string().length(TOKEN_LENGTH).regex(TOKEN);
/** A student's id in the class as the teacher sees it (never their token). */
const studentId = z.string().min(1).max(16).regex(TOKEN);
const name = z.string().trim().min(1).max(MAX_NAME_LENGTH);
const side = z.enum(SIDES as readonly [SideId, SideId]);
const scenarioId = z.string().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);
const seed = z.string().min(1).max(MAX_SEED_LENGTH);

// ── Actions: the headless runner's script shapes (an Action without its side: the seat decides the side) ──

const finite = (min: number, max: number) => z.number().finite().min(min).max(max);
const offer = z
  .record(z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/), finite(-1e6, 1e6))
  .refine((o) => Object.keys(o).length <= MAX_ISSUES, { message: `at most ${MAX_ISSUES} issues` });
const vote = { voteWeeks: z.number().int().min(1).max(52).optional(), continueAction: z.boolean().optional() };
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('propose'), offer }),
  z.strictObject({ type: z.literal('accept'), ...vote }),
  z.strictObject({ type: z.literal('reject') }),
  z.strictObject({ type: z.literal('withdraw') }),
  z.strictObject({ type: z.literal('endTurn') }),
  z.strictObject({ type: z.literal('callStrike'), start: isoDate, days: z.number().int().min(0).max(366) }),
  z.strictObject({ type: z.literal('suspendStrike') }),
  z.strictObject({ type: z.literal('openBallot') }),
  z.strictObject({ type: z.literal('putToMembers'), ...vote }),
  z.strictObject({ type: z.literal('statement'), tone: z.enum(STATEMENT_TONES) }),
  z.strictObject({ type: z.literal('imposeAward'), offer }),
  z.strictObject({ type: z.literal('setMitigation'), level: z.number().int().min(0).max(100) }),
  z.strictObject({ type: z.literal('fundCatchUp'), gbpM: finite(0, 1e6) }),
]);

/** Every action type has a schema: a new action type in the core fails to compile here until it has one. */
type SchemaTypes = z.infer<typeof actionSchema>['type'];
const EVERY_TYPE: Record<(typeof ACTION_TYPES)[number], true> & Record<SchemaTypes, true> = {
  propose: true, accept: true, reject: true, withdraw: true, endTurn: true, callStrike: true, suspendStrike: true,
  openBallot: true, putToMembers: true, statement: true, imposeAward: true, setMitigation: true, fundCatchUp: true,
};
void EVERY_TYPE;

// ── Joining ──

/** Options a client passes to join the class lobby: a student with a name, or the teacher with the key. */
export const classJoinSchema = z.union([
  z.strictObject({ role: z.literal('student'), code, name, studentToken: token.optional() }),
  z.strictObject({ role: z.literal('teacher'), code, teacherKey: token }),
]);

/** Options a client passes to join a pair's game room: its seat token (given when it was paired). */
export const pairJoinSchema = z.strictObject({ seatToken: token });

// ── Client → server ──

/** A student's move in the game room; `id` is the client's own counter, echoed in the answer. */
export const actMessageSchema = z.strictObject({ id: z.number().int().min(0).max(2 ** 31), action: actionSchema });

/**
 * A student takes back a move it queued this week, before its turn ends: `index` counts its own queued moves in
 * order (as its seat view's `state.turn[side].actions` lists them). The seat decides whose move: never the other's.
 */
export const takeBackMessageSchema = z.strictObject({ id: z.number().int().min(0).max(2 ** 31), index: z.number().int().min(0).max(255) });

/** The teacher's messages in the class lobby (each checked against the teacher key the client joined with). */
const teacherCommandSchema = z.discriminatedUnion('type', [
  /** Pair two students (`b` null: the AI takes the second seat); `aSide` is the first student's side. */
  z.strictObject({ type: z.literal('pair'), a: studentId, b: studentId.nullable(), aSide: side, scenarioId, seed }),
  /** Pair every waiting student in join order (an odd one out plays the AI). */
  z.strictObject({ type: z.literal('pairAll'), scenarioId, seedPrefix: seed }),
  /** Hand an empty or abandoned seat to the AI. */
  z.strictObject({ type: z.literal('fillWithAi'), roomId: z.string().min(1).max(64), side }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('end') }),
  /** Seconds each week may last before a seat's turn is ended for it; null for no limit. */
  z.strictObject({ type: z.literal('timeLimit'), seconds: z.number().int().min(10).max(3600).nullable() }),
]);
/** A teacher's message: the command with the teacher key, checked on every message as well as at joining. */
export const teacherMessageSchema = z.strictObject({ key: token, command: teacherCommandSchema });
export type TeacherCommand = z.infer<typeof teacherCommandSchema>;

/** Message types a client sends. */
export const CLIENT = {
  act: 'act',
  /** Takes back one of the seat's moves queued this week (answered with an `ack`, like `act`). */
  takeBack: 'takeBack',
  teacher: 'teacher',
  /** Once the game is over, a seat asks for the whole game (its seed and every move) to open the debrief. */
  debrief: 'debrief',
} as const;

// ── Server → client ──

/** Message types the server sends. */
export const SERVER = {
  /** Lobby, to a student: who they are in the class (keep the token to come back). */
  welcome: 'welcome',
  /** Lobby, to a student: their seat once paired. */
  seat: 'seat',
  /** Lobby, to the teacher: the class's students and pairs. */
  roster: 'roster',
  /** Game room, to one seat: that seat's view of the game. */
  view: 'view',
  /** Game room, to one seat: an action it sent was durably logged and applied (or refused by the rules). */
  ack: 'ack',
  /** To one client: a message was refused before the rules saw it (shape, size, rate, permission). */
  error: 'error',
  /** Game room, to a seat that asked once the game was over: the whole game, for the debrief. */
  final: 'final',
} as const;

/**
 * The whole game, sent only when it is over and a seat asks: with the seed and both sides' moves the debrief
 * replays it and shows both sides' private values, as the offline debrief does. Nothing is private any more then.
 */
export interface FinalGame {
  readonly seed: string;
  readonly log: readonly Action[];
}

export interface Welcome {
  readonly studentToken: string;
  readonly name: string;
}

export interface SeatAssignment {
  readonly roomId: string;
  readonly seatToken: string;
  readonly side: SideId;
  readonly scenarioId: string;
}

/** An action's answer: accepted (logged, then applied to the game) or refused by the rules with a reason. */
export type Ack =
  | { readonly id: number; readonly ok: true; readonly seq: number }
  | { readonly id: number; readonly ok: false; readonly reason: string; readonly message: string };

export const ERROR_CODES = ['bad-message', 'too-large', 'too-fast', 'not-allowed', 'not-found', 'paused', 'over'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export interface ErrorMessage {
  readonly code: ErrorCode;
  readonly message: string;
  /** The refused action's id, when the message had a readable one. */
  readonly id?: number;
}

/** A pair as the teacher's table shows it. */
export interface PairSummary {
  readonly roomId: string;
  readonly scenarioId: string;
  readonly seed: string;
  readonly seats: Readonly<Record<SideId, { readonly name: string; readonly connected: boolean; readonly ai: boolean }>>;
  readonly week: number;
  readonly ended: Readonly<Record<SideId, boolean>>;
  readonly latestOffer: Readonly<Record<SideId, readonly number[] | null>>;
  readonly strikeDays: number;
  readonly supportBp: number;
  readonly outcome: { readonly kind: string; readonly week: number; readonly scores: Readonly<Record<SideId, number>> } | null;
  /**
   * Each seat's par facing the other seat's holder (the AI's persona when the AI holds it; a person: the mean of the
   * seat's par over the opposing personas); null when the scenario has no par table.
   */
  readonly par: Readonly<Record<SideId, number>> | null;
  /** Accepted actions so far, and the whole game's state hash (the teacher's only: a seat never sees it). */
  readonly seq: number;
  readonly stateHash: string;
}

export interface Roster {
  readonly code: string;
  readonly paused: boolean;
  readonly ended: boolean;
  readonly weekSeconds: number | null;
  readonly waiting: readonly { readonly id: string; readonly name: string }[];
  readonly pairs: readonly PairSummary[];
}

export type { SeatView } from './seat-view';
