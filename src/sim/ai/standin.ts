/**
 * A simple stand-in opponent so whole games can be played: it concedes from its best terms toward its own
 * walk-away value on a persona's time curve, accepts offers that meet its aspiration, and (as the BMA) keeps a
 * mandate and strikes at the persona's rate. It reads only its own side's private values.
 */
import { isoFromDay, longDate } from '../calendar';
import { BP, divRound } from '../fixed';
import { strikeDaysBetween } from '../industrial';
import { earliestStrikeDay, lastDayOfGame, legalActions, mondayOf } from '../legal';
import { personaOf } from '../new-game';
import type { Persona } from '../scenario/types';
import type { Action, GameState, Offer, SideId } from '../types';
import { bmaUtility, govUtility, sameOffer, termsFromOffer } from '../utility';
import { walkAwayOf } from '../walkaway';
import { aspirationBp } from './concession';
import type { Decision } from './decision';

const can = (state: GameState, side: SideId, type: Action['type']) =>
  legalActions(state, side).actions.some((a) => a.type === type && a.available);

const personaFor = (state: GameState, side: SideId): Persona => {
  const id = personaOf(state.players[side]) ?? state.scenario.sides[side].defaultPersona;
  return state.scenario.personas.find((p) => p.id === id) ?? state.scenario.personas[0]!;
};

/** Share of the game elapsed, bp. */
const elapsedBp = (state: GameState) => divRound(state.week * BP, Math.max(1, state.scenario.horizonWeeks - 1));

/** The BMA's offer for an aspiration: every other issue at its best, the headline as low as the aim allows. */
const bmaOfferFor = (state: GameState, aim: number): Offer => {
  const best = state.scenario.issues.map((issue) => issue.values.length - 1);
  const headline = state.scenario.issues[0]!;
  for (let level = state.negotiation.statusQuo[0]!; level < headline.values.length; level += 1) {
    const offer = [level, ...best.slice(1)];
    if (bmaUtility(state.scenario, offer) >= aim) return offer;
  }
  return best;
};

/** The Government's offer for an aspiration: the most on the headline its aim allows, the rest as they stand. */
const govOfferFor = (state: GameState, aim: number): Offer => {
  const sq = state.negotiation.statusQuo;
  const headline = state.scenario.issues[0]!;
  let chosen = sq;
  for (let level = sq[0]!; level < headline.values.length; level += 1) {
    const offer = [level, ...sq.slice(1)];
    if (govUtility(state.scenario, state.hidden.govReadAcrossBp, offer) < aim) break;
    chosen = offer;
  }
  return chosen;
};

const describe = (state: GameState, offer: Offer): string =>
  state.scenario.issues.map((issue, i) => `${issue.label.toLowerCase()} ${issue.values[offer[i]!]} ${issue.unit}`).join(', ');

const bmaDecisions = (state: GameState, persona: Persona): Decision[] => {
  const out: Decision[] = [];
  const sc = state.scenario;
  const walk = walkAwayOf(state, 'bma');
  const best = bmaUtility(sc, sc.issues.map((issue) => issue.values.length - 1));
  const aim = aspirationBp(best, walk, elapsedBp(state), persona.concessionX100);
  const numbers = { walkAway: walk, aspiration: aim };
  const gov = state.negotiation.standing.gov;
  if (gov && can(state, 'bma', 'accept')) {
    const u = bmaUtility(sc, gov.offer);
    if (u >= aim && u >= walk) {
      return [{ action: { side: 'bma', type: 'accept' }, reason: 'ACCEPT_MEETS_ASPIRATION', numbers: { ...numbers, offered: u }, message: `This offer meets what our members need; we will put it to them with our recommendation.` }];
    }
  }
  if (can(state, 'bma', 'propose')) {
    const offer = bmaOfferFor(state, aim);
    const own = state.negotiation.standing.bma;
    if (!own || !sameOffer(own.offer, offer)) {
      out.push({ action: { side: 'bma', type: 'propose', offer: termsFromOffer(sc, offer) }, reason: own ? 'CONCEDE_ON_TIME' : 'OPENING_CLAIM', numbers, message: `We are asking for ${describe(state, offer)}.` });
    }
  }
  const monday = mondayOf(state);
  const upcoming = strikeDaysBetween(state.strikes.calls, monday, Number.MAX_SAFE_INTEGER).length;
  const lastCall = state.strikes.calls[state.strikes.calls.length - 1];
  const gapWeeks = persona.strikeAppetite > 0 ? Math.max(1, Math.round(20 / persona.strikeAppetite)) : Number.MAX_SAFE_INTEGER;
  if (upcoming === 0 && can(state, 'bma', 'callStrike') && (!lastCall || state.week - lastCall.calledWeek >= gapWeeks)) {
    const start = earliestStrikeDay(state);
    const room = Math.min(state.law.mandate!.until, lastDayOfGame(state)) - start + 1;
    const days = Math.min(5, sc.law.maxStrikeDaysPerCall, room);
    if (days > 0) {
      out.push({ action: { side: 'bma', type: 'callStrike', start: isoFromDay(start), days }, reason: 'STRIKE_FOR_LEVERAGE', numbers: { ...numbers, days }, message: `Without a credible offer, members will walk out for ${days} days from ${longDate(start)}.` });
    }
  }
  const mandate = state.law.mandate;
  if ((!mandate || mandate.until - monday < 8 * 7) && can(state, 'bma', 'openBallot')) {
    out.push({ action: { side: 'bma', type: 'openBallot' }, reason: 'RENEW_MANDATE', numbers: { mandateDaysLeft: mandate ? mandate.until - monday : 0 }, message: 'We are asking members to renew our mandate for action.' });
  }
  return out;
};

const govDecisions = (state: GameState, persona: Persona): Decision[] => {
  const sc = state.scenario;
  const walk = walkAwayOf(state, 'gov');
  const best = govUtility(sc, state.hidden.govReadAcrossBp, state.negotiation.statusQuo);
  const aim = aspirationBp(best, walk, elapsedBp(state), persona.concessionX100);
  const numbers = { walkAway: walk, aspiration: aim };
  const bma = state.negotiation.standing.bma;
  if (bma && can(state, 'gov', 'accept')) {
    const u = govUtility(sc, state.hidden.govReadAcrossBp, bma.offer);
    if (u >= aim && u >= walk) {
      return [{ action: { side: 'gov', type: 'accept' }, reason: 'ACCEPT_MEETS_ASPIRATION', numbers: { ...numbers, offered: u }, message: 'We can agree to these terms, subject to your members\' vote.' }];
    }
  }
  if (!can(state, 'gov', 'propose')) return [];
  const offer = govOfferFor(state, aim);
  const own = state.negotiation.standing.gov;
  if (sameOffer(offer, state.negotiation.statusQuo) || (own && sameOffer(own.offer, offer))) return [];
  return [{ action: { side: 'gov', type: 'propose', offer: termsFromOffer(sc, offer) }, reason: own ? 'CONCEDE_ON_TIME' : 'FIRST_OFFER', numbers, message: `We are offering ${describe(state, offer)}.` }];
};

/** The stand-in's actions for the week, ending with its end of turn. */
export const standInDecide = (state: GameState, side: SideId): Decision[] => {
  if (state.outcome || state.turn[side].ended) return [];
  const persona = personaFor(state, side);
  const decisions = side === 'bma' ? bmaDecisions(state, persona) : govDecisions(state, persona);
  return [...decisions, { action: { side, type: 'endTurn' }, reason: 'END_TURN', numbers: {}, message: null }];
};
