// The Table's header: the week, its dates, the side on screen and who plays the other side.
import { mondayOf, otherSide, type SideId } from '../sim/index';
import type { Session } from '../store/types';
import { personaLabel } from './common';
import { date, shortDate } from './format';

export interface HeaderView {
  /** "Week 4 of 52" (weeks count from 1 on screen; the core counts from 0). */
  readonly week: string;
  readonly dates: string;
  readonly side: SideId;
  readonly sideName: string;
  readonly opponent: string;
  readonly practice: boolean;
}

export function headerView(session: Session, side: SideId): HeaderView {
  const { state, setup } = session;
  const sc = state.scenario;
  const from = mondayOf(state);
  const opp = otherSide(side);
  const persona = personaLabel(state, setup.players[opp]);
  // A computer opponent with no persona named is just "computer", never "computer (computer)".
  const who = setup.players[opp] === 'human' ? 'a second player' : persona === 'computer' ? 'computer' : `${persona} (computer)`;
  return {
    // Past the horizon the game runs on only to count a members' vote.
    week: state.week < sc.horizonWeeks ? `Week ${state.week + 1} of ${sc.horizonWeeks}` : `Week ${state.week + 1}: vote count`,
    dates: `${shortDate(from)} – ${date(from + 6)}`,
    side,
    sideName: sc.sides[side].shortName,
    opponent: `${sc.sides[opp].shortName}: ${who}`,
    practice: setup.mode === 'practice',
  };
}
