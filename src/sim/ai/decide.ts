/**
 * The opponent AI. Each week a side (1) answers the offer on the table, (2) makes an offer if its aim has
 * moved, (3) takes its industrial and policy decisions, then ends its turn. Every decision carries a reason
 * code and the numbers behind it. It reads only what its side could know (see view.ts).
 */
import { BP, clamp, divRound } from '../fixed';
import { check, mondayOf } from '../legal';
import { isWinterWeek } from '../harm';
import type { Action, GameState, Offer, SideId } from '../types';
import { politicalPressureBp } from '../walkaway';
import { aspiration } from './bidding';
import { bottomLineBelief, estimatedTheirWalkAway, inferredWeights, zeuthenRisks } from './beliefs';
import type { Decision } from './decision';
import { unionIndustrial, employerIndustrial } from './industrial';
import { explain } from './messages';
import { topIssue, type FloorBelief } from './opponent-model';
import { tradeOffWithin } from './search';
import { planVote, type VotePlan } from './vote-choice';
import { leansOnRecommendation, leanYesBp } from './recommendation';
import { buildView, ownUtility, type SideView } from './view';
import { lineFor } from './speech';

/** The longest a side waits under Zeuthen's rule before it moves as planned, weeks. */
const ZEUTHEN_MAX_WEEKS = 2;
/** Weeks without a concession from the union after which the Government stops believing its demand is falling. */
const AJ_STALE_WEEKS = 8;

/** The week the union last moved toward this side (its offer worth more to this side than any before), or -1. */
const lastConcessionWeek = (view: SideView): number => {
  let best = Number.MIN_SAFE_INTEGER;
  let week = -1;
  for (const o of view.theirOffers) {
    const value = ownUtility(view, o.offer);
    if (value > best) {
      best = value;
      week = o.week;
    }
  }
  return week;
};

const isLegal = (state: GameState, action: Action): boolean => check(state, action).ok;

/** Pressure that makes a side concede sooner: political heat (and winter) on the Government, low morale on the union. */
const pressureOn = (view: SideView): number => {
  const s = view.state;
  if (view.side === 'employer') {
    const winter = isWinterWeek(s.scenario, mondayOf(s));
    return clamp(politicalPressureBp(s) + (winter ? 2000 : 0), 0, BP);
  }
  return clamp(BP - s.union.moraleBp, 0, BP);
};

const decision = (view: SideView, action: Action, reason: string, numbers: Record<string, number>, offer?: Offer, day?: number): Decision => {
  const context = { scenario: view.scenario, side: view.side, numbers, ...(offer ? { offer } : {}), ...(day !== undefined ? { day } : {}) };
  return { action, reason, numbers, message: lineFor(view, reason, context), why: explain(reason, context) };
};

/**
 * Whether an offer is at or beyond what this side believes the other can give on the headline issue (its cap
 * for the Government, its floor for the union): waiting for more is then unlikely to pay.
 */
const atTheirLimit = (view: SideView, offer: Offer, beliefs: Beliefs): boolean => {
  if (view.theirOffers.length < 3) return false; // early beliefs rest on priors
  const offeredX100 = Math.round((view.scenario.issues[0]!.values[offer[0]!] ?? 0) * 100);
  const believed = beliefs.bottomLine();
  return view.side === 'union' ? offeredX100 >= believed.meanX100 - 50 : offeredX100 <= believed.meanX100 + 50;
};

/**
 * The best earlier offer from the other side that was better for this side than `u` and that it let pass,
 * with this side's walk-away at the end of the week it was made (null when there is none).
 */
const betterOfferPassed = (view: SideView, u: number): { utility: number; walkAwayThen: number } | null => {
  const theirs = view.theirOffers;
  let found: { utility: number; walkAwayThen: number } | null = null;
  for (let i = 0; i < theirs.length - 1; i += 1) {
    const v = ownUtility(view, theirs[i]!.offer);
    if (v <= u || (found && v <= found.utility)) continue;
    const then = view.state.history.find((w) => w.week === theirs[i]!.week);
    found = { utility: v, walkAwayThen: then ? then.walkAway[view.side] : view.walkAway };
  }
  return found;
};

