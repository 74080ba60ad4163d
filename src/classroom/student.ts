/**
 * A student's connection from the browser, on `colyseus.js`: joins the class lobby with the code and a name,
 * hears its welcome (the student token to come back with) and its seat once the teacher pairs it, then holds the
 * seat in the pair's game room, sending moves and passing on each view. Loaded with a dynamic import() only when
 * a player joins a class, so offline play never loads the client library or touches the network.
 */
import { Client, type Room } from 'colyseus.js';
import type { ScriptAction } from '../sim';
import { CLIENT, SERVER, type Ack, type ErrorMessage, type FinalGame, type SeatAssignment, type SeatView, type Welcome } from './protocol';

export interface StudentEvents {
  welcome(welcome: Welcome): void;
  seat(seat: SeatAssignment): void;
  view(view: SeatView): void;
  /** The whole game, once it is over and asked for (`askForFinal`). */
  final(game: FinalGame): void;
  /** A refusal of a move (by the rules or the server) or a lost connection, in a sentence for the player. */
  problem(message: string): void;
  /** The connection to the game room closed for good (another tab took the seat, the AI was given it…). */
  closed(reason: string): void;
}

/** The game server's address: the page's own host, where `npm run classroom` serves both. */
export const endpointOfPage = (location: Pick<Location, 'protocol' | 'host'>): string => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;

export class StudentLink {
  private pair: Room | null = null;
  private nextId = 1;

  private constructor(
    private readonly client: Client,
    private readonly lobby: Room,
    private readonly events: StudentEvents,
  ) {
    lobby.onMessage(SERVER.welcome, (w: Welcome) => events.welcome(w));
    lobby.onMessage(SERVER.seat, (seat: SeatAssignment) => events.seat(seat));
    lobby.onMessage(SERVER.error, (e: ErrorMessage) => events.problem(e.message));
    lobby.onMessage('*', () => undefined);
  }

  /** Joins the class lobby (with the student token from an earlier visit, to be the same student again). */
  static async join(endpoint: string, code: string, name: string, studentToken: string | undefined, events: StudentEvents): Promise<StudentLink> {
    const client = new Client(endpoint);
    const lobby = await client.joinById(code, { role: 'student', code, name, ...(studentToken ? { studentToken } : {}) });
    return new StudentLink(client, lobby, events);
  }

  /** Takes the seat in its game room: by the room's reconnection token when there is one, else the seat token. */
  async sit(seat: SeatAssignment, reconnectionToken?: string): Promise<void> {
    let room: Room | null = null;
    if (reconnectionToken) room = await this.client.reconnect(reconnectionToken).catch(() => null);
    room ??= await this.client.joinById(seat.roomId, { seatToken: seat.seatToken });
    this.pair = room;
    room.onMessage(SERVER.view, (view: SeatView) => this.events.view(view));
    room.onMessage(SERVER.final, (game: FinalGame) => this.events.final(game));
    room.onMessage(SERVER.ack, (ack: Ack) => {
      if (!ack.ok) this.events.problem(ack.message);
    });
    room.onMessage(SERVER.error, (e: ErrorMessage) => this.events.problem(e.message));
    room.onMessage('*', () => undefined);
    room.onLeave((code) => {
      if (this.pair === room && code !== 1000) this.events.closed(code === 4000 ? 'Another window took this seat, or the teacher gave it to the AI.' : 'The connection to the class was lost.');
    });
  }

  /** The game room's reconnection token (kept in the tab, for a dropped connection). */
  get reconnectionToken(): string | null {
    return this.pair?.reconnectionToken ?? null;
  }

  send(action: ScriptAction): void {
    this.pair?.send(CLIENT.act, { id: this.nextId++, action });
  }

  /** Takes back the seat's `index`-th move queued this week (its turn still open); the next view shows it gone. */
  takeBack(index: number): void {
    this.pair?.send(CLIENT.takeBack, { id: this.nextId++, index });
  }

  /** Asks for the whole game, once it is over, for the debrief. */
  askForFinal(): void {
    this.pair?.send(CLIENT.debrief);
  }

  leave(): void {
    const rooms = [this.pair, this.lobby];
    this.pair = null;
    for (const room of rooms) void room?.leave(true).catch(() => undefined);
  }
}
