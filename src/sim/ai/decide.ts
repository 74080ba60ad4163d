/**
 * The AI's entry point: the actions a side takes this week, each with its reason. It reads only what that
 * side could know.
 */
import type { GameState, SideId } from '../types';
import type { Decision } from './decision';
import { standInDecide } from './standin';

export const decide = (state: GameState, side: SideId): Decision[] => standInDecide(state, side);
