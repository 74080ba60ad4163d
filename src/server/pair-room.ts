/**
 * A pair's game room: two seats, each held by a student with its seat token (or by the AI), one authoritative
 * game. Each move is checked (shape, then the rules), logged durably, applied, acknowledged, and then each seat
 * is sent its own view. The room is created only from a log the class lobby wrote, and rebuilt from it after a
 * crash; work is done one message at a time, in order, so the log's order is the game's.
 */
import { Room, type AuthContext, type Client } from '@colyseus/core';
import type { ZodType } from 'zod';
import { actMessageSchema, CLIENT, SEAT_GIVEN_AWAY, takeBackMessageSchema, MAX_MESSAGES_PER_SECOND, pairJoinSchema, SERVER, type Ack, type ErrorCode, type FinalGame, type PairSummary, type SeatView } from '../classroom/protocol';
import { seatEvents, seatState } from '../classroom/seat-view';
import { otherSide, SIDES, stateHash, type ScriptAction, type SideId, type SimEvent } from '../sim';
import { addressOf, RateLimiter } from './limits';
import { classSettingsKey, controlChannel, DEFAULT_SETTINGS, pairStream, summaryChannel, type ClassSettings, type ServerContext } from './context';
import { PairGame, type Checked, type PairEntry } from './pair-game';
import { screenMessage } from './screen';
import { pairPar } from './par';

/** How long a dropped seat is held for its student to come back, in seconds. */
const RECONNECT_SECONDS = 600;
/**
 * The least time between two summaries a game room publishes for the teacher, ms: the summary carries the whole
 * game's state hash, too dear to work out after every move, and the teacher's roster goes out every 250 ms anyway.
 */
const SUMMARY_MS = 250;

export interface PairRoomOptions {
  readonly roomId: string;
  readonly ctx: ServerContext;
}

/** What the teacher may send a game room, through the class's control channel. */
export type PairControl = { readonly type: 'settings'; readonly settings: ClassSettings } | { readonly type: 'fillWithAi'; readonly roomId: string; readonly side: SideId };

interface Seat {
  client: Client | null;
}

export class PairRoom extends Room {
  private ctx!: ServerContext;
  private game!: PairGame;
  private settings: ClassSettings = DEFAULT_SETTINGS;
  private readonly seats: Record<SideId, Seat> = { union: { client: null }, employer: { client: null } };
  private readonly rate = new RateLimiter(MAX_MESSAGES_PER_SECOND, 1000);
  private work: Promise<void> = Promise.resolve();
  private lastEvents: readonly SimEvent[] = [];
  /** Whether `lastEvents` went out with the views: the next change starts a new list, else it adds to it. */
  private eventsSent = false;
  /** Seats that may see something new since their last view (the other side's queued moves show them nothing). */
  private readonly changedFor = new Set<SideId>();
  private summaryTimer: ReturnType<typeof setTimeout> | null = null;
  private hashed: { readonly seq: number; readonly hash: string } | null = null;
  private deadline: number | null = null;
  private remainingMs: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly onControl = (message: PairControl) => this.enqueue(() => this.control(message));

  async onCreate(options: PairRoomOptions): Promise<void> {
    this.ctx = options.ctx;
    this.autoDispose = false;
    const roomId = String(options.roomId ?? '');
    const entries = (await this.ctx.log.streams()).includes(pairStream(roomId)) ? ((await this.ctx.log.read(pairStream(roomId))) as PairEntry[]) : [];
    if (!entries.length) throw new Error('no such game');
    this.roomId = roomId;
    this.game = PairGame.fromLog(entries, this.ctx.scenarioOf);
    const saved = await this.presence.get(classSettingsKey(this.game.setup.classCode));
    if (typeof saved === 'string') this.settings = JSON.parse(saved) as ClassSettings;
    await this.presence.subscribe(controlChannel(this.game.setup.classCode), this.onControl);
    this.onMessage(CLIENT.act, (client, message: unknown) => {
      const parsed = this.screen(client, message, actMessageSchema);
      if (parsed) this.enqueue(() => this.act(client, client.auth as SideId, parsed.id, parsed.action as ScriptAction, parsed.received));
    });
    this.onMessage(CLIENT.takeBack, (client, message: unknown) => {
      const parsed = this.screen(client, message, takeBackMessageSchema);
      if (parsed) this.enqueue(() => this.takeBack(client, client.auth as SideId, parsed.id, parsed.index, parsed.received));
    });
    this.onMessage(CLIENT.debrief, (client) => {
      if (!this.rate.allow(client.sessionId, this.ctx.now())) return this.refuse(client, 'too-fast', `at most ${MAX_MESSAGES_PER_SECOND} messages a second`);
      this.enqueue(() => this.sendFinal(client));
    });
    this.onMessage('*', (client, type) => this.refuse(client, 'bad-message', `unknown message type ${JSON.stringify(String(type)).slice(0, 40)}`));
    this.enqueue(() => this.afterChange());
  }

