/**
 * 3 NEGOTIATE: answers to standing offers (BMA, then Government), then withdrawals, then new offers (BMA, then
 * Government); each side then updates its beliefs about the other from the offer it saw. An offer stands until
 * its maker withdraws or replaces it: a rejection is recorded on it (and the public reacts) but leaves it on the
 * table, where it can still be accepted.
 */
import { observeOffer } from '../ai/opponent-model';
import { otherSide, SIDES } from '../scenario/types';
import { voteChoiceOf } from '../legal';
import type { GameState, Offer, QueuedAction, Referendum, SideId, SimEvent, StandingOffer } from '../types';
import { queued, withEffect, type Phase, type PhaseResult, type WeekInProgress } from './types';

/** Talks are closed once a deal has gone to members or been ratified. */
const talksClosed = (week: WeekInProgress): boolean => week.state.negotiation.referendum !== null || week.notes.ratified !== null;

const withNegotiation = (week: WeekInProgress, negotiation: GameState['negotiation']): WeekInProgress => ({ ...week, state: { ...week.state, negotiation } });

/** A side's answer to the other's standing offer: a rejection is recorded on it, an acceptance goes to members. */
const answer = (week: WeekInProgress, side: SideId, action: QueuedAction | undefined): PhaseResult => {
  const { start } = week;
  const sc = start.scenario;
  const negotiation = week.state.negotiation;
  const offer = negotiation.standing[otherSide(side)];
  if (!action || !offer || talksClosed(week)) return { week, events: [] };
  if (action.type === 'reject') {
    const reasonable = otherSide(side) === 'employer' && offer.offer[0]! >= sc.opinion.blame.reasonablePayIndex;
    const answered: StandingOffer = { ...offer, rejectedWeek: start.week };
    const rejected = withNegotiation(week, { ...negotiation, standing: { ...negotiation.standing, [otherSide(side)]: answered } });
    const notes = reasonable ? withEffect(week.notes, sc.reactions.rejectedReasonableOffer) : week.notes;
    return { week: { ...rejected, notes }, events: [{ type: 'offerRejected', side, offer: offer.offer, reasonable }] };
  }
  const recommended = action.type !== 'putToMembers';
  // The union sets the vote's length and whether action continues; a Government's acceptance takes the defaults.
  const vote = voteChoiceOf(start, action.type === 'accept' || action.type === 'putToMembers' ? action.vote : undefined);
  const referendum: Referendum = {
    terms: offer.offer,
    from: otherSide(side),
    opened: start.week,
    closesWeek: start.week + vote.weeks,
    recommended,
    ...(vote.continueAction ? { continueAction: true as const } : {}),
  };
  return {
    week: withNegotiation(week, { ...negotiation, referendum, standing: { union: null, employer: null } }),
    events: [
      { type: 'offerAccepted', side, offer: offer.offer },
      { type: 'referendumOpened', terms: offer.offer, closesWeek: referendum.closesWeek, recommended, weeks: vote.weeks, continueAction: vote.continueAction },
    ],
  };
};

/** A side withdraws its own standing offer (before any new proposal of the same week replaces it). */
const withdraw = (week: WeekInProgress, side: SideId): PhaseResult => {
  const own = week.state.negotiation.standing[side];
  if (!queued(week.start, side, 'withdraw') || !own || talksClosed(week)) return { week, events: [] };
  const negotiation = week.state.negotiation;
  return {
    week: withNegotiation(week, { ...negotiation, standing: { ...negotiation.standing, [side]: null } }),
    events: [{ type: 'offerWithdrawn', side, offer: own.offer }],
  };
};

/** A side's new offer: it replaces the side's standing offer and stands until withdrawn or replaced. */
const propose = (week: WeekInProgress, side: SideId): PhaseResult => {
  const proposal = queued(week.start, side, 'propose');
  if (!proposal || talksClosed(week)) return { week, events: [] };
  const negotiation = week.state.negotiation;
  const made: StandingOffer = { from: side, week: week.start.week, offer: proposal.offer, rejectedWeek: null };
  const next = withNegotiation(week, { ...negotiation, standing: { ...negotiation.standing, [side]: made }, lastOffer: made });
  return { week: { ...next, notes: { ...next.notes, offers: [...next.notes.offers, { from: side, offer: proposal.offer }] } }, events: [{ type: 'offerMade', side, offer: proposal.offer }] };
};

/** Each side reads the other's new offer (public), knowing the strike days held before it was made. */
const updateBeliefs = (start: GameState, state: GameState, offers: readonly { from: SideId; offer: Offer }[]): GameState => {
  let beliefs = state.beliefs;
  for (const { from, offer } of offers) {
    const believer = otherSide(from);
    beliefs = { ...beliefs, [believer]: observeOffer(start.scenario, believer, beliefs[believer], offer, start.week, start.strikes.daysHeld) };
  }
  return { ...state, beliefs };
};

export const negotiationPhase: Phase = (week) => {
  const steps: ((w: WeekInProgress) => PhaseResult)[] = [
    (w) => answer(w, 'union', queued(w.start, 'union', 'accept') ?? queued(w.start, 'union', 'putToMembers') ?? queued(w.start, 'union', 'reject')),
    (w) => answer(w, 'employer', queued(w.start, 'employer', 'accept') ?? queued(w.start, 'employer', 'reject')),
    ...SIDES.map((side) => (w: WeekInProgress) => withdraw(w, side)),
    ...SIDES.map((side) => (w: WeekInProgress) => propose(w, side)),
  ];
  let current = week;
  const events: SimEvent[] = [];
  for (const run of steps) {
    const result = run(current);
    current = result.week;
    events.push(...result.events);
  }
  return { week: { ...current, state: updateBeliefs(current.start, current.state, current.notes.offers) }, events };
};
