/**
 * Core values → record values: an offer as terms, an event or an outcome as JSON, basis points as shares 0..1,
 * thousands of the currency as millions, day numbers as ISO dates. Pure: no I/O.
 */
import { isoFromDay, termsFromOffer, type Offer, type Outcome, type Scenario, type SimEvent } from '../sim';
import type { EventRecord, OutcomeRecord, Terms } from './records';

/** Basis points as a share 0..1, and thousands of the currency as millions. */
export const share = (bp: number): number => bp / 10000;
export const gbpM = (k: number): number => k / 1000;

/** An offer's grid indexes as `{ issueId: value }` (the core's conversion, typed as the records' Terms). */
export const termsOf = (scenario: Scenario, offer: Offer): Terms => ({ ...termsFromOffer(scenario, offer) });

export const outcomeRecord = (scenario: Scenario, outcome: Outcome): OutcomeRecord => ({
  kind: outcome.kind,
  week: outcome.week,
  terms: outcome.terms === null ? null : termsOf(scenario, outcome.terms),
  scores: { union: outcome.scores.union, employer: outcome.scores.employer },
});

/** A core event as JSON: offers as terms, day numbers as ISO dates, basis points as 0..1, thousands of the currency as millions. */
export const eventRecord = (scenario: Scenario, event: SimEvent): EventRecord => {
  const terms = (offer: Offer) => termsOf(scenario, offer);
  switch (event.type) {
    case 'offerMade':
    case 'offerAccepted':
    case 'offerWithdrawn':
      return { type: event.type, side: event.side, offer: terms(event.offer) };
    case 'offerRejected':
      return { type: event.type, side: event.side, offer: terms(event.offer), reasonable: event.reasonable };
    case 'referendumOpened':
      return { type: event.type, terms: terms(event.terms), closesWeek: event.closesWeek, recommended: event.recommended, voteWeeks: event.weeks, continueAction: event.continueAction };
    case 'referendumClosed':
      return { type: event.type, terms: terms(event.terms), yes: share(event.yesBp), passed: event.passed, turnout: share(event.turnoutBp), voteWeeks: event.weeks };
    case 'dealRatified':
    case 'awardImposed':
      return { type: event.type, terms: terms(event.terms) };
    case 'strikeCalled':
      return { type: event.type, start: isoFromDay(event.start), days: event.days };
    case 'strikeSuspended':
      return { type: event.type, from: isoFromDay(event.from), daysCalledOff: event.daysCalledOff };
    case 'strikeDaysHeld':
      return {
        type: event.type,
        days: event.days.map(isoFromDay),
        participation: share(event.participationBp),
        rescheduled: event.rescheduled,
        costM: gbpM(event.costK),
        noStrikePay: event.noStrikePay,
      };
    case 'treasuryIntervened':
      return { type: event.type, headroomM: gbpM(event.headroomK), pressure: share(event.pressureBp) };
    case 'ballotOpened':
      return { type: event.type, closes: isoFromDay(event.closes), reformRules: event.reformRules };
    case 'ballotClosed':
      return {
        type: event.type,
        turnout: share(event.turnoutBp),
        yes: share(event.yesBp),
        won: event.won,
        failedTest: event.failedTest,
        mandateUntil: event.mandateUntil === null ? null : isoFromDay(event.mandateUntil),
      };
    case 'mandateExpired':
      return { type: event.type, on: isoFromDay(event.on) };
    case 'catchUpFunded':
      return { type: event.type, gbpM: gbpM(event.gbpK), episodes: event.episodes };
    case 'gameEnded':
      return { type: event.type, outcome: outcomeRecord(scenario, event.outcome) };
    case 'actionQueued':
      return { type: event.type, side: event.side, action: event.action.type };
    default:
      // Events whose fields are already plain (statements, mitigation, scenario events, …) and any added later.
      return { ...(event as { type: string }) };
  }
};
