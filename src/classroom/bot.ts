/**
 * A headless student: joins a class through the real client library, waits for its seat, and plays each week
 * with the core's AI deciding from the seat's own view (the AI reads only what its side may know, so the seat
 * view is enough). Used by the load tool and the server's tests; it counts what it sent, what was acknowledged
 * and how long each acknowledgement took.
 */
import { Client, type Room } from 'colyseus.js';
import { decide, type Action, type Scenario, type ScriptAction } from '../sim';
import { CLIENT, MAX_MESSAGES_PER_SECOND, SERVER, type Ack, type ErrorMessage, type SeatAssignment, type SeatView, type Welcome } from './protocol';
import { withScenario } from './seat-view';

/** The least time between two of a bot's messages: under the server's messages-per-second limit. */
const SEND_INTERVAL_MS = Math.ceil(1000 / (MAX_MESSAGES_PER_SECOND - 2));

export interface BotStats {
  actionsSent: number;
  actionsAcked: number;
  /** Acknowledgement round trips, ms. */
  readonly rtts: number[];
  /** Time from asking to join the class to holding a seat in the game room, ms. */
  readonly joinMs: number[];
  readonly errors: string[];
}

export const emptyStats = (): BotStats => ({ actionsSent: 0, actionsAcked: 0, rtts: [], joinMs: [], errors: [] });

export interface BotOptions {
  /** Called with every message the bot receives, in either room. */
  readonly record?: (type: string | number, message: unknown) => void;
  /** Stop before this week instead of playing on (a test that interrupts a game). */
  readonly stopAtWeek?: number;
}

const stripSide = ({ side: _side, ...rest }: Action): ScriptAction => rest as ScriptAction;

export class SeatBot {
  private lobby: Room | null = null;
  pair: Room | null = null;
  seat: SeatAssignment | null = null;
  welcome: Welcome | null = null;
  view: SeatView | null = null;
  private nextId = 1;
  private lastSend = 0;
  private readonly pending = new Map<number, { sent: number; resolve: (ack: Ack) => void }>();
  private playedWeek = -1;
  private playing = false;
  private finish!: () => void;
  /** Resolves when the bot's game has ended. */
  readonly finished = new Promise<void>((resolve) => (this.finish = resolve));
  private seated!: (seat: SeatAssignment) => void;
  private readonly seatGiven = new Promise<SeatAssignment>((resolve) => (this.seated = resolve));
  private joinStart = 0;

  constructor(
    private readonly endpoint: string,
    private readonly scenarioOf: (id: string) => Scenario,
    readonly stats: BotStats,
    private readonly options: BotOptions = {},
  ) {}

  /** Joins the class lobby and waits for the welcome. */
  async joinClass(code: string, name: string, studentToken?: string): Promise<void> {
    this.joinStart = performance.now();
    const room = await new Client(this.endpoint).joinById(code, { role: 'student', code, name, ...(studentToken ? { studentToken } : {}) });
    this.lobby = room;
    const welcomed = new Promise<void>((resolve) =>
      this.on(room, SERVER.welcome, (w: Welcome) => {
        this.welcome = w;
        resolve();
      }),
    );
    this.on(room, SERVER.seat, (seat: SeatAssignment) => {
      this.seat = seat;
      this.seated(seat);
    });
    room.onMessage('*', (type, message) => this.options.record?.(type, message));
    this.on(room, SERVER.error, (e: ErrorMessage) => this.stats.errors.push(`lobby: ${e.code}: ${e.message}`));
    await welcomed;
  }

  /** Waits for a seat, then takes it and plays. */
  async takeSeat(): Promise<void> {
    const seat = await this.seatGiven;
    await this.sit(seat);
    this.stats.joinMs.push(performance.now() - this.joinStart);
  }

  /** Joins (or rejoins) a game room with a seat token. */
  async sit(seat: SeatAssignment, endpoint = this.endpoint): Promise<void> {
    this.seat = seat;
    const room = await new Client(endpoint).joinById(seat.roomId, { seatToken: seat.seatToken });
    this.attach(room);
  }

