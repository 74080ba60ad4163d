/**
 * A class's lobby: its room id is the class code. Students join with the code and a name and wait; the teacher
 * joins with the teacher key, sees the roster and every pair's game live, pairs students (or has the server pair
 * them), fills seats with the AI, pauses, resumes and ends the class and sets the week's time limit. Pairing
 * writes the new game's log first, then creates its room (on any process of a cluster) and hands each student a
 * seat token. Everything the lobby decides is in the class's log, so a restarted server rebuilds it.
 */
import { matchMaker, Room, type AuthContext, type Client } from '@colyseus/core';
import {
  classJoinSchema,
  MAX_MESSAGES_PER_SECOND,
  MAX_MESSAGE_BYTES,
  PAIR_ROOM,
  SEAT_GIVEN_AWAY,
  SERVER,
  teacherMessageSchema,
  type ErrorCode,
  type PairSummary,
  type Roster,
  type SeatAssignment,
  type TeacherCommand,
} from '../classroom/protocol';
import { otherSide, SIDES, type SideId } from '../sim';
import { addressOf, RateLimiter } from './limits';
import { classSettingsKey, classStream, controlChannel, DEFAULT_SETTINGS, pairStream, summaryChannel, type ClassSettings, type ServerContext } from './context';
import type { PairEntry, PairSetup } from './pair-game';
import type { PairControl } from './pair-room';
import { describeIssue } from './screen';
import { claimRoom, releaseRoom } from './takeover';
import { randomToken } from './tokens';

/** The least time between two rosters sent to the teacher, ms. */
const ROSTER_MS = 250;

interface Student {
  readonly id: string;
  readonly token: string;
  readonly name: string;
}

/** The class log's entries. */
export type ClassEntry =
  | { readonly t: 'class'; readonly code: string; readonly teacherKey: string }
  | { readonly t: 'student'; readonly student: Student }
  | { readonly t: 'pair'; readonly roomId: string; readonly scenarioId: string; readonly seats: Readonly<Record<SideId, { readonly student: string | null; readonly token: string | null }>> }
  | { readonly t: 'settings'; readonly settings: ClassSettings };

export interface ClassRoomOptions {
  readonly code: string;
  readonly ctx: ServerContext;
}

type Auth = { readonly role: 'teacher' } | { readonly role: 'student'; readonly student: Student };

export class ClassRoom extends Room {
  private ctx!: ServerContext;
  private teacherKey = '';
  private settings: ClassSettings = DEFAULT_SETTINGS;
  private readonly students = new Map<string, Student>();
  private readonly seatsOf = new Map<string, SeatAssignment>();
  private readonly clients_ = new Map<string, Client>();
  private readonly teachers = new Set<Client>();
  private readonly pairs = new Map<string, PairSummary>();
  private readonly rate = new RateLimiter(MAX_MESSAGES_PER_SECOND, 1000);
  private work: Promise<void> = Promise.resolve();
  private rosterTimer: ReturnType<typeof setTimeout> | null = null;
  /** Pairs made so far in this class (a pairAll seed is numbered by it). */
  private pairCount = 0;
  private readonly onSummary = (summary: PairSummary) => {
    this.pairs.set(summary.roomId, summary);
    this.sendRoster();
  };

  async onCreate(options: ClassRoomOptions): Promise<void> {
    this.ctx = options.ctx;
    this.autoDispose = false;
    const code = String(options.code ?? '');
    const stream = classStream(code);
    const entries = /^[A-Z0-9]{1,16}$/.test(code) && (await this.ctx.log.streams()).includes(stream) ? ((await this.ctx.log.read(stream)) as ClassEntry[]) : [];
    const head = entries[0];
    if (head?.t !== 'class') throw new Error('no such class');
    this.roomId = code;
    this.teacherKey = head.teacherKey;
    for (const entry of entries) this.replay(entry);
    await this.presence.set(classSettingsKey(code), JSON.stringify(this.settings));
    await this.presence.subscribe(summaryChannel(code), this.onSummary);
    this.onMessage('teacher', (client, message: unknown) => this.receive(client, message));
    this.onMessage('*', (client, type) => this.refuse(client, 'bad-message', `unknown message type ${JSON.stringify(String(type)).slice(0, 40)}`));
    // Every game room answers a settings message with its summary: the teacher's table fills after a restart.
    await this.control({ type: 'settings', settings: this.settings });
  }

