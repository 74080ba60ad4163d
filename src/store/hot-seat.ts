// Hot-seat: two people on one screen, both sides human. What the hand-over screen says is in views/pass-device.ts.
import type { SideId } from '../sim/index';
import type { GameSetup } from './session';

export const isHotSeat = (setup: Pick<GameSetup, 'players'>): boolean => setup.players.bma === 'human' && setup.players.gov === 'human';

export const HOT_SEAT_PLAYERS: Readonly<Record<SideId, string>> = { bma: 'human', gov: 'human' };
