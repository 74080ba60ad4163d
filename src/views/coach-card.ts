// The coach: a scenario's teaching prompts (the tutorial's `coach`), each shown on the Table at the start of its
// week, or the first time something happens to the player (an offer received, a strike called, an offer worth
// more than walking away, a ballot at risk), until the player puts it away. One prompt at a time, in order.
import { expectedTurnoutBp, mondayOf, otherSide, walkAwayOf, type CoachPrompt, type GameState, type SideId } from '../sim/index';
import type { Session } from '../store/types';
import { points, valueTo } from './common';

export interface CoachView {
  /** The prompt's place in the scenario's list: what "Got it" puts away. */
  readonly index: number;
  /** "Coach · week 2 of 8" */
  readonly heading: string;
  readonly title: string;
  readonly text: string;
  /** The Table's cells the prompt talks about, to point at: the other side's offer's value and the walk-away. */
  readonly pointsAt: readonly ('theirValue' | 'walkAway')[];
}

/** The side whose strike mandate a ballot decides. */
const UNION: SideId = 'union';
/** Weeks before a mandate ends that a union should be balloting again. */
const MANDATE_WARNING_DAYS = 28;
/** How close to the legal turnout threshold (bp) the expected turnout counts as at risk. */
const TURNOUT_MARGIN_BP = 500;

const theirOffer = (state: GameState, side: SideId) => state.negotiation.standing[otherSide(side)];

/** Whether the thing a prompt waits for has happened, seen from `side`'s chair. */
function happened(state: GameState, side: SideId, on: NonNullable<CoachPrompt['on']>): boolean {
  const theirs = theirOffer(state, side);
  switch (on) {
    case 'firstOfferReceived':
      return theirs !== null && theirs.week >= 0; // an offer made in play, not the opening position
    case 'firstStrikeCalled':
      return state.strikes.calls.length > 0;
    case 'offerAboveWalkAway':
      return theirs !== null && valueTo(state, side, theirs.offer) >= walkAwayOf(state, side);
    case 'ballotAtRisk': {
      if (side !== UNION) return false;
      const { ballot, mandate } = state.law;
      const threshold = state.scenario.law.rules.turnoutThresholdBp;
      if (ballot?.status === 'open') return threshold !== null && expectedTurnoutBp(state.scenario, state) < threshold + TURNOUT_MARGIN_BP;
      return mandate !== null && mandate.until - mondayOf(state) <= MANDATE_WARNING_DAYS;
    }
  }
}

/** `{value}` and `{walkAway}` from the player's own view, as the Table shows them. */
function fill(state: GameState, side: SideId, text: string): string {
  const theirs = theirOffer(state, side);
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replaceAll('{value}', theirs ? points(valueTo(state, side, theirs.offer)) : '—')
    .replaceAll('{walkAway}', points(walkAwayOf(state, side)));
}

const dismissed = new WeakMap<object, Set<number>>();

/** The first prompt due now that the player has not put away, or null (none due, or the game is over). */
export function coachView(session: Session, side: SideId): CoachView | null {
  const { state, scenario } = session;
  if (state.outcome) return null;
  const away = dismissed.get(session.origin);
  const index = scenario.coach.findIndex(
    (c, i) => !away?.has(i) && (c.week !== null ? c.week === state.week : c.on !== null && happened(state, side, c.on)),
  );
  const prompt = scenario.coach[index];
  if (!prompt) return null;
  const aboutValue = prompt.on === 'firstOfferReceived' || prompt.on === 'offerAboveWalkAway' || /\{value\}|\{walkAway\}/.test(prompt.text);
  return {
    index,
    heading: `Coach · week ${state.week + 1} of ${scenario.horizonWeeks}`,
    title: prompt.title,
    text: fill(state, side, prompt.text),
    pointsAt: aboutValue ? (theirOffer(state, side) ? ['theirValue', 'walkAway'] : ['walkAway']) : [],
  };
}

/** Remembers that the player put a prompt away (for this game; a restart shows the prompts again). */
export function dismissCoach(session: Session, index: number): void {
  const set = dismissed.get(session.origin) ?? new Set<number>();
  set.add(index);
  dismissed.set(session.origin, set);
}
