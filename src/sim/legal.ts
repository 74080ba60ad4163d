/**
 * Which actions a side may take now. `check` turns a written action into a queued one or a typed rejection
 * with a sentence a player can read; `legalActions` lists every action with why it is or is not available.
 */
import { isoFromDay, longDate, parseIsoDate, weekStart, type DayNumber } from './calendar';
import { strikeDaysBetween } from './industrial';
import { harmHasQueue } from './harm';
import { currentRules, mandateCovers, reformAppliesOn } from './law';
import { moneyM } from './money';
import { err, ok, type Result } from './result';
import { offerFromTerms, sameOffer } from './utility';
import { otherSide, STATEMENT_TONES } from './scenario/types';
import { capitalise, theSide } from './scenario/words';
import { ACTION_TYPES, type Action, type ActionType, type GameState, type Offer, type QueuedAction, type Rejection, type SideId, type VoteChoice, type VoteOptions } from './types';

const UNION_ONLY: readonly ActionType[] = ['callStrike', 'suspendStrike', 'openBallot', 'putToMembers'];
const EMPLOYER_ONLY: readonly ActionType[] = ['imposeAward', 'setMitigation', 'fundCatchUp'];
/** Answers to the other side's offer share one slot a week: a side cannot both accept and reject. */
const RESPONSES: readonly ActionType[] = ['accept', 'reject', 'putToMembers'];

const reject = (reason: Rejection['reason'], message: string): Rejection => ({ reason, message });
const refuse = (reason: Rejection['reason'], message: string): Result<never, Rejection> => err(reject(reason, message));

export const mondayOf = (state: GameState): DayNumber => weekStart(state.scenario.startDay, state.week);
export const lastDayOfGame = (state: GameState): DayNumber => weekStart(state.scenario.startDay, state.scenario.horizonWeeks) - 1;

/** The first day a contract in force lets the union strike: the day after it expires (null when there is none). */
const firstDayAfterContract = (state: GameState): DayNumber | null => {
  const expiry = state.scenario.law.contractExpiryDay;
  return expiry === undefined ? null : expiry + 1;
};

/**
 * The earliest day a strike called now may start: after the notice the rules in force require, and after any
 * contract expires. Never before next Monday, whatever the notice: this week's strike days are held before the
 * week's calls are made, so a day called for this week would never be held.
 */
export const earliestStrikeDay = (state: GameState): DayNumber =>
  Math.max(mondayOf(state) + Math.max(currentRules(state).noticeDays, 7), firstDayAfterContract(state) ?? 0);

/** A side as running text puts it: "the BMA", "Network Rail". */
const sideName = (state: GameState, side: SideId) => theSide(state.scenario.vocabulary, side);