  onAuth(_client: Client, options: unknown, context: AuthContext): Auth {
    if (!this.ctx.joins.allow(addressOf(context.ip), this.ctx.now())) throw new Error('too many joins from this address; wait a minute');
    const parsed = classJoinSchema.safeParse(options);
    if (!parsed.success || parsed.data.code !== this.roomId) throw new Error('check the class code');
    const join = parsed.data;
    if (join.role === 'teacher') {
      if (join.teacherKey !== this.teacherKey) throw new Error('wrong teacher key');
      return { role: 'teacher' };
    }
    const known = join.studentToken ? [...this.students.values()].find((s) => s.token === join.studentToken) : undefined;
    return { role: 'student', student: known ?? { id: randomToken(10), token: randomToken(), name: join.name } };
  }

  async onJoin(client: Client, _options: unknown, auth: Auth): Promise<void> {
    if (auth.role === 'teacher') {
      this.teachers.add(client);
      this.sendRoster();
      return;
    }
    const { student } = auth;
    if (!this.students.has(student.id)) await this.record({ t: 'student', student });
    this.clients_.get(student.id)?.leave(SEAT_GIVEN_AWAY, 'joined again elsewhere');
    this.clients_.set(student.id, client);
    client.send(SERVER.welcome, { studentToken: student.token, name: student.name });
    const seat = this.seatsOf.get(student.id);
    if (seat) client.send(SERVER.seat, seat);
    this.sendRoster();
  }

  onLeave(client: Client): void {
    this.teachers.delete(client);
    for (const [id, c] of this.clients_) if (c === client) this.clients_.delete(id);
    this.sendRoster();
  }

  async onDispose(): Promise<void> {
    if (this.rosterTimer) clearTimeout(this.rosterTimer);
    await this.presence.unsubscribe(summaryChannel(this.roomId), this.onSummary);
  }

  onUncaughtException(error: Error, method: string): void {
    this.ctx.note(`class ${this.roomId}: ${method} failed: ${error.message}`);
  }

  private refuse(client: Client, code: ErrorCode, message: string): void {
    client.send(SERVER.error, { code, message });
  }

  private receive(client: Client, message: unknown): void {
    if (!this.rate.allow(client.sessionId, this.ctx.now())) return this.refuse(client, 'too-fast', `at most ${MAX_MESSAGES_PER_SECOND} messages a second`);
    if (!this.teachers.has(client)) return this.refuse(client, 'not-allowed', 'only the teacher may do that');
    let size = 0;
    try {
      size = JSON.stringify(message ?? null).length;
    } catch {
      return this.refuse(client, 'bad-message', 'unreadable message');
    }
    if (size > MAX_MESSAGE_BYTES) return this.refuse(client, 'too-large', `messages are at most ${MAX_MESSAGE_BYTES} bytes`);
    const parsed = teacherMessageSchema.safeParse(message);
    if (!parsed.success) return this.refuse(client, 'bad-message', describeIssue(parsed.error.issues[0]));
    if (parsed.data.key !== this.teacherKey) return this.refuse(client, 'not-allowed', 'wrong teacher key');
    const command = parsed.data.command;
    this.work = this.work
      .then(() => this.command(client, command))
      .catch((e: unknown) => this.refuse(client, 'bad-message', e instanceof Error ? e.message : String(e)));
  }

  private async command(client: Client, command: TeacherCommand): Promise<void> {
    switch (command.type) {
      case 'pair':
        return this.pair(client, command.a, command.b, command.aSide, command.scenarioId, command.seed);
      case 'pairAll': {
        const waiting = this.waiting();
        for (let i = 0; i < waiting.length; i += 2) {
          await this.pair(client, waiting[i]!.id, waiting[i + 1]?.id ?? null, SIDES[(i / 2) % 2]!, command.scenarioId, `${command.seedPrefix}-${this.pairCount + 1}`);
        }
        return;
      }
      case 'fillWithAi':
        return this.control({ type: 'fillWithAi', roomId: command.roomId, side: command.side });
      case 'pause':
      case 'resume':
      case 'end':
      case 'timeLimit': {
        const s = this.settings;
        const settings: ClassSettings =
          command.type === 'timeLimit' ? { ...s, weekSeconds: command.seconds } : command.type === 'end' ? { ...s, ended: true } : { ...s, paused: command.type === 'pause' };
        await this.record({ t: 'settings', settings });
        await this.presence.set(classSettingsKey(this.roomId), JSON.stringify(settings));
        await this.control({ type: 'settings', settings });
        return this.sendRoster();
      }
    }
  }