  onAuth(_client: Client, options: unknown, context: AuthContext): SideId {
    if (!this.ctx.joins.allow(addressOf(context.ip), this.ctx.now())) throw new Error('too many joins from this address; wait a minute');
    const parsed = pairJoinSchema.safeParse(options);
    const side = parsed.success ? SIDES.find((s) => this.game.setup.seats[s].token === parsed.data.seatToken) : undefined;
    if (!side) throw new Error('this seat token does not belong to this game');
    return side;
  }

  onJoin(client: Client, _options: unknown, side: SideId): void {
    const seat = this.seats[side];
    // The newest connection with the seat's token holds the seat (a reloaded tab, a restarted server).
    if (seat.client && seat.client !== client) seat.client.leave(SEAT_GIVEN_AWAY, 'this seat was taken by a newer connection');
    seat.client = client;
    this.sendViews();
    this.publishSummary();
  }

  async onLeave(client: Client, consented: boolean): Promise<void> {
    const side = client.auth as SideId;
    if (this.seats[side].client !== client) return;
    this.seats[side].client = null;
    this.publishSummary();
    this.sendViews();
    if (consented) return;
    try {
      const back = await this.allowReconnection(client, RECONNECT_SECONDS);
      if (this.seats[side].client) return back.leave(SEAT_GIVEN_AWAY, 'this seat was taken by a newer connection');
      this.seats[side].client = back;
      this.sendViews();
      this.publishSummary();
    } catch {
      // Not back in time: the seat stays free for its token.
    }
  }

  async onDispose(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    if (this.summaryTimer) clearTimeout(this.summaryTimer);
    await this.presence.unsubscribe(controlChannel(this.game.setup.classCode), this.onControl);
  }

  onUncaughtException(error: Error, method: string): void {
    this.ctx.note(`pair ${this.roomId}: ${method} failed: ${error.message}`);
  }

  /** A state hash of the whole game (for tests and the teacher; never sent to a seat), worked out once per move. */
  hash(): string {
    if (this.hashed?.seq !== this.game.seq) this.hashed = { seq: this.game.seq, hash: stateHash(this.game.state) };
    return this.hashed.hash;
  }

  private refuse(client: Client, code: ErrorCode, message: string, id?: number): void {
    client.send(SERVER.error, id === undefined ? { code, message } : { code, message, id });
  }

  /** A seat's message checked before the rules see it (rate, size, shape); null once refused. */
  private screen<T extends { readonly id: number }>(client: Client, message: unknown, schema: ZodType<T>): (T & { readonly received: number }) | null {
    const received = performance.now();
    const screened = screenMessage(message, schema, this.rate.allow(client.sessionId, this.ctx.now()));
    if (screened.ok) return { ...screened.data, received };
    this.refuse(client, screened.code, screened.message, screened.id);
    return null;
  }

  /** Refuses a move when this connection may not move for its seat now (class paused or ended, seat lost or given to the AI). */
  private barred(client: Client, side: SideId, id: number): boolean {
    if (this.seats[side].client !== client) this.refuse(client, 'not-allowed', 'this connection no longer holds the seat', id);
    else if (this.settings.ended) this.refuse(client, 'over', 'the class has ended', id);
    else if (this.settings.paused) this.refuse(client, 'paused', 'the teacher has paused the class', id);
    else if (this.game.ai[side]) this.refuse(client, 'not-allowed', 'the AI holds this seat', id);
    else return false;
    return true;
  }