/** Checks that do not depend on the action's parameters. */
const checkAvailable = (state: GameState, side: SideId, type: ActionType): Rejection | null => {
  if (state.outcome) return reject('game-over', 'The dispute is over.');
  if (state.turn[side].ended) return reject('turn-ended', `${capitalise(sideName(state, side))} has already ended its turn this week.`);
  if (type === 'endTurn') return null;
  // Past the horizon the game runs on only to count a members' vote: nothing but ending the week is open.
  if (state.week >= state.scenario.horizonWeeks) {
    return reject('past-horizon', "The dispute's time is up; the game runs on only until the members' vote is counted. End the week.");
  }
  if (side === 'employer' && UNION_ONLY.includes(type)) return reject('not-your-lever', 'Only the union can do that.');
  if (side === 'union' && EMPLOYER_ONLY.includes(type)) return reject('not-your-lever', 'Only the employer can do that.');
  const queued = state.turn[side].actions;
  if (queued.some((a) => a.type === type || (RESPONSES.includes(type) && RESPONSES.includes(a.type)))) {
    return reject('already-this-week', RESPONSES.includes(type) ? 'You have already answered the offer this week.' : 'You have already done that this week.');
  }
  const referendum = state.negotiation.referendum;
  if (referendum && ['propose', 'accept', 'reject', 'withdraw', 'putToMembers', 'callStrike', 'imposeAward'].includes(type)) {
    const strikes = referendum.continueAction ? 'notified strike days go ahead meanwhile' : 'notified strike days are called off meanwhile';
    return reject('referendum-running', `Members are voting on a deal until week ${referendum.closesWeek} (a ${referendum.closesWeek - referendum.opened}-week vote; ${strikes}); talks and new action wait for the result.`);
  }
  const other = state.negotiation.standing[otherSide(side)];
  if (RESPONSES.includes(type) && !other) return reject('no-offer', `There is no ${state.scenario.sides[otherSide(side)].shortName} offer on the table to answer.`);
  if (RESPONSES.includes(type) && other && other.week >= state.week) return reject('offer-too-new', 'An offer can be answered from the week after it is made.');
  if (type === 'reject' && other && other.rejectedWeek !== null) {
    return reject('already-rejected', `You rejected this offer in week ${other.rejectedWeek + 1}; it stands until ${sideName(state, otherSide(side))} withdraws or improves it, and you can still accept it.`);
  }
  if (type === 'withdraw' && !state.negotiation.standing[side]) return reject('no-own-offer', 'You have no offer on the table to withdraw.');
  if (type === 'callStrike') {
    if (!state.law.mandate) return reject('no-mandate', 'There is no strike mandate in force: a ballot must first be won.');
    if (!mandateCovers(state, earliestStrikeDay(state), 1)) {
      return reject('mandate-too-short', `The mandate ends on ${longDate(state.law.mandate.until)}, before the earliest lawful strike day (${longDate(earliestStrikeDay(state))}).`);
    }
    if (earliestStrikeDay(state) > lastDayOfGame(state)) return reject('past-horizon', 'No strike could start before the scenario ends.');
  }
  if (type === 'suspendStrike' && strikeDaysBetween(state.strikes.calls, mondayOf(state), Number.MAX_SAFE_INTEGER).length === 0) {
    return reject('no-strike', 'No strike days are notified to call off.');
  }
  const law = state.scenario.law;
  if (type === 'openBallot' && law.noBallotLaw) return reject('not-in-this-dispute', `${law.name} requires no strike ballot: the union may strike with notice.`);
  if (type === 'imposeAward' && law.imposeForbidden) return reject('not-in-this-dispute', `Under ${law.name} the employer may not impose terms; only a deal the members ratify changes them.`);
  if (type === 'fundCatchUp' && !harmHasQueue(state.scenario)) return reject('not-in-this-dispute', 'What strikes lose here does not wait in a queue, so there is no catch-up to fund.');
  if (type === 'openBallot') {
    if (state.law.ballot?.status === 'open') return reject('ballot-open', `A ballot is already open until ${longDate(state.law.ballot.closes)}.`);
    if (state.week + state.scenario.law.ballotWindowWeeks >= state.scenario.horizonWeeks) return reject('past-horizon', 'A ballot opened now would close after the scenario ends.');
  }
  return null;
};

const checkOffer = (state: GameState, terms: unknown): Result<Offer, Rejection> => {
  const offer = offerFromTerms(state.scenario, terms, state.negotiation.statusQuo);
  if (!offer.ok) return offer;
  const below = state.scenario.issues.findIndex((_, i) => offer.value[i]! < state.negotiation.statusQuo[i]!);
  if (below >= 0) {
    const issue = state.scenario.issues[below]!;
    return refuse('below-status-quo', `${issue.label} cannot go below what is already in force (${issue.values[state.negotiation.statusQuo[below]!]} ${issue.unit}).`);
  }
  return offer;
};

/** The longest members' vote the union may choose, in weeks. */
export const MAX_VOTE_WEEKS = 4;

