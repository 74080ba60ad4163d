// Hot-seat: two people on one screen, both sides human. What the hand-over screen says is in views/pass-device.ts.
import type { SideId } from '../sim/index';
import type { GameSetup } from './session';

/** Both sides human on this screen (a class game has two humans too, each on their own screen: not hot-seat). */
export const isHotSeat = (setup: Pick<GameSetup, 'players'> & Partial<Pick<GameSetup, 'seat'>>): boolean =>
  setup.seat === undefined && setup.players.union === 'human' && setup.players.employer === 'human';

export const HOT_SEAT_PLAYERS: Readonly<Record<SideId, string>> = { union: 'human', employer: 'human' };
