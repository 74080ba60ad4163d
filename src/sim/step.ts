/**
 * The one way the game moves. `step` queues a side's action for the week, or ends its turn; when the second
 * side ends its turn the week resolves. Player input never throws: an action that cannot be taken comes back
 * as a typed rejection with a sentence to show, and the state is unchanged.
 */
import { check } from './legal';
import { resolveWeek } from './resolve';
import type { Action, GameState, Rejection, StepResult } from './types';

const isRejection = (x: object): x is Rejection => 'reason' in x;

export const step = (state: GameState, action: Action): StepResult => {
  const checked = check(state, action);
  if (isRejection(checked)) return { state, events: [], rejected: checked };
  const side = action.side;
  if (action.type !== 'endTurn') {
    const turn = { ...state.turn, [side]: { actions: [...state.turn[side].actions, checked], ended: false } };
    return { state: { ...state, turn }, events: [{ type: 'actionQueued', side, action: checked }] };
  }
  const turn = { ...state.turn, [side]: { ...state.turn[side], ended: true } };
  const ended: StepResult['events'] = [{ type: 'turnEnded', side }];
  if (!turn.bma.ended || !turn.gov.ended) return { state: { ...state, turn }, events: ended };
  const resolved = resolveWeek({ ...state, turn });
  return { state: resolved.state, events: [...ended, ...resolved.events] };
};
