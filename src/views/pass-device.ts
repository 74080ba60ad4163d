// Hot-seat: two people on one screen. Between turns a "pass the device" screen hides each side's brief,
// private figures and moves from the other; this is what it says, and where it leads.
import { capitalise, otherSide, theSide, type SideId } from '../sim/index';
import type { Session } from '../store/types';

export interface HandoverView {
  /** The side about to play. */
  readonly side: SideId;
  readonly label: string;
  readonly heading: string;
  readonly lines: readonly string[];
  readonly button: string;
  /** Week 0 starts with each side's confidential brief; later weeks go straight to the table. */
  readonly next: 'briefing' | 'table';
}

/** The hand-over to `side`, the side about to play (the store's viewSide). */
export function handoverView(session: Session, side: SideId): HandoverView {
  const opponent = otherSide(side);
  const sc = session.scenario;
  const name = theSide(sc.vocabulary, side);
  const otherName = theSide(sc.vocabulary, opponent);
  const { week } = session.state;
  const otherDone = session.state.turn[opponent].ended;
  const lines = otherDone
    ? [`${capitalise(otherName)} player has chosen this week\u2019s moves. Hand the device to ${name} player, and look away.`]
    : week === 0 && side === 'union'
      ? [`Two players, one screen. Each week ${name} plays first, then ${otherName}; neither sees the other\u2019s moves until the week is played.`, `Hand the device to ${name} player. ${capitalise(otherName)} player should look away.`]
      : [`Week ${week} has been played and both of you have seen the news. Hand the device to ${name} player; ${otherName} player should look away.`];
  return {
    side,
    label: `Hot-seat · week ${week + 1} of ${sc.horizonWeeks}`,
    heading: `Pass the device to ${name}`,
    lines: [...lines, 'Each side\u2019s brief, private figures and moves in preparation are shown only to that side.'],
    button: `I am ${name} player: show my side`,
    next: week === 0 ? 'briefing' : 'table',
  };
}
