// Helpers the view models share.
import { unionUtility, employerUtility, publicShares, type GameState, type Offer, type SideId } from '../sim/index';

export const personaLabel = (state: GameState, player: string): string => {
  const id = player.startsWith('ai:') ? player.slice(3) : null;
  return state.scenario.personas.find((p) => p.id === id)?.label ?? 'computer';
};

export interface OpinionShares {
  readonly supportBp: number;
  readonly neutralBp: number;
  readonly opposeBp: number;
}

export const opinionShares = (state: GameState): OpinionShares => publicShares(state.scenario, state.opinion);

/** Value to `side` of an offer, bp (the Government's uses its own private read-across). */
export const valueTo = (state: GameState, side: SideId, offer: Offer): number =>
  side === 'union' ? unionUtility(state.scenario, offer) : employerUtility(state.scenario, state.hidden.employerReadAcrossBp, offer);

export const points = (bp: number) => String(Math.round(bp / 100));