/** The vote's length and whether action continues, as the union chose them (defaults: the scenario's length, action paused). */
export const voteChoiceOf = (state: GameState, vote: VoteChoice | undefined): VoteChoice =>
  vote ?? { weeks: state.scenario.referendum.weeks, continueAction: false };

/**
 * The union's choices for a members' vote. Null when it made none (the defaults apply at resolution), so a log
 * written before the choice existed queues exactly what it did then.
 */
const checkVote = (state: GameState, side: SideId, action: Action & VoteOptions): Result<VoteChoice | null, Rejection> => {
  const { voteWeeks, continueAction } = action;
  if (voteWeeks === undefined && continueAction === undefined) return ok(null);
  if (side !== 'union') return refuse('not-your-lever', "Only the union decides how its members vote: leave out voteWeeks and continueAction.");
  if (voteWeeks !== undefined && (typeof voteWeeks !== 'number' || !Number.isInteger(voteWeeks) || voteWeeks < 1 || voteWeeks > MAX_VOTE_WEEKS)) {
    return refuse('out-of-range', `voteWeeks, the length of the members' vote, is a whole number of weeks from 1 to ${MAX_VOTE_WEEKS}.`);
  }
  if (continueAction !== undefined && typeof continueAction !== 'boolean') {
    return refuse('malformed', 'continueAction is true (notified strike days go ahead during the vote) or false (they are called off).');
  }
  return ok({ weeks: voteWeeks ?? state.scenario.referendum.weeks, continueAction: continueAction ?? false });
};

/** Turns a written action into a queued one, or says why it cannot be taken now. Never throws. */
export const check = (state: GameState, action: Action): Result<QueuedAction, Rejection> => {
  if (typeof action !== 'object' || action === null) return refuse('malformed', 'An action must be an object with a type.');
  const side = action.side;
  if (side !== 'union' && side !== 'employer') return refuse('malformed', 'An action must name its side: "union" or "employer".');
  if (!ACTION_TYPES.includes(action.type)) return refuse('malformed', `"${String(action.type)}" is not an action; the actions are ${ACTION_TYPES.join(', ')}.`);
  const unavailable = checkAvailable(state, side, action.type);
  if (unavailable) return err(unavailable);
  switch (action.type) {
    case 'accept':
    case 'putToMembers': {
      const vote = checkVote(state, side, action);
      if (!vote.ok) return vote;
      return ok(vote.value ? { type: action.type, vote: vote.value } : { type: action.type });
    }
    case 'endTurn':
    case 'reject':
    case 'withdraw':
    case 'suspendStrike':
    case 'openBallot':
      return ok({ type: action.type });
    case 'propose': {
      const offer = checkOffer(state, action.offer);
      return offer.ok ? ok({ type: 'propose', offer: offer.value }) : offer;
    }
    case 'imposeAward': {
      const offer = checkOffer(state, action.offer);
      if (!offer.ok) return offer;
      if (sameOffer(offer.value, state.negotiation.statusQuo)) return refuse('below-status-quo', 'Those terms are already in force; an imposed award must change something.');
      return ok({ type: 'imposeAward', offer: offer.value });
    }
    case 'statement':
      return (STATEMENT_TONES as readonly string[]).includes(action.tone)
        ? ok({ type: 'statement', tone: action.tone })
        : refuse('malformed', 'A statement\'s tone is "conciliatory", "firm" or "hardline".');
    case 'setMitigation':
      return Number.isInteger(action.level) && action.level >= 0 && action.level <= 100
        ? ok({ type: 'setMitigation', level: action.level })
        : refuse('out-of-range', 'The mitigation level is a whole number from 0 (protect nothing) to 100 (keep the whole service running).');
    case 'fundCatchUp': {
      const gbpK = typeof action.gbpM === 'number' && Number.isFinite(action.gbpM) ? Math.round(action.gbpM * 1000) : -1;
      const currency = state.scenario.vocabulary.currency;
      if (gbpK <= 0 || gbpK > 5_000_000) return refuse('out-of-range', `Catch-up funding is an amount in millions above 0 (and at most ${moneyM(5_000, currency)}).`);
      if (gbpK > state.employer.headroomK) {
        const left = Math.floor(state.employer.headroomK / 1000);
        return refuse('over-budget', left > 0 ? `Only ${moneyM(left, currency)} of budget headroom is left.` : `There is no budget headroom left: spending is ${moneyM(-left, currency)} over it.`);
      }
      return ok({ type: 'fundCatchUp', gbpK });
    }
    case 'callStrike': {
      const start = typeof action.start === 'string' ? parseIsoDate(action.start) : null;
      if (start === null) return refuse('malformed', 'A strike\'s start is a date written YYYY-MM-DD.');
      const max = state.scenario.law.maxStrikeDaysPerCall;
      if (!Number.isInteger(action.days) || action.days < 1 || action.days > max) return refuse('too-many-days', `A strike lasts from 1 to ${max} days.`);
      const rules = currentRules(state);
      const afterContract = firstDayAfterContract(state);
      if (afterContract !== null && start < afterContract) {
        return refuse('contract-in-force', `The contract in force runs until ${longDate(afterContract - 1)}: the earliest strike day is ${longDate(earliestStrikeDay(state))}.`);
      }
      if (start < earliestStrikeDay(state)) {
        const why = rules.noticeDays >= 7 ? `The law requires ${rules.noticeDays} days' notice` : "This week's strike days are already settled";
        return refuse('notice-too-short', `${why}: the earliest start is ${longDate(earliestStrikeDay(state))}.`);
      }
      const last = start + action.days - 1;
      if (last > lastDayOfGame(state)) return refuse('past-horizon', `The scenario ends on ${longDate(lastDayOfGame(state))}.`);
      if (!mandateCovers(state, start, action.days)) {
        return refuse('mandate-too-short', `The mandate covers action only until ${longDate(state.law.mandate!.until)}.`);
      }
      if (strikeDaysBetween(state.strikes.calls, start, last).length > 0) return refuse('strike-overlap', 'Those dates overlap a strike already called.');
      return ok({ type: 'callStrike', start, days: action.days });
    }
  }
};

