// The Table's gap gauge: how far apart the sides' public positions are, in points of value to the player (the
// Table's own 0–100 unit), and whether a deal is in reach at them. It reads only what the player can know: the
// public offers and the player's own walk-away, never the other side's private figures.
import { capitalise, otherSide, sideSays, theSide, walkAwayOf, type Offer, type SideId } from '../sim/index';
import type { Session } from '../store/types';
import { valueTo } from './common';
import { issueValueShort } from './format';

export interface GapView {
  /** Value to the player, 0–100, of the other side's public position, the player's own, and the player's walk-away. */
  readonly theirs: number;
  readonly yours: number;
  readonly walkAway: number;
  /** Points of value to the player between the two positions (0 when they meet). */
  readonly points: number;
  /** The gauge's heading: "32 points apart". */
  readonly label: string;
  /** Whether both sides have an offer on the table: until then there is no verdict on a deal, either way. */
  readonly tabled: boolean;
  /** Whether a deal is in reach at the public positions: the other side's beats the player's walk-away. */
  readonly reachable: boolean;
  /** What the positions mean, in a sentence. */
  readonly status: string;
  /** When no deal is in reach and the computer plays the other side: its line on it, in character; else null. */
  readonly line: string | null;
  /** The whole gauge in words, for the screen reader. */
  readonly sentence: string;
  /** The words marking each position on the gauge (not colour alone). */
  readonly marks: { readonly theirs: string; readonly yours: string; readonly walkAway: string };
  /** The line under the gauge: their words on it, or what the positions mean in short. */
  readonly note: string;
}

const toPoints = (bp: number) => Math.round(bp / 100);

/** The gap for the side on screen; null while members vote (the positions are then the terms under vote). */
export function gapView(session: Session, side: SideId): GapView | null {
  const { state } = session;
  if (state.negotiation.referendum) return null;
  const opp = otherSide(side);
  const sc = state.scenario;
  // A side with no offer on the table stands on what is already in force.
  const position = (s: SideId): Offer => state.negotiation.standing[s]?.offer ?? state.negotiation.statusQuo;
  const theirs = toPoints(valueTo(state, side, position(opp)));
  const yours = toPoints(valueTo(state, side, position(side)));
  const walkAway = toPoints(walkAwayOf(state, side));
  const points = Math.max(0, yours - theirs);
  const them = theSide(sc.vocabulary, opp);
  // A side with no offer on the table has no public position yet: the terms in force stand in for it on the gauge,
  // but no verdict (and no deadlock line) is drawn from them.
  const missing = [opp, side].find((s) => state.negotiation.standing[s] === null) ?? null;
  const tabled = missing === null;
  const reachable = tabled && theirs >= walkAway;
  const headline = sc.issues[0]!;
  const demand = issueValueShort(headline, headline.values[position(side)[0]!] ?? 0);
  // Only the computer is given words: a person playing the other side speaks for themselves.
  const line = !tabled || reachable || session.setup.players[opp] === 'human' ? null : sideSays(state, opp, 'deadlock', { demand });
  const noOffer = missing === opp ? `${capitalise(them)} has no offer on the table` : 'You have no offer on the table';
  const status = !tabled
    ? `${noOffer} yet, so the terms in force stand for it: whether a deal can be reached shows once both sides have tabled offers.`
    : reachable
      ? `${capitalise(them)}'s position is worth ${theirs} to you, at or above your walk-away of ${walkAway}: a deal is in reach.`
      : `${capitalise(them)}'s position is worth ${theirs} to you, ${walkAway - theirs} below your walk-away of ${walkAway}: no deal is in reach unless someone moves.`;
  const label = points === 0 ? 'Positions meet' : `${points} point${points === 1 ? '' : 's'} apart`;
  return {
    theirs,
    yours,
    walkAway,
    points,
    label,
    tabled,
    reachable,
    status,
    line,
    note:
      line ??
      (!tabled
        ? `${noOffer} yet: no verdict on a deal until both sides have tabled.`
        : reachable
          ? 'A deal is in reach: their position beats your walk-away.'
          : 'No deal is in reach: their position is below your walk-away.'),
    sentence: `The gap: ${label}, in points of value to you out of 100 (yours ${yours}, theirs ${theirs}). ${status}${line ? ` ${capitalise(them)}: \u201c${line}\u201d` : ''}`,
    marks: { theirs: 'Theirs', yours: 'Yours', walkAway: 'Walk-away' },
  };
}
