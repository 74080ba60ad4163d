// A student's class game, from joining to the end: the link to the server (loaded on demand), the seat kept in the
// tab, each view handed to the store (which drives the Table, the week result and the debrief as offline), and
// the status line with each side's clock. Outlives the Join page: it ends when the student leaves the class.
import type { AppContext } from '../app-context';
import type { SeatAssignment, SeatView } from '../classroom/protocol';
import type { StudentLink } from '../classroom/student';
import { otherSide, type SideId } from '../sim/index';
import { readClassPlace, writeClassPlace, type ClassPlace } from '../platform/class-seat';
import { showClassBar } from '../ui/class-bar';
import { announce } from './dom';
import { playersOfView, type RemoteSeat } from '../store/remote';
import { rebuildSession } from '../store/session';

export interface ClassCallbacks {
  /** Welcomed into the class, waiting for the teacher to pair them. */
  waiting(name: string): void;
  /** Seated, with the game's first view in the store. */
  seated(view: SeatView): void;
  failed(message: string): void;
}

const clock = (ms: number): string => {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** Each side's time in this week, from when this screen saw it start to when that side ended its turn. */
class WeekClocks {
  private week = -1;
  private started = 0;
  private readonly ended: Partial<Record<SideId, number>> = {};

  see(view: SeatView, now: number): void {
    if (view.state.week !== this.week) {
      this.week = view.state.week;
      this.started = now;
      delete this.ended.union;
      delete this.ended.employer;
    }
    for (const side of ['union', 'employer'] as const) if (view.state.turn[side].ended && this.ended[side] === undefined) this.ended[side] = now;
  }

  text(side: SideId, now: number): string {
    const end = this.ended[side];
    return end === undefined ? clock(now - this.started) : `${clock(end - this.started)}, ended`;
  }
}

/**
 * Joins the class and plays the seat until the student leaves; the store's `remote` is this link once seated.
 * Returns the link, so that a student who leaves while still waiting lets go of the class too.
 */
export async function joinClass(app: AppContext, place: ClassPlace, callbacks: ClassCallbacks): Promise<RemoteSeat> {
  const { store, catalogue } = app;
  let saved: ClassPlace = place;
  const keep = (change: Partial<ClassPlace>) => writeClassPlace((saved = { ...saved, ...change }));
  keep({});
  const clocks = new WeekClocks();
  let latest: SeatView | null = null;
  let problem: string | null = null;
  /** The try the link is on to take the seat back after its connection dropped; null while connected. */
  let reconnecting: number | null = null;
  let seatedOnce = false;
  let ticker: ReturnType<typeof setInterval> | null = null;

  const bar = () => {
    const connection = reconnecting === null ? null : `Reconnecting to the class\u2026 (try ${reconnecting})`;
    if (!latest) return showClassBar({ parts: [`Class ${place.code}`, `${saved.name}: waiting to be paired`], problem, connection });
    const scenario = catalogue.get(latest.scenarioId);
    const name = (side: SideId) => scenario?.sides[side].shortName ?? side;
    const now = Date.now();
    const me = latest.side;
    const them = otherSide(me);
    const opponent = `${latest.opponent.name}${latest.opponent.ai ? '' : latest.opponent.connected ? '' : ' (away)'}`;
    const parts = [
      `Class ${place.code}`,
      `${name(me)} (you) ${clocks.text(me, now)}`,
      `${name(them)} (${opponent}) ${clocks.text(them, now)}`,
      latest.clock.classEnded ? 'Class ended' : latest.clock.paused ? 'Paused by the teacher' : latest.clock.deadline !== null ? `${clock(latest.clock.deadline - now)} left this week` : 'No time limit',
    ];
    showClassBar({ parts, problem, connection });
  };

  // The client library loads here, when a player joins a class, and never for offline play.
  const client = await import('../classroom/student');
  let link: StudentLink | null = null;
  const remote: RemoteSeat = {
    send: (action) => {
      problem = null;
      link?.send(action);
    },
    takeBack: (index) => {
      problem = null;
      link?.takeBack(index);
    },
    leave: () => {
      if (ticker) clearInterval(ticker);
      link?.leave();
      writeClassPlace(null);
      showClassBar(null);
    },
  };
  const sit = (seat: SeatAssignment) => {
    keep({ seat });
    void link
      ?.sit(seat, saved.seat?.roomId === seat.roomId ? saved.reconnectionToken : undefined)
      .then(() => keep({ reconnectionToken: link?.reconnectionToken ?? undefined }))
      .catch((e: unknown) => callbacks.failed(e instanceof Error ? e.message : String(e)));
  };
  link = await client.StudentLink.join(client.endpointOfPage(window.location), place.code, place.name, place.studentToken, {
    welcome: (w) => {
      keep({ studentToken: w.studentToken, name: w.name });
      if (!saved.seat) callbacks.waiting(w.name);
      bar();
    },
    seat: (seat) => {
      if (latest?.roomId !== seat.roomId) sit(seat);
    },
    view: (view) => {
      const scenario = catalogue.get(view.scenarioId);
      if (!scenario) return callbacks.failed(`This copy of Standoff has no scenario "${view.scenarioId}".`);
      if (view.state.outcome && !latest?.state.outcome) link?.askForFinal();
      // A refusal is old news once the class resumes or a new week begins.
      if (latest && (view.clock.paused !== latest.clock.paused || view.state.week !== latest.state.week)) problem = null;
      latest = view;
      clocks.see(view, Date.now());
      store.getState().seatView(view, scenario, remote);
      bar();
      if (!seatedOnce) {
        seatedOnce = true;
        ticker = setInterval(bar, 1000);
        callbacks.seated(view);
      }
    },
    final: (game) => {
      const scenario = latest && catalogue.get(latest.scenarioId);
      if (!latest || !scenario) return;
      // A seat the AI holds at the end is the AI's, as in the teacher's export, so the debrief's par faces its persona.
      const players = playersOfView(latest, scenario);
      const rebuilt = rebuildSession(scenario, { scenarioId: scenario.id, seed: game.seed, players, mode: 'normal', seat: latest.side }, game.log);
      if (rebuilt.ok) store.getState().classGameOver(rebuilt.value);
      else problem = `The finished game could not be replayed for the debrief (move ${rebuilt.error.index + 1}: ${rebuilt.error.message}).`;
      bar();
    },
    problem: (message) => {
      problem = message;
      bar();
    },
    closed: (reason) => {
      problem = reason;
      reconnecting = null;
      bar();
    },
    reconnecting: (attempt) => {
      if (attempt === null) {
        keep({ reconnectionToken: link?.reconnectionToken ?? undefined });
        announce('Reconnected to the class.');
      } else if (reconnecting === null) {
        announce('The connection to the class dropped. Reconnecting\u2026');
      }
      reconnecting = attempt;
      bar();
    },
  });
  bar();
  return remote;
}

/** The place this tab was in, if the address is for the same class (a reload). */
export const placeToResume = (code: string): ClassPlace | null => {
  const place = readClassPlace();
  return place && place.code === code && place.studentToken ? place : null;
};