/** A decision to send a deal to members, with the vote's numbers and a sentence on how it runs. */
const withVote = (d: Decision, vote: VotePlan): Decision => ({
  ...d,
  numbers: { ...d.numbers, expectedYes: vote.expectedYes, voteWeeks: vote.options.voteWeeks, continueAction: vote.options.continueAction ? 1 : 0 },
  why: d.why ? `${d.why} ${vote.note}` : vote.note,
});

/** Answer the other side's standing offer: accept, put it to members, or let it lie. */
const answer = (view: SideView, target: number, budgetFloor: number, beliefs: Beliefs): Decision | null => {
  const { state, side } = view;
  const standing = state.negotiation.standing[view.other];
  if (!standing) return null;
  const u = ownUtility(view, standing.offer);
  const numbers: Record<string, number> = { offered: u, walkAway: view.walkAway, aspiration: target };
  // A leadership that concedes early takes any deal its members are expected to pass on its recommendation,
  // even below their walk-away and whatever its own aim (recommendation.ts).
  // The members' vote on these terms with the leaders' recommendation, as this union would call it.
  const recommended = side === 'union' ? planVote(state, standing.offer, true) : null;
  const membersWillBack = recommended !== null && leansOnRecommendation(view) && recommended.expectedYes >= leanYesBp(view);
  if (u < view.walkAway && !membersWillBack) return null;
  const bestSeen = Math.max(...view.theirOffers.map((o) => ownUtility(view, o.offer)));
  // Terms worse than a better offer this side let pass earlier are accepted only when its own position has
  // weakened since: its walk-away has fallen below what it was when that offer stood (ACCEPT_POSITION_WEAKER).
  const passed = betterOfferPassed(view, u);
  if (passed && view.walkAway >= passed.walkAwayThen) return null;
  // At its deadline the employer still keeps to its unilateral budget: it never takes a claim the union has not
  // moved from, since its clocks, unlike a lapsing mandate, do not take away its power to wait. A union whose
  // mandate is running out may take the best offer it has seen.
  const withinBudget = side === 'union' || u >= budgetFloor;
  const nearDeadline = withinBudget && view.timeBp >= 9000 && u >= divRound(bestSeen * 98, 100);
  const ordinary =
    u >= target ? 'ACCEPT_MEETS_ASPIRATION' : nearDeadline ? 'ACCEPT_NEAR_DEADLINE' : atTheirLimit(view, standing.offer, beliefs) ? 'ACCEPT_NEAR_THEIR_LIMIT' : null;
  const sells = membersWillBack && (u < view.walkAway || !ordinary);
  const reason = passed && (ordinary || sells) ? 'ACCEPT_POSITION_WEAKER' : sells ? 'ACCEPT_MEMBERS_WILL_BACK' : ordinary;
  if (passed) Object.assign(numbers, { bestPassed: passed.utility, walkAwayThen: passed.walkAwayThen });
  if (recommended) {
    // The vote's length and whether action continues are the union's choice (vote-choice.ts).
    const vote = recommended;
    const accept: Action = { side, type: 'accept', ...vote.options };
    numbers.expectedYes = vote.expectedYes; // the members' vote it expects, for the why
    if (reason && vote.expectedYes >= (sells ? leanYesBp(view) : 5500) && isLegal(state, accept)) return withVote(decision(view, accept, reason, numbers), vote);
    const free = planVote(state, standing.offer, false);
    const put: Action = { side, type: 'putToMembers', ...free.options };
    if (!passed && view.persona.concessionX100 >= 100 && view.timeBp >= 5000 && free.expectedYes >= 5500 && isLegal(state, put)) {
      return withVote(decision(view, put, 'PUT_TO_MEMBERS', numbers), free);
    }
    return null;
  }
  return reason && isLegal(state, { side, type: 'accept' }) ? decision(view, { side, type: 'accept' }, reason, numbers) : null;
};

/**
 * The Government's hold-out rule (Ashenfelter and Johnson): while the union's demand is falling faster, in
 * money, than a strike day costs, holding out pays. Only while it is seen to fall: after `AJ_STALE_WEEKS` weeks
 * without a union concession, the demand it waits for is not coming.
 */
