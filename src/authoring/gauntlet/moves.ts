/**
 * The small moves the gauntlet's strategies are built from: each reads the week's start state (what a player
 * sees) and returns script actions, or nothing when the move is not available this week. Pure, like the core.
 */
import { catchUpTerms } from '../../sim/harm';
import { isoFromDay } from '../../sim/calendar';
import { check, earliestStrikeDay, lastDayOfGame, mondayOf } from '../../sim/legal';
import type { ScriptAction } from '../../sim/play';
import { otherSide, type SideId, type StatementTone } from '../../sim/scenario/types';
import type { Action, GameState, Offer, OfferTerms } from '../../sim/types';
import { termsFromOffer } from '../../sim/utility';

/** Whether the core would take `action` from `side` at the week's start. */
const legal = (state: GameState, side: SideId, action: ScriptAction): boolean => check(state, { ...action, side } as Action).ok;

/** The actions the core would take at the week's start, in order (those it would refuse are left out). */
export const onlyLegal = (state: GameState, side: SideId, actions: readonly ScriptAction[]): ScriptAction[] => actions.filter((a) => legal(state, side, a));

export const terms = (state: GameState, offer: Offer): OfferTerms => termsFromOffer(state.scenario, offer);

/** A side's opening offer from the scenario, or the status quo when it opens with none. */
export const openingOf = (state: GameState, side: SideId): Offer => state.scenario.sides[side].openingOffer ?? state.negotiation.statusQuo;

/** The status quo with the headline issue `steps` grid steps up (a token offer on pay). */
export const headlineUp = (state: GameState, steps: number): Offer => {
  const sq = state.negotiation.statusQuo;
  const max = state.scenario.issues[0]!.values.length - 1;
  return sq.map((v, i) => (i === 0 ? Math.min(max, v + steps) : v));
};

export const propose = (state: GameState, offer: Offer): ScriptAction => ({ type: 'propose', offer: terms(state, offer) });

export const statement = (tone: StatementTone): ScriptAction => ({ type: 'statement', tone });

/** Accept the other side's standing offer, when there is one to answer. */
export const acceptStanding = (state: GameState, side: SideId): ScriptAction[] =>
  state.negotiation.standing[otherSide(side)] ? onlyLegal(state, side, [{ type: 'accept' }]) : [];

/** The last day already notified for strike action (or the day before the week's Monday when none is). */
const lastNotifiedDay = (state: GameState): number => {
  let last = mondayOf(state) - 1;
  for (const call of state.strikes.calls) {
    const end = Math.min(call.suspendedFrom ?? Number.MAX_SAFE_INTEGER, call.start + call.days) - 1;
    if (end > last) last = end;
  }
  return last;
};

/**
 * Strike as much as the law allows: the longest call the mandate covers, starting on the first lawful day
 * after any action already notified; with no mandate and no ballot open, open a ballot.
 */
export const strikeMost = (state: GameState): ScriptAction[] => {
  const mandate = state.law.mandate;
  if (!mandate) return onlyLegal(state, 'union', [{ type: 'openBallot' }]);
  const start = Math.max(earliestStrikeDay(state), lastNotifiedDay(state) + 1);
  const days = Math.min(state.scenario.law.maxStrikeDaysPerCall, mandate.until - start + 1, lastDayOfGame(state) - start + 1);
  const moves: ScriptAction[] = [];
  if (days >= 1) moves.push({ type: 'callStrike', start: isoFromDay(start), days });
  // Renew the mandate before it runs out, as soon as a ballot can close in time to matter.
  const ballotWeeks = state.scenario.law.ballotWindowWeeks;
  if (mandate.until < mondayOf(state) + 7 * (ballotWeeks + 2)) moves.push({ type: 'openBallot' });
  return onlyLegal(state, 'union', moves);
};

/** Whether the union's mandate ends within `weeks` weeks with no ballot open to renew it. */
export const mandateLapsing = (state: GameState, weeks: number): boolean =>
  state.law.mandate !== null && state.law.mandate.until < mondayOf(state) + 7 * weeks && state.law.ballot?.status !== 'open';

/** The most catch-up funding the service can use (none without a queue) in a week, £m (whole), within the budget headroom. */
export const catchUpMostM = (state: GameState): number => {
  const terms = catchUpTerms(state.scenario);
  const weekly = terms ? Math.floor((terms.maxPerWeek * terms.costPerUnit) / 1_000_000) : 0;
  return Math.min(weekly, Math.floor(state.employer.headroomK / 1000));
};
