/**
 * How the union AI runs a members' vote on a deal it accepts or puts to members (see docs/ai.md, "Members'
 * votes"). Two simple rules:
 * - Length: the one (1–4 weeks) with the best expected yes share for the deal, the longer on a tie (more members
 *   heard). The members who vote even in a short vote follow their committee, so a deal it recommends goes to a
 *   short vote and one it does not recommend to a long one (model.md, "Members' votes").
 * - Action: a deal it recommends pauses its notified strike days (it has agreed terms, and striking on would
 *   look like bad faith); a deal it puts to members without a recommendation keeps them going, so the pressure
 *   stays on should members reject it.
 */
import { strikeDaysBetween } from '../industrial';
import { MAX_VOTE_WEEKS, mondayOf } from '../legal';
import { referendumYesBp } from '../resolve';
import type { GameState, Offer, VoteOptions } from '../types';

export interface VotePlan {
  /** The fields for the accept or putToMembers action. */
  readonly options: Required<VoteOptions>;
  /** The yes share the AI expects at that length (bp, no chance). */
  readonly expectedYes: number;
  /** The vote in a sentence, for the AI's message. */
  readonly note: string;
}

export const planVote = (state: GameState, offer: Offer, recommended: boolean): VotePlan => {
  let voteWeeks = MAX_VOTE_WEEKS;
  let expectedYes = referendumYesBp(state, offer, recommended, 5000, voteWeeks);
  for (let weeks = MAX_VOTE_WEEKS - 1; weeks >= 1; weeks -= 1) {
    const yes = referendumYesBp(state, offer, recommended, 5000, weeks);
    if (yes > expectedYes) [voteWeeks, expectedYes] = [weeks, yes];
  }
  const notified = strikeDaysBetween(state.strikes.calls, mondayOf(state), Number.MAX_SAFE_INTEGER).length > 0;
  const continueAction = !recommended && notified;
  const length = `${voteWeeks} week${voteWeeks === 1 ? '' : 's'}`;
  const action = continueAction ? ' Our notified strike days go ahead while members vote.' : notified ? ' Notified strike days are called off while members vote.' : '';
  return { options: { voteWeeks, continueAction }, expectedYes, note: `Members vote over ${length}.${action}` };
};
