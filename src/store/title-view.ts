// The Title's line about the saved game (or the game in play), from the store.
import type { TitleModel } from '../shell';
import type { GameStoreState } from './game-store';
import { viewSide } from './session';

export function titleModelOf(state: Pick<GameStoreState, 'saved' | 'session'>): TitleModel {
  const game = state.saved?.session ?? state.session;
  if (!game) return { canContinue: false, continueDetail: 'No saved game yet' };
  const when = game.state.outcome ? 'Finished game' : `Week ${game.state.week + 1}`;
  return { canContinue: true, continueDetail: `${when} as the ${game.scenario.sides[viewSide(game)].shortName}` };
}
