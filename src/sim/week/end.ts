/**
 * 7 END: a ratified deal, a collapsed dispute (ballots failed in a row, no mandate left) or the horizon ends
 * the game (or, when a members' vote is open at the horizon, the first week after it that has none: the vote
 * is counted first); otherwise the next week begins with empty turns.
 */
import { scoreGame } from '../scoring';
import type { OutcomeKind, SimEvent } from '../types';
import type { Phase } from './types';

export const endPhase: Phase = (week) => {
  const { start, notes } = week;
  const sc = start.scenario;
  let state = week.state;
  const law = state.law;
  // A members' vote still open at the horizon is counted: the game runs on, week by week, until it closes.
  const lastWeek = start.week + 1 >= sc.horizonWeeks && state.negotiation.referendum === null;
  const collapsed = notes.ratified === null && law.mandate === null && law.ballot?.status !== 'open' && law.failedInRow >= sc.law.collapseAfterFailedBallots;
  let kind: OutcomeKind | null = null;
  if (notes.ratified) kind = 'deal';
  else if (collapsed) kind = 'collapse';
  else if (lastWeek) kind = state.employer.imposed ? 'imposed' : 'deadline';
  const events: SimEvent[] = [];
  if (kind) {
    const terms = kind === 'deal' ? notes.ratified! : state.negotiation.statusQuo;
    const outcome = { kind, week: start.week, terms: kind === 'deadline' ? null : terms, scores: scoreGame(state, terms, kind) };
    events.push({ type: 'gameEnded', outcome });
    state = { ...state, outcome };
  }
  events.push({ type: 'weekResolved', week: start.week });
  const ended = kind !== null;
  state = {
    ...state,
    week: ended ? start.week : start.week + 1,
    turn: { union: { actions: [], ended }, employer: { actions: [], ended } },
  };
  return { week: { ...week, state }, events };
};