  /** Comes back to the same seat through Colyseus's reconnection (a dropped connection). */
  async reconnect(): Promise<void> {
    const token = this.pair?.reconnectionToken;
    if (!token) throw new Error('no room to reconnect to');
    this.attach(await new Client(this.endpoint).reconnect(token));
  }

  /** Drops the game room's connection without saying goodbye (as a closed laptop would). */
  drop(): void {
    this.pair?.connection.close(4999, 'dropped');
  }

  /** Handles one message type, recording each message first; '*' (every type not handled) is recorded too. */
  private on<T>(room: Room, type: string, handle: (message: T) => void): void {
    room.onMessage(type, (message: T) => {
      this.options.record?.(type, message);
      handle(message);
    });
  }

  private attach(room: Room): void {
    this.pair = room;
    this.playing = false;
    room.onMessage('*', (type, message) => this.options.record?.(type, message));
    this.on(room, SERVER.error, (e: ErrorMessage) => {
      this.stats.errors.push(`pair: ${e.code}: ${e.message}`);
      const waiting = e.id === undefined ? undefined : this.pending.get(e.id);
      if (!waiting || e.id === undefined) return;
      this.pending.delete(e.id);
      waiting.resolve({ id: e.id, ok: false, reason: e.code, message: e.message });
    });
    this.on(room, SERVER.ack, (ack: Ack) => {
      const waiting = this.pending.get(ack.id);
      if (!waiting) return;
      this.pending.delete(ack.id);
      this.stats.rtts.push(performance.now() - waiting.sent);
      this.stats.actionsAcked += 1;
      waiting.resolve(ack);
    });
    this.on(room, SERVER.view, (view: SeatView) => {
      this.view = view;
      this.onView(view);
    });
  }

  /** Sends one action and waits for its acknowledgement (no faster than a person could, within the rate limit). */
  act(action: ScriptAction): Promise<Ack> {
    return this.request(CLIENT.act, { action });
  }

  /** Takes back the seat's `index`-th move queued this week, and waits for the answer. */
  takeBack(index: number): Promise<Ack> {
    return this.request(CLIENT.takeBack, { index });
  }

  private async request(type: string, body: object): Promise<Ack> {
    const wait = this.lastSend + SEND_INTERVAL_MS - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    this.lastSend = performance.now();
    const room = this.pair;
    if (!room) throw new Error('not seated');
    const id = this.nextId++;
    this.stats.actionsSent += 1;
    return new Promise<Ack>((resolve) => {
      this.pending.set(id, { sent: performance.now(), resolve });
      room.send(type, { id, ...body });
    });
  }

  /** Actions sent and not acknowledged yet. */
  get unacknowledged(): number {
    return this.pending.size;
  }

  private onView(view: SeatView): void {
    if (view.state.outcome) return this.finish();
    if (this.playing || view.clock.paused || view.clock.classEnded) return;
    if (view.state.turn[view.side].ended || view.state.week === this.playedWeek) return;
    if (this.options.stopAtWeek !== undefined && view.state.week >= this.options.stopAtWeek) return;
    this.playing = true;
    this.playedWeek = view.state.week;
    void this.playWeek(view).finally(() => {
      this.playing = false;
      if (this.view && this.view !== view) this.onView(this.view);
    });
  }

  /** The AI's week for this seat; a week already begun (moves queued before a reconnect) is simply ended. */
  private async playWeek(view: SeatView): Promise<void> {
    const queued = view.state.turn[view.side].actions.length;
    const decided = queued ? [] : decide(withScenario(view.state, this.scenarioOf(view.scenarioId)), view.side).map((d) => stripSide(d.action));
    const endAt = decided.findIndex((a) => a.type === 'endTurn');
    for (const action of endAt < 0 ? decided : decided.slice(0, endAt)) await this.act(action);
    await this.act({ type: 'endTurn' });
  }

  /** Leaves both rooms (a connection that has already died is given up after a moment). */
  async leave(): Promise<void> {
    const gone = new Promise((resolve) => setTimeout(resolve, 2000));
    await Promise.race([Promise.allSettled([this.pair?.leave(true), this.lobby?.leave(true)]), gone]);
  }
}
