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
  /** The link let go for good (another tab took the seat or the student's place, the AI was given the seat, or
   *  every try to take a room back failed). */
  closed(reason: string): void;
  /**
   * A room's connection (the game room's or the lobby's) dropped without a reason (its process died, the network
   * went): the link is taking it back, this being try `attempt`; null once every room is back (the game room's next
   * view follows).
   */
  reconnecting(attempt: number | null): void;
}

/** The wait before each try to take a room back: 0.25 s, doubling to 4 s, with up to a quarter more at random
 *  so that a class whose room moved does not knock all at once. */
export const rejoinDelayMs = (attempt: number, random: () => number = Math.random): number => Math.round(Math.min(4000, 250 * 2 ** (attempt - 1)) * (1 + random() / 4));

/** How long the link keeps trying before it gives up and says so: a room whose process died is rebuilt by another
 *  in a second or two, but a loaded machine may take far longer. */
const REJOIN_GIVE_UP_MS = 120_000;

/** A duration as a player reads it: "2 minutes", "5 seconds". */
const spoken = (ms: number): string => (ms >= 60_000 ? `${Math.round(ms / 60_000)} minute${ms >= 90_000 ? 's' : ''}` : `${Math.round(ms / 1000)} seconds`);

/** The game server's address: the page's own host, where `npm run classroom` serves both. */
export const endpointOfPage = (location: Pick<Location, 'protocol' | 'host'>): string => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;

/** The two rooms a student holds: the class lobby and the pair's game room. */
type Held = 'lobby' | 'pair';

export class StudentLink {
  private lobby: Room;
  private pair: Room | null = null;
  private seat: SeatAssignment | null = null;
  /** Who the lobby knows this student as (its welcome), to join it again as the same student. */
  private studentToken: string | undefined;
  private nextId = 1;
  /** The rooms being taken back after their connection dropped; moves are not sent while the game room is. */
  private readonly rejoining = new Set<Held>();
  private left = false;
  /** Every try to take a room back failed: the player has been told, and the link stops trying. */
  private gaveUp = false;

  private constructor(
    private readonly client: Client,
    lobby: Room,
    private readonly code: string,
    private name: string,
    studentToken: string | undefined,
    private readonly events: StudentEvents,
    private readonly giveUpMs: number,
  ) {
    this.studentToken = studentToken;
    this.lobby = lobby;
    this.attachLobby(lobby);
  }

  /** Joins the class lobby (with the student token from an earlier visit, to be the same student again). */
  static async join(endpoint: string, code: string, name: string, studentToken: string | undefined, events: StudentEvents, giveUpMs = REJOIN_GIVE_UP_MS): Promise<StudentLink> {
    const client = new Client(endpoint);
    const lobby = await client.joinById(code, { role: 'student', code, name, ...(studentToken ? { studentToken } : {}) });
    return new StudentLink(client, lobby, code, name, studentToken, events, giveUpMs);
  }

  private attachLobby(lobby: Room): void {
    this.lobby = lobby;
    lobby.onMessage(SERVER.welcome, (w: Welcome) => {
      this.studentToken = w.studentToken;
      this.name = w.name;
      this.events.welcome(w);
    });
    lobby.onMessage(SERVER.seat, (seat: SeatAssignment) => this.events.seat(seat));
    lobby.onMessage(SERVER.error, (e: ErrorMessage) => this.events.problem(e.message));
    lobby.onMessage('*', () => undefined);
    lobby.onLeave((code) => {
      if (this.lobby !== lobby || this.left) return;
      if (code === SEAT_GIVEN_AWAY) return this.events.closed('You joined this class again in another window.');
      const again = { role: 'student', code: this.code, name: this.name, ...(this.studentToken ? { studentToken: this.studentToken } : {}) };
      void this.rejoin('lobby', () => this.client.joinById(this.code, again), (room) => this.attachLobby(room));
    });
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
      const seat = this.seat;
      if (this.pair !== room || this.left || !seat) return;
      if (code === SEAT_GIVEN_AWAY) return this.events.closed('Another window took this seat, or the teacher gave it to the AI.');
      const token = room.reconnectionToken;
      void this.rejoin('pair', () => this.enter(seat, token), (back) => this.attach(back));
    });
  }

  /**
   * Takes a room back through the same address after its connection closed unexpectedly (its process died, the
   * server restarted, the network went), trying again with a growing wait until it is back or the time is up.
   */
  private async rejoin(which: Held, enter: () => Promise<Room>, attach: (room: Room) => void): Promise<void> {
    if (this.rejoining.has(which)) return;
    this.rejoining.add(which);
    const started = Date.now();
    for (let attempt = 1; !this.left && !this.gaveUp; attempt += 1) {
      this.events.reconnecting(attempt);
      const room = await enter().catch(() => null);
      if (room && this.left) return void room.leave(true).catch(() => undefined);
      if (room) {
        this.rejoining.delete(which);
        attach(room);
        if (this.rejoining.size === 0) this.events.reconnecting(null);
        return;
      }
      if (Date.now() - started > this.giveUpMs) break;
      await new Promise((resolve) => setTimeout(resolve, rejoinDelayMs(attempt)));
    }
    this.rejoining.delete(which);
    if (this.left || this.gaveUp) return;
    this.gaveUp = true;
    this.events.closed(`Could not reconnect to the class: its server could not be reached for ${spoken(this.giveUpMs)}. Your moves so far are kept on it: reload this page to try again, or ask your teacher.`);
  }

  /** Whether moves can be sent now (seated, and not in the middle of taking the seat back). */
  get connected(): boolean {
    return this.pair !== null && !this.rejoining.has('pair');
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