export interface ActionAvailability {
  readonly type: ActionType;
  readonly available: boolean;
  readonly reason?: Rejection['reason'];
  readonly message?: string;
}

export interface LegalActions {
  readonly side: SideId;
  readonly actions: readonly ActionAvailability[];
  /** For calling a strike: the window of lawful start days (ISO dates), when there is one. */
  readonly strikeWindow: { readonly earliest: string; readonly latest: string; readonly maxDays: number } | null;
  /** Whether a ballot opened now would run under the reformed rules. */
  readonly ballotUnderReform: boolean;
}

/** Every action a side could take, with the reason for each one it cannot take now. */
export const legalActions = (state: GameState, side: SideId): LegalActions => {
  const own = UNION_ONLY.concat(EMPLOYER_ONLY).filter((t) => (side === 'union' ? UNION_ONLY.includes(t) : EMPLOYER_ONLY.includes(t)));
  const types = ACTION_TYPES.filter((t) => !UNION_ONLY.includes(t) && !EMPLOYER_ONLY.includes(t)).concat(own);
  const actions = types.map((type) => {
    const why = checkAvailable(state, side, type);
    return why ? { type, available: false, reason: why.reason, message: why.message } : { type, available: true };
  });
  const canStrike = actions.some((a) => a.type === 'callStrike' && a.available);
  const latest = state.law.mandate ? Math.min(state.law.mandate.until, lastDayOfGame(state)) : 0;
  return {
    side,
    actions,
    strikeWindow: canStrike
      ? { earliest: isoFromDay(earliestStrikeDay(state)), latest: isoFromDay(latest), maxDays: state.scenario.law.maxStrikeDaysPerCall }
      : null,
    ballotUnderReform: reformAppliesOn(state.scenario, mondayOf(state)),
  };
};
