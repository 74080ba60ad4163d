/**
 * The one way the game moves. `step` queues a side's action for the week, or ends its turn; when the second
 * side ends its turn the week resolves. Player input never throws: an action that cannot be taken comes back
 * as a typed rejection with a sentence to show, and the state is unchanged.
 */
import { check } from './legal';
import { resolveWeek } from './resolve';
import type { Action, GameState, StepResult } from './types';

export const step = (state: GameState, action: Action): StepResult => {
  const checked = check(state, action);
  if (!checked.ok) return { state, events: [], rejected: checked.error };
  const side = action.side;
  if (action.type !== 'endTurn') {
    const queued = checked.value;
    const turn = { ...state.turn, [side]: { actions: [...state.turn[side].actions, queued], ended: false } };
    return { state: { ...state, turn }, events: [{ type: 'actionQueued', side, action: queued }] };
  }
  const turn = { ...state.turn, [side]: { ...state.turn[side], ended: true } };
  const ended: StepResult['events'] = [{ type: 'turnEnded', side }];
  if (!turn.union.ended || !turn.employer.ended) return { state: { ...state, turn }, events: ended };
  const resolved = resolveWeek({ ...state, turn });
  return { state: resolved.state, events: [...ended, ...resolved.events] };
};