  private async act(client: Client, side: SideId, id: number, action: ScriptAction, received: number): Promise<void> {
    if (this.barred(client, side, id)) return;
    const checked = this.game.check(side, action);
    if ('rejected' in checked) {
      const ack: Ack = { id, ok: false, reason: checked.rejected.reason, message: checked.rejected.message };
      client.send(SERVER.ack, ack);
      this.ctx.timings?.ack(performance.now() - received);
      return;
    }
    await this.apply(checked);
    client.send(SERVER.ack, { id, ok: true, seq: this.game.seq } satisfies Ack);
    this.ctx.timings?.ack(performance.now() - received);
    await this.afterChange(true);
  }

  /** A seat takes back a move it queued this week: checked, logged durably, applied; only the seat is told. */
  private async takeBack(client: Client, side: SideId, id: number, index: number, received: number): Promise<void> {
    if (this.barred(client, side, id)) return;
    const taken = this.game.checkTakeBack(side, index);
    if ('rejected' in taken) {
      client.send(SERVER.ack, { id, ok: false, reason: taken.rejected.reason, message: taken.rejected.message } satisfies Ack);
      return;
    }
    await this.ctx.log.append(pairStream(this.roomId), { t: 'takeBack', seq: this.game.seq + 1, side, index } satisfies PairEntry);
    this.game.commitTakeBack(taken);
    client.send(SERVER.ack, { id, ok: true, seq: this.game.seq } satisfies Ack);
    this.ctx.timings?.ack(performance.now() - received);
    // The other side never saw the move, so it hears nothing of its going either.
    if (this.eventsSent) this.lastEvents = [];
    this.eventsSent = false;
    this.changedFor.add(side);
    await this.afterChange(true);
  }

  /** Logs checked moves durably, then applies them. */
  private async apply(checked: Checked): Promise<void> {
    await this.ctx.log.append(pairStream(this.roomId), { t: 'act', seq: this.game.seq + 1, actions: checked.actions } satisfies PairEntry);
    const resolved = this.game.commit(checked);
    // A seat's move and the AI's next week can both happen before views go out: the views carry both (the week's
    // resolution included), not only the last.
    this.lastEvents = this.eventsSent ? checked.events : [...this.lastEvents, ...checked.events];
    this.eventsSent = false;
    for (const side of SIDES) if (seatEvents(checked.events, side).length) this.changedFor.add(side);
    if (resolved) this.startWeekClock();
  }

  /**
   * After every change: the AI plays its seats' weeks, then the seats and the teacher hear of it. After moves
   * (`movesOnly`), only a seat that may see something new gets a view: a move queued by one side is invisible to
   * the other until the week resolves, and building and sending a whole view for nothing was a good part of its cost.
   */
  private async afterChange(movesOnly = false): Promise<void> {
    if (!this.settings.paused && !this.settings.ended) {
      for (let side = this.game.aiSidesToMove()[0]; side; side = this.game.aiSidesToMove()[0]) {
        // The AI's decision takes a while: other rooms' waiting moves and acknowledgements go first.
        await new Promise((resolve) => setImmediate(resolve));
        if (!this.game.aiSidesToMove().includes(side)) continue;
        const week = this.game.aiWeek(side);
        if (!week) break;
        await this.apply(week);
      }
    }
    if (this.deadline === null && this.remainingMs === null) this.startWeekClock();
    this.sendViews(movesOnly ? this.changedFor : SIDES);
    this.publishSummary();
  }

  private enqueue(task: () => Promise<void> | void): void {
    this.work = this.work.then(task).catch((e: unknown) => this.ctx.note(`pair ${this.roomId}: ${e instanceof Error ? e.message : String(e)}`));
  }

  private async control(message: PairControl): Promise<void> {
    if (message.type === 'fillWithAi') {
      if (message.roomId !== this.roomId || this.game.ai[message.side]) return;
      await this.ctx.log.append(pairStream(this.roomId), { t: 'ai', side: message.side } satisfies PairEntry);
      this.game.ai[message.side] = true;
      this.seats[message.side].client?.leave(SEAT_GIVEN_AWAY, 'the teacher gave this seat to the AI');
      return this.afterChange();
    }
    const was = this.settings;
    this.settings = message.settings;
    if (!was.paused && this.settings.paused && this.deadline !== null) {
      this.remainingMs = Math.max(0, this.deadline - this.ctx.now());
      this.stopClock();
    } else if (was.paused && !this.settings.paused) {
      this.startWeekClock(this.remainingMs ?? undefined);
    } else if (was.weekSeconds !== this.settings.weekSeconds) {
      this.startWeekClock();
    }
    return this.afterChange();
  }