  private waiting(): Student[] {
    return [...this.students.values()].filter((s) => !this.seatsOf.has(s.id));
  }

  private async pair(client: Client, a: string, b: string | null, aSide: SideId, scenarioId: string, seed: string): Promise<void> {
    const first = this.students.get(a);
    const second = b === null ? null : this.students.get(b);
    if (!first || second === undefined || a === b) return this.refuse(client, 'not-found', 'no such waiting student');
    if (this.seatsOf.has(a) || (b !== null && this.seatsOf.has(b))) return this.refuse(client, 'not-allowed', 'that student already has a seat');
    if (!this.ctx.scenarioOf(scenarioId)) return this.refuse(client, 'not-found', `no scenario ${scenarioId}`);
    const roomId = randomToken(12);
    const bSide = otherSide(aSide);
    const seatOf = (student: Student | null) => ({ name: student?.name ?? 'AI', token: student ? randomToken() : null, ai: student === null });
    const seats = { [aSide]: seatOf(first), [bSide]: seatOf(second) } as PairSetup['seats'];
    const setup: PairSetup = { roomId, classCode: this.roomId, scenarioId, seed, seats };
    const students = { [aSide]: a, [bSide]: b } as Record<SideId, string | null>;
    // Claimed before its log exists, so a process looking for rooms to rebuild never builds it a second time.
    if (!(await claimRoom(this.presence, roomId))) return this.refuse(client, 'not-allowed', 'try again');
    try {
      await this.ctx.log.append(pairStream(roomId), { t: 'open', setup } satisfies PairEntry);
      await this.record({
        t: 'pair',
        roomId,
        scenarioId,
        seats: { union: { student: students.union!, token: seats.union.token }, employer: { student: students.employer!, token: seats.employer.token } },
      });
      await matchMaker.createRoom(PAIR_ROOM, { roomId });
    } finally {
      await releaseRoom(this.presence, roomId);
    }
    for (const side of SIDES) {
      const id = students[side];
      const seat = id ? this.seatsOf.get(id) : undefined;
      if (id && seat) this.clients_.get(id)?.send(SERVER.seat, seat);
    }
    this.sendRoster();
  }

  /** Appends an entry to the class log (durably), then applies it. */
  private async record(entry: ClassEntry): Promise<void> {
    await this.ctx.log.append(classStream(this.roomId), entry);
    this.replay(entry);
  }

  private replay(entry: ClassEntry): void {
    if (entry.t === 'student') this.students.set(entry.student.id, entry.student);
    if (entry.t === 'settings') this.settings = entry.settings;
    if (entry.t !== 'pair') return;
    this.pairCount += 1;
    for (const side of SIDES) {
      const { student, token } = entry.seats[side];
      if (student && token) this.seatsOf.set(student, { roomId: entry.roomId, seatToken: token, side, scenarioId: entry.scenarioId });
    }
  }

  private async control(message: PairControl): Promise<void> {
    await this.presence.publish(controlChannel(this.roomId), message);
  }

  private roster(): Roster {
    return {
      code: this.roomId,
      paused: this.settings.paused,
      ended: this.settings.ended,
      weekSeconds: this.settings.weekSeconds,
      waiting: this.waiting().map((s) => ({ id: s.id, name: s.name })),
      pairs: [...this.pairs.values()],
    };
  }

  /** Sends the roster to the teachers, at most every ROSTER_MS: a busy class changes faster than anyone reads. */
  private sendRoster(): void {
    if (!this.teachers.size || this.rosterTimer) return;
    this.rosterTimer = setTimeout(() => {
      this.rosterTimer = null;
      const roster = this.roster();
      for (const t of this.teachers) t.send(SERVER.roster, roster);
    }, ROSTER_MS);
  }
}
