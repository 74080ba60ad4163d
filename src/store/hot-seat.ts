// Hot-seat: two people on one screen. Between turns a "pass the device" screen hides each side's brief,
// private figures and moves from the other; this is what it says, and where it leads.
import type { Scenario, SideId } from '../sim/index';
import { viewSide, type GameSetup, type Session } from './session';

export const isHotSeat = (setup: Pick<GameSetup, 'players'>): boolean => setup.players.bma === 'human' && setup.players.gov === 'human';

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

export function handoverView(session: Session): HandoverView {
  const side = viewSide(session);
  const other: SideId = side === 'bma' ? 'gov' : 'bma';
  const sc = session.scenario;
  const name = sc.sides[side].shortName;
  const otherName = sc.sides[other].shortName;
  const { week } = session.state;
  const otherDone = session.state.turn[other].ended;
  const lines = otherDone
    ? [`The ${otherName} player has chosen this week\u2019s moves. Hand the device to the ${name} player, and look away.`]
    : week === 0 && side === 'bma'
      ? [`Two players, one screen. Each week the ${name} plays first, then the ${otherName}; neither sees the other\u2019s moves until the week is played.`, `Hand the device to the ${name} player. The ${otherName} player should look away.`]
      : [`Week ${week} has been played and both of you have seen the news. Hand the device to the ${name} player; the ${otherName} player should look away.`];
  return {
    side,
    label: `Hot-seat · week ${week + 1} of ${sc.horizonWeeks}`,
    heading: `Pass the device to the ${name}`,
    lines: [...lines, 'Each side\u2019s brief, private figures and moves in preparation are shown only to that side.'],
    button: `I am the ${name} player: show my side`,
    next: week === 0 ? 'briefing' : 'table',
  };
}

/** The opponent choices Setup offers: each computer persona, then a second person on the same screen. */
export function opponentLevels(scenario: Scenario, opponent: SideId): { labels: string[]; hotSeat: number } {
  const labels = scenario.sides[opponent].personas.map((id) => `${scenario.personas.find((p) => p.id === id)?.label ?? id} (computer)`);
  return { labels: [...labels, 'A second player (hot-seat)'], hotSeat: labels.length };
}

export const HOT_SEAT_ABOUT = 'Two players take turns on this screen; a hand-over screen keeps each side\u2019s brief and private figures from the other.';

/** Setup's last opponent choice: a second person on this screen. */
export const HOT_SEAT_LABEL = 'A second player';
export const HOT_SEAT_PLAYERS: Readonly<Record<SideId, string>> = { bma: 'human', gov: 'human' };