  private stopClock(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.deadline = null;
  }

  /** Starts this week's time limit (or what was left of it when the class was paused). */
  private startWeekClock(ms?: number): void {
    this.stopClock();
    this.remainingMs = null;
    const seconds = this.settings.weekSeconds;
    if (seconds === null || this.settings.paused || this.settings.ended || this.game.state.outcome) return;
    const wait = ms ?? seconds * 1000;
    this.deadline = this.ctx.now() + wait;
    const week = this.game.state.week;
    this.timer = setTimeout(() => this.enqueue(() => this.timeUp(week)), wait);
  }

  /** The week's time is up: the server ends the turn of each seat that has not. */
  private async timeUp(week: number): Promise<void> {
    for (const side of SIDES) {
      if (this.game.state.week !== week || this.game.state.outcome || this.game.state.turn[side].ended) continue;
      const checked = this.game.check(side, { type: 'endTurn' });
      if ('actions' in checked) await this.apply(checked);
    }
    await this.afterChange(true);
  }

  private viewFor(side: SideId): SeatView {
    const other = otherSide(side);
    const seat = this.game.setup.seats[other];
    return {
      side,
      roomId: this.roomId,
      scenarioId: this.game.setup.scenarioId,
      seq: this.game.seq,
      state: seatState(this.game.state, side),
      events: seatEvents(this.lastEvents, side),
      clock: { paused: this.settings.paused, deadline: this.deadline, classEnded: this.settings.ended },
      opponent: { name: this.game.ai[other] ? 'AI' : seat.name, ai: this.game.ai[other], connected: this.game.ai[other] || this.seats[other].client !== null },
    };
  }

  /** The whole game to a seat that asks once it is over (for its debrief); refused while it is in play. */
  private async sendFinal(client: Client): Promise<void> {
    if (!this.game.state.outcome) return this.refuse(client, 'not-allowed', 'the game is not over yet');
    client.send(SERVER.final, { seed: this.game.setup.seed, log: this.game.moves } satisfies FinalGame);
  }

  private sendViews(sides: Iterable<SideId> = SIDES): void {
    for (const side of [...sides]) {
      this.changedFor.delete(side);
      this.seats[side].client?.send(SERVER.view, this.viewFor(side));
    }
    this.eventsSent = true;
  }

  private summary(): PairSummary {
    const state = this.game.state;
    const latest = (side: SideId) => state.negotiation.standing[side]?.offer ?? null;
    const last = state.history.at(-1);
    return {
      roomId: this.roomId,
      scenarioId: this.game.setup.scenarioId,
      seed: this.game.setup.seed,
      seats: Object.fromEntries(
        SIDES.map((s) => [s, { name: this.game.ai[s] ? 'AI' : this.game.setup.seats[s].name, connected: this.seats[s].client !== null, ai: this.game.ai[s] }]),
      ) as PairSummary['seats'],
      week: state.week,
      ended: { union: state.turn.union.ended, employer: state.turn.employer.ended },
      latestOffer: { union: latest('union'), employer: latest('employer') },
      strikeDays: state.strikes.daysHeld,
      supportBp: last?.supportBp ?? 0,
      outcome: state.outcome ? { kind: state.outcome.kind, week: state.outcome.week, scores: state.outcome.scores } : null,
      par: pairPar(this.game),
      seq: this.game.seq,
      stateHash: this.hash(),
    };
  }

  /** Publishes the summary for the teacher's table, at most every SUMMARY_MS (the latest state, at the end of the wait). */
  private publishSummary(): void {
    if (this.summaryTimer) return;
    this.summaryTimer = setTimeout(() => {
      this.summaryTimer = null;
      void this.presence.publish(summaryChannel(this.game.setup.classCode), this.summary());
    }, SUMMARY_MS);
  }
}