const ashenfelterJohnsonHold = (view: SideView, beliefs: Beliefs): Record<string, number> | null => {
  const sc = view.scenario;
  const theirs = view.theirOffers[view.theirOffers.length - 1];
  if (view.side !== 'employer' || !theirs || view.persona.concessionX100 > 50 || !view.state.law.mandate) return null;
  // Waiting pays only while the demand is seen to fall: a union that has not moved for AJ_STALE_WEEKS weeks is
  // waiting for the Government, and holding on then only prolongs the strikes.
  const stale = view.state.week - lastConcessionWeek(view);
  if (stale > AJ_STALE_WEEKS) return null;
  const believedFloorX100 = beliefs.bottomLine().meanX100;
  const demandX100 = Math.round((sc.issues[0]!.values[theirs.offer[0]!] ?? 0) * 100);
  const fallPerDayX100 = divRound(Math.max(0, demandX100 - believedFloorX100) * (BP - sc.members.resistanceRetainedBp), BP);
  const headline = sc.issues[0]!;
  const top = headline.values.length - 1;
  // Effective cost of one unit of the headline over the horizon, £k (own read-across: the Government's own number).
  const perUnitK = divRound(headline.employerCostK[top]! * sc.costs.horizonYears * (BP + view.state.hidden.employerReadAcrossBp), Math.max(1, Math.round(headline.values[top]! * BP)));
  const gainK = divRound(perUnitK * fallPerDayX100, 100);
  const strikeDayK = sc.costs.strikeDayKAtReference;
  return gainK > strikeDayK ? { demandFallPerDayX100: fallPerDayX100, gainPerStrikeDayK: gainK, strikeDayK } : null;
};

/** Beliefs are computed only when a decision needs them (they read the whole offer history). */
interface Beliefs {
  readonly weights: () => readonly number[];
  readonly bottomLine: () => FloorBelief;
  readonly theirWalkAway: () => number;
}

const lazy = <T>(f: () => T): (() => T) => {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value as T;
  };
};

interface Proposal {
  readonly decision: Decision | null;
  readonly target: number;
  /** Why the side holds its position this week (when it makes no new offer). */
  readonly hold: string;
  readonly numbers: Record<string, number>;
}

const propose = (view: SideView, pressure: number, beliefs: Beliefs): Proposal => {
  const { state, side } = view;
  const asp = aspiration(view, pressure);
  let target = asp.target;
  let reason: string = asp.reason;
  let numbers: Record<string, number> = { aspiration: asp.target, byTime: asp.byTime, walkAway: view.walkAway, pressure, clock: view.timeBp, budgetFloor: asp.budgetFloor, ...view.clocks };
  const mine = view.ownOffers[view.ownOffers.length - 1];
  const theirs = view.theirOffers[view.theirOffers.length - 1];
  if (mine && theirs && asp.last !== null && target < asp.last && reason !== 'WALKAWAY_ROSE') {
    const hold = ashenfelterJohnsonHold(view, beliefs);
    const risks = zeuthenRisks(view, mine.offer, theirs.offer, beliefs.theirWalkAway());
    numbers = { ...numbers, zeuthenMine: risks.mine, zeuthenTheirs: risks.theirs };
    if (hold) {
      target = asp.last;
      reason = 'AJ_HOLD';
      numbers = { ...numbers, ...hold };
    } else if (view.persona.concessionX100 <= 100 && risks.mine > risks.theirs + 1500 && state.week - mine.week <= ZEUTHEN_MAX_WEEKS) {
      // Zeuthen's wait is a pause, not a wall: after ZEUTHEN_MAX_WEEKS weeks without a move of its own the side
      // concedes as planned (halving a step smaller than the grid's would otherwise hold it for ever).
      target = Math.max(target, asp.last - divRound(asp.last - target, 2));
      reason = 'ZEUTHEN_WAIT';
    }
  }
  if (!isLegal(state, { side, type: 'propose', offer: {} })) return { decision: null, target, hold: reason, numbers };
  // Holding out keeps the offer that stands (no re-packaging at the same value while it waits).
  if (reason === 'AJ_HOLD' && state.negotiation.standing[side]) return { decision: null, target, hold: reason, numbers };
  const ceiling = asp.last === null || reason === 'WALKAWAY_ROSE' ? Number.MAX_SAFE_INTEGER : asp.last;
  const offer = tradeOffWithin(view, target, ceiling);
  const standing = state.negotiation.standing[side];
  // An offer stands until withdrawn: the same terms are not tabled again while they still stand.
  if (!offer || (mine && standing && offer.every((v, i) => v === mine.offer[i]))) return { decision: null, target, hold: reason, numbers };
  if (reason === 'HOLD_FIRM' || reason === 'AJ_HOLD' || reason === 'ZEUTHEN_WAIT') reason = side === 'employer' && offer[0] === mine?.offer[0] ? 'TRADE_PACKAGE' : 'CONCEDE_ON_TIME';
  if (side === 'employer' && mine && offer[0] === mine.offer[0] && reason !== 'WALKAWAY_ROSE') reason = 'TRADE_PACKAGE';
  const terms = Object.fromEntries(view.scenario.issues.map((issue, i) => [issue.id, issue.values[offer[i]!]!]));
  return { decision: decision(view, { side, type: 'propose', offer: terms }, reason, { ...numbers, offerUtility: ownUtility(view, offer) }, offer), target, hold: reason, numbers };
};

