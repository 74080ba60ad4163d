/**
 * A student's connection from the browser, on `colyseus.js`: joins the class lobby with the code and a name,
 * hears its welcome (the student token to come back with) and its seat once the teacher pairs it, then holds the
 * seat in the pair's game room, sending moves and passing on each view. Loaded with a dynamic import() only when
 * a player joins a class, so offline play never loads the client library or touches the network.
 */
import { Client, type Room } from 'colyseus.js';
import type { ScriptAction } from '../sim';
import { CLIENT, SEAT_GIVEN_AWAY, SERVER, type Ack, type ErrorMessage, type FinalGame, type SeatAssignment, type SeatView, type Welcome } from './protocol';

export interface StudentEvents {
  welcome(welcome: Welcome): void;
  seat(seat: SeatAssignment): void;
  view(view: SeatView): void;
  /** The whole game, once it is over and asked for (`askForFinal`). */
  final(game: FinalGame): void;
  /** A refusal of a move (by the rules or the server) or a lost connection, in a sentence for the player. */
  problem(message: string): void;
  /** The connection to the game room closed for good (another tab took the seat, the AI was given it, or every
   *  try to get the seat back failed). */
  closed(reason: string): void;
  /**
   * The game room's connection dropped without a reason (its process died, the network went): the link is taking
   * the seat back, this being try `attempt`; null once it has, and the room's next view follows.
   */
  reconnecting(attempt: number | null): void;
}

/** The wait before each try to take the seat back: 0.25 s, doubling to 4 s, with up to a quarter more at random
 *  so that a class whose room moved does not knock all at once. */
export const rejoinDelayMs = (attempt: number, random: () => number = Math.random): number => Math.round(Math.min(4000, 250 * 2 ** (attempt - 1)) * (1 + random() / 4));

/** How long the link keeps trying before it gives up and says so: a room whose process died is rebuilt by another
 *  in a second or two, but a loaded machine may take far longer. */
const REJOIN_GIVE_UP_MS = 120_000;

/** A duration as a player reads it: "2 minutes", "5 seconds". */
const spoken = (ms: number): string => (ms >= 60_000 ? `${Math.round(ms / 60_000)} minute${ms >= 90_000 ? 's' : ''}` : `${Math.round(ms / 1000)} seconds`);

/** The game server's address: the page's own host, where `npm run classroom` serves both. */
export const endpointOfPage = (location: Pick<Location, 'protocol' | 'host'>): string => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;

export class StudentLink {
  private pair: Room | null = null;
  private seat: SeatAssignment | null = null;
  private nextId = 1;
  /** Taking the seat back after the connection dropped; moves are not sent meanwhile. */
  private rejoining = false;
  private left = false;

  private constructor(
    private readonly client: Client,
    private readonly lobby: Room,
    private readonly events: StudentEvents,
    private readonly giveUpMs: number,
  ) {
    lobby.onMessage(SERVER.welcome, (w: Welcome) => events.welcome(w));
    lobby.onMessage(SERVER.seat, (seat: SeatAssignment) => events.seat(seat));
    lobby.onMessage(SERVER.error, (e: ErrorMessage) => events.problem(e.message));
    lobby.onMessage('*', () => undefined);
  }

  /** Joins the class lobby (with the student token from an earlier visit, to be the same student again). */
  static async join(endpoint: string, code: string, name: string, studentToken: string | undefined, events: StudentEvents, giveUpMs = REJOIN_GIVE_UP_MS): Promise<StudentLink> {
    const client = new Client(endpoint);
    const lobby = await client.joinById(code, { role: 'student', code, name, ...(studentToken ? { studentToken } : {}) });
    return new StudentLink(client, lobby, events, giveUpMs);
  }

  /** Takes the seat in its game room: by the room's reconnection token when there is one, else the seat token. */
  async sit(seat: SeatAssignment, reconnectionToken?: string): Promise<void> {
    this.seat = seat;
    this.attach(await this.enter(seat, reconnectionToken));
  }

  /** The seat's game room: by Colyseus's reconnection while the room still holds the seat, else by the seat token
   *  (a reloaded tab, a restarted server, a room rebuilt by another process of the cluster). */
  private async enter(seat: SeatAssignment, reconnectionToken: string | undefined): Promise<Room> {
    const back = reconnectionToken ? await this.client.reconnect(reconnectionToken).catch(() => null) : null;
    return back ?? (await this.client.joinById(seat.roomId, { seatToken: seat.seatToken }));
  }

  private attach(room: Room): void {
    this.pair = room;
    room.onMessage(SERVER.view, (view: SeatView) => this.events.view(view));
    room.onMessage(SERVER.final, (game: FinalGame) => this.events.final(game));
    room.onMessage(SERVER.ack, (ack: Ack) => {
      if (!ack.ok) this.events.problem(ack.message);
    });
    room.onMessage(SERVER.error, (e: ErrorMessage) => this.events.problem(e.message));
    room.onMessage('*', () => undefined);
    room.onLeave((code) => {
      if (this.pair !== room || this.left) return;
      if (code === SEAT_GIVEN_AWAY) return this.events.closed('Another window took this seat, or the teacher gave it to the AI.');
      void this.rejoin(room.reconnectionToken);
    });
  }

  /** Takes the seat back through the same address after an unexpected close, trying again with a growing wait. */
  private async rejoin(reconnectionToken: string): Promise<void> {
    if (this.rejoining || !this.seat) return;
    this.rejoining = true;
    const seat = this.seat;
    const started = Date.now();
    for (let attempt = 1; !this.left; attempt += 1) {
      this.events.reconnecting(attempt);
      const room = await this.enter(seat, reconnectionToken).catch(() => null);
      if (room && this.left) return void room.leave(true).catch(() => undefined);
      if (room) {
        this.rejoining = false;
        this.attach(room);
        return this.events.reconnecting(null);
      }
      if (Date.now() - started > this.giveUpMs) break;
      await new Promise((resolve) => setTimeout(resolve, rejoinDelayMs(attempt)));
    }
    this.rejoining = false;
    if (!this.left) this.events.closed(`Could not reconnect to the class: its server could not be reached for ${spoken(this.giveUpMs)}. Your moves so far are kept on it: reload this page to try again, or ask your teacher.`);
  }

  /** Whether moves can be sent now (seated, and not in the middle of taking the seat back). */
  get connected(): boolean {
    return this.pair !== null && !this.rejoining;
  }

  /** The game room's reconnection token (kept in the tab, for a dropped connection). */
  get reconnectionToken(): string | null {
    return this.pair?.reconnectionToken ?? null;
  }

  send(action: ScriptAction): void {
    this.post(CLIENT.act, { action });
  }

  /** Sends a move message, or tells the player it was not sent while the seat is being taken back. */
  private post(type: string, body: object): void {
    if (!this.connected) return this.events.problem('Not sent: reconnecting to the class. Make the move again once it is back.');
    this.pair?.send(type, { id: this.nextId++, ...body });
  }

  /** Takes back the seat's `index`-th move queued this week (its turn still open); the next view shows it gone. */
  takeBack(index: number): void {
    this.post(CLIENT.takeBack, { index });
  }

  /** Asks for the whole game, once it is over, for the debrief. */
  askForFinal(): void {
    this.pair?.send(CLIENT.debrief);
  }

  leave(): void {
    this.left = true;
    const rooms = [this.pair, this.lobby];
    this.pair = null;
    for (const room of rooms) void room?.leave(true).catch(() => undefined);
  }
}
