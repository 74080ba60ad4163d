// The Title's line about the saved game (or the game in play). The Title draws it before the store and the core
// have loaded (from the peek kept beside the save, title-peek.ts), so this file imports types only.
import { theSide } from '../sim/index';
import type { SideId } from '../sim/index';
import type { GameStoreState, Session } from '../store/types';

/** What the Title shows for the saved game. */
export interface TitleModel {
  readonly canContinue: boolean;
  /** The Continue button's second line: "Week 5 as the BMA", "Finished game …", "No saved game yet". */
  readonly continueDetail: string;
}

/** What the Title says when there is no saved game (or none known yet). */
export const NO_SAVED_GAME: TitleModel = { canContinue: false, continueDetail: 'No saved game yet' };

/** The saved game (else the game in play) as the Title describes it; `sideOf` is the side its player is on. */
export function titleModelOf(state: Pick<GameStoreState, 'saved' | 'session'>, sideOf: (game: Session) => SideId): TitleModel {
  const game = state.saved?.session ?? state.session;
  if (!game) return NO_SAVED_GAME;
  const when = game.state.outcome ? 'Finished game' : `Week ${game.state.week + 1}`;
  return { canContinue: true, continueDetail: `${when} as ${theSide(game.scenario.vocabulary, sideOf(game))}` };
}
