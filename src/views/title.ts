// The Title's line about the saved game (or the game in play), from the store.
import { NO_SAVED_GAME, type TitleModel } from '../shell';
import type { GameStoreState } from '../store/game-store';
import { viewSide } from '../store/session';

export function titleModelOf(state: Pick<GameStoreState, 'saved' | 'session'>): TitleModel {
  const game = state.saved?.session ?? state.session;
  if (!game) return NO_SAVED_GAME;
  const when = game.state.outcome ? 'Finished game' : `Week ${game.state.week + 1}`;
  return { canContinue: true, continueDetail: `${when} as the ${game.scenario.sides[viewSide(game)].shortName}` };
}
