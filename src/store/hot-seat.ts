// Hot-seat: two people on one screen, both sides human. What the hand-over screen says is in views/pass-device.ts.
import type { SideId } from '../sim/index';
import type { GameSetup } from './session';

export const isHotSeat = (setup: Pick<GameSetup, 'players'>): boolean => setup.players.union === 'human' && setup.players.employer === 'human';

export const HOT_SEAT_PLAYERS: Readonly<Record<SideId, string>> = { union: 'human', employer: 'human' };
