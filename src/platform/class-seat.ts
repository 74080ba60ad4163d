// A class student's place, kept in this tab (sessionStorage) so a reload returns them to the same seat: the class
// code and their name, the student token the lobby gave them, their seat, and the game room's reconnection token.
// Per tab: two tabs of one browser can be two students.

export interface ClassPlace {
  readonly code: string;
  readonly name: string;
  readonly studentToken?: string;
  readonly seat?: { readonly roomId: string; readonly seatToken: string; readonly side: 'union' | 'employer'; readonly scenarioId: string };
  readonly reconnectionToken?: string;
}

const KEY = 'standoff:class-seat';

const session = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};

export function readClassPlace(): ClassPlace | null {
  try {
    const text = session()?.getItem(KEY);
    const place = text ? (JSON.parse(text) as ClassPlace) : null;
    return place && typeof place.code === 'string' && typeof place.name === 'string' ? place : null;
  } catch {
    return null;
  }
}

export function writeClassPlace(place: ClassPlace | null): void {
  try {
    if (place) session()?.setItem(KEY, JSON.stringify(place));
    else session()?.removeItem(KEY);
  } catch {
    // no storage in this tab: a reload asks to join again
  }
}