/** A readable statement of what this side believes about the other, every fourth week. */
const beliefMessage = (view: SideView, beliefs: Beliefs): string | null => {
  if (view.state.week % 4 !== 3 || view.theirOffers.length < 2) return null;
  const believed = beliefs.bottomLine();
  const top = topIssue(beliefs.weights());
  return explain('BELIEF_PRIORITY', {
    scenario: view.scenario,
    side: view.side,
    topIssue: view.scenario.issues[top.index]!.label.toLowerCase(),
    numbers: { topWeight: top.weightBp, believedBottomX100: believed.meanX100, believedBottomP: believed.modeBp },
  });
};

export const decide = (state: GameState, side: SideId): Decision[] => {
  if (state.outcome || state.turn[side].ended) return [];
  const weights = lazy(() => inferredWeights(state, side));
  const view = buildView(state, side, side === 'employer' ? weights() : null);
  const bottomLine = lazy(() => bottomLineBelief(view));
  const beliefs: Beliefs = { weights, bottomLine, theirWalkAway: lazy(() => estimatedTheirWalkAway(view, bottomLine())) };
  const pressure = pressureOn(view);
  const end: Decision = { action: { side, type: 'endTurn' }, reason: 'END_TURN', numbers: {}, message: null, why: null };

  const proposal = propose(view, pressure, beliefs);
  const { decision: offer, target } = proposal;
  const accepted = answer(view, target, proposal.numbers.budgetFloor ?? Number.NEGATIVE_INFINITY, beliefs);
  if (accepted) return [accepted, end];

  const out: Decision[] = [];
  if (offer) {
    const note = beliefMessage(view, beliefs);
    out.push(note ? { ...offer, why: `${offer.why} ${note}`, numbers: { ...offer.numbers, believedBottomX100: bottomLine().meanX100 } } : offer);
  }
  const policy = side === 'union' ? unionIndustrial(view, target) : employerIndustrial(view);
  for (const p of policy) if (isLegal(state, p.action)) out.push(decision(view, p.action, p.reason, p.numbers, p.offer, p.day));
  // Never silent: with no new offer, the side says where it stands and why, at the end of its turn.
  return [...out, offer ? end : standsMessage(view, proposal, beliefs)];
};

/** The end of a turn without a new offer, with a message: the side's offer stands (or it has none), and why. */
const standsMessage = (view: SideView, proposal: Proposal, beliefs: Beliefs): Decision => {
  const { state, side } = view;
  const own = state.negotiation.standing[side];
  const waiting = state.negotiation.referendum !== null;
  const why = waiting ? 'MEMBERS_VOTING' : own ? `STANDS_${proposal.hold}` : 'NO_OFFER_STANDING';
  const note = !waiting && own ? beliefMessage(view, beliefs) : null;
  const numbers = { ...proposal.numbers, ...(own ? { standingUtility: ownUtility(view, own.offer) } : {}) };
  const context = { scenario: view.scenario, side, numbers, ...(own ? { offer: own.offer } : {}) };
  const base = explain(why, context);
  return { action: { side, type: 'endTurn' }, reason: why, numbers, message: lineFor(view, why, context), why: note && base ? `${base} ${note}` : base };
};
