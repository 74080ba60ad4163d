/**
 * Resolving a week, once both sides have ended their turns. The order is fixed, so neither side gains by
 * moving first:
 *   0 CALENDAR  scenario events due this week fire.
 *   1 LAW       a ballot that has closed is counted; a lapsed mandate ends; a members' vote is counted.
 *   2 STRIKES   this week's policies apply from Monday (a suspension, the mitigation level, and an answer that
 *               sends a deal to members, which pauses action); then each notified strike day is held.
 *   3 NEGOTIATE answers to standing offers (BMA, then Government), then new offers (BMA, then Government);
 *               each side then updates its beliefs about the other from the offer it saw (BELIEFS).
 *   4 ACTIONS   BMA: strike calls and ballots; Government: imposed awards and catch-up funding; statements.
 *   5 SYSTEMS   waiting list, costs, members' morale and anger, public opinion.
 *   6 RECORD    walk-away values and the week's offers' utilities to both sides.
 *   7 END       a ratified deal, a collapsed dispute, or the horizon ends the game.
 */
import { monthOf, weekStart } from './calendar';
import { advanceBacklog } from './backlog';
import { BP, clamp, divRound, mulBp } from './fixed';
import { firingEvents } from './events';
import { participationBp, strikeDayCostK, strikeDayPay, strikeDaysBetween, suspendFrom } from './industrial';
import { ballotResult, failedTest, reformAppliesOn, rulesFor } from './law';
import { advanceMembers } from './members';
import { WORLD_SLOTS } from './new-game';
import { advanceOpinion, publicShares, blameShares } from './opinion';
import type { Effect } from './scenario/types';
import { drawInt } from './rng';
import { scoreGame } from './scoring';
import type { GameState, Offer, OutcomeKind, QueuedAction, Referendum, SideId, SimEvent, StandingOffer, WeekSummary } from './types';
import { bmaUtility, directCostKPerYear, govUtility } from './utility';
import { walkAwayOf } from './walkaway';
import { observeOffer } from './ai/opponent-model';

interface Effects {
  supportBp: number;
  salienceBp: number;
  blameBp: number;
  angerBp: number;
  moraleBp: number;
}

const find = <T extends QueuedAction['type']>(actions: readonly QueuedAction[], type: T) =>
  actions.find((a): a is Extract<QueuedAction, { type: T }> => a.type === type);

/** Members' yes share for terms: above their resistance point they vote yes, more so when recommended. */
export const referendumYesBp = (state: GameState, terms: Offer, recommended: boolean, draw: number): number => {
  const r = state.scenario.referendum;
  const margin = bmaUtility(state.scenario, terms) - walkAwayOf(state, 'bma');
  const noise = divRound((draw - 5000) * 300, BP);
  return clamp(r.yesAtResistanceBp + divRound(margin * r.yesPerTenthUtilityBp, 1000) + (recommended ? r.recommendationBonusBp : 0) + noise, 0, BP);
};

const headlinePctX100 = (state: GameState, offer: Offer): number => Math.round((state.scenario.issues[0]!.values[offer[0]!] ?? 0) * 100);

export const resolveWeek = (state: GameState): { state: GameState; events: SimEvent[] } => {
  const sc = state.scenario;
  const events: SimEvent[] = [];
  const monday = weekStart(sc.startDay, state.week);
  const sunday = monday + 6;
  const draws = state.world[state.week] ?? [];
  const bmaQ = state.turn.bma.actions;
  const govQ = state.turn.gov.actions;
  const fx: Effects = { supportBp: 0, salienceBp: 0, blameBp: 0, angerBp: 0, moraleBp: 0 };
  let capacityShock = state.nhs.capacityShock;
  const apply = (e: Effect) => {
    fx.supportBp += e.supportBp;
    fx.salienceBp += e.salienceBp;
    fx.blameBp += e.blameBp;
    fx.angerBp += e.angerBp;
    fx.moraleBp += e.moraleBp;
    if (e.capacityFactorBp !== null && e.capacityWeeks > 0) capacityShock = { factorBp: e.capacityFactorBp, weeksLeft: e.capacityWeeks };
  };

  // 0 CALENDAR
  const fired = firingEvents(state);
  for (const e of fired) {
    events.push({ type: 'scenarioEvent', id: e.id, headline: e.headline });
    apply(e.effect);
  }

  // 1 LAW
  let law = state.law;
  if (law.ballot?.status === 'open' && law.ballot.closes <= sunday) {
    const ballot = law.ballot;
    const rules = rulesFor(sc, ballot.reformRules);
    const { turnoutBp, yesBp } = ballotResult(sc, state, draws[WORLD_SLOTS.turnout] ?? 5000, draws[WORLD_SLOTS.yes] ?? 5000);
    const failed = failedTest(rules, turnoutBp, yesBp);
    // A renewed mandate runs on from the old one, so action already lawfully called stays covered.
    const old = law.mandate && law.mandate.until >= ballot.closes ? law.mandate : null;
    const mandate = failed === null ? { from: old ? old.from : ballot.closes, until: Math.max(old ? old.until : 0, ballot.closes + rules.mandateDays) } : law.mandate;
    law = {
      mandate,
      ballot: { ...ballot, status: failed === null ? 'won' : 'lost', turnoutBp, yesBp },
      ballotsHeld: law.ballotsHeld + 1,
      failedInRow: failed === null ? 0 : law.failedInRow + 1,
    };
    events.push({ type: 'ballotClosed', turnoutBp, yesBp, won: failed === null, failedTest: failed, mandateUntil: failed === null ? mandate!.until : null });
  }

  let negotiation = state.negotiation;
  let ratified: Offer | null = null;
  let payAwardedX100 = 0;
  const referendum = negotiation.referendum;
  if (referendum && referendum.closesWeek <= state.week) {
    const yesBp = referendumYesBp(state, referendum.terms, referendum.recommended, draws[WORLD_SLOTS.referendum] ?? 5000);
    const passed = yesBp >= sc.referendum.passMarkBp;
    events.push({ type: 'referendumClosed', terms: referendum.terms, yesBp, passed });
    if (passed) {
      ratified = referendum.terms;
      payAwardedX100 += headlinePctX100(state, ratified) - headlinePctX100(state, negotiation.statusQuo);
      events.push({ type: 'dealRatified', terms: ratified });
      negotiation = { ...negotiation, referendum: null, statusQuo: ratified };
    } else {
      apply(sc.reactions.failedReferendum);
      negotiation = { ...negotiation, referendum: null };
    }
  }

  // 2 STRIKES — policies that govern this week's strike days take effect from Monday.
  let calls = state.strikes.calls;
  const bmaAnswer = find(bmaQ, 'accept') ?? find(bmaQ, 'putToMembers');
  const govAnswer = find(govQ, 'accept');
  const goesToMembers =
    negotiation.referendum === null && ratified === null && ((bmaAnswer && negotiation.standing.gov) || (govAnswer && negotiation.standing.bma));
  if (find(bmaQ, 'suspendStrike') || goesToMembers || ratified) {
    const { calls: next, calledOff } = suspendFrom(calls, monday);
    calls = next;
    if (calledOff > 0) events.push({ type: 'strikeSuspended', from: monday, daysCalledOff: calledOff });
  }
  const mitigation = find(govQ, 'setMitigation');
  const mitigationLevel = mitigation ? mitigation.level : state.gov.mitigationLevel;
  if (mitigation) events.push({ type: 'mitigationSet', level: mitigation.level });
  const policyState: GameState = { ...state, law, gov: { ...state.gov, mitigationLevel }, strikes: { ...state.strikes, calls } };

  const strikeDays = strikeDaysBetween(calls, monday, sunday).filter((d) => law.mandate !== null && d >= law.mandate.from && d <= law.mandate.until);
  const participation = participationBp(sc, policyState);
  let bma = state.bma;
  let weekStrikeCostK = 0;
  if (strikeDays.length > 0) {
    const strikers = mulBp(sc.members.entitled, participation);
    let fundK = bma.fundK;
    let lostPayK = bma.lostPayK;
    for (let i = 0; i < strikeDays.length; i += 1) {
      const pay = strikeDayPay(sc, strikers, fundK);
      lostPayK += pay.lostK;
      fundK -= pay.payoutK;
    }
    weekStrikeCostK = strikeDays.length * strikeDayCostK(sc, participation, mitigationLevel);
    bma = { ...bma, fundK, lostPayK };
    if (mitigationLevel > 50) fx.angerBp += (mitigationLevel - 50) * sc.mitigation.angerPerLevelAbove50Bp;
    const riskBp = Math.max(0, mitigationLevel - sc.mitigation.safetyRiskFromLevel) * sc.mitigation.safetyRiskPerLevelBp;
    if ((draws[WORLD_SLOTS.safety] ?? BP) < riskBp) {
      events.push({ type: 'safetyConcernReported' });
      apply(sc.reactions.safetyStory);
    }
  }
  bma = { ...bma, fundK: bma.fundK + sc.members.fund.donationsKPerWeek };

  // 3 NEGOTIATE
  const offersThisWeek: { from: SideId; offer: Offer }[] = [];
  let standing = negotiation.standing;
  let lastOffer = negotiation.lastOffer;
  let opened: Referendum | null = negotiation.referendum;
  const openReferendum = (terms: Offer, from: SideId, recommended: boolean) => {
    opened = { terms, from, opened: state.week, closesWeek: state.week + sc.referendum.weeks, recommended };
    events.push({ type: 'referendumOpened', terms, closesWeek: opened.closesWeek, recommended });
    standing = { bma: null, gov: null };
  };
  const answer = (side: SideId, action: QueuedAction | undefined) => {
    const other: SideId = side === 'bma' ? 'gov' : 'bma';
    const offer = standing[other];
    if (!action || !offer || opened || ratified) return;
    if (action.type === 'reject') {
      const reasonable = other === 'gov' && offer.offer[0]! >= sc.opinion.blame.reasonablePayIndex;
      events.push({ type: 'offerRejected', side, offer: offer.offer, reasonable });
      if (reasonable) apply(sc.reactions.rejectedReasonableOffer);
      standing = { ...standing, [other]: null };
      return;
    }
    events.push({ type: 'offerAccepted', side, offer: offer.offer });
    openReferendum(offer.offer, other, action.type !== 'putToMembers');
  };
  answer('bma', bmaAnswer ?? find(bmaQ, 'reject'));
  answer('gov', govAnswer ?? find(govQ, 'reject'));
  for (const side of ['bma', 'gov'] as const) {
    const proposal = find(side === 'bma' ? bmaQ : govQ, 'propose');
    if (!proposal || opened || ratified) continue;
    const made: StandingOffer = { from: side, week: state.week, offer: proposal.offer };
    standing = { ...standing, [side]: made };
    lastOffer = made;
    offersThisWeek.push({ from: side, offer: proposal.offer });
    events.push({ type: 'offerMade', side, offer: proposal.offer });
  }
  negotiation = { ...negotiation, standing, lastOffer, referendum: opened };

  // BELIEFS: each side reads the other's new offer (public), knowing the strike days held before it was made.
  let beliefs = state.beliefs;
  for (const { from, offer } of offersThisWeek) {
    const believer: SideId = from === 'bma' ? 'gov' : 'bma';
    beliefs = { ...beliefs, [believer]: observeOffer(sc, believer, beliefs[believer], offer, state.week, state.strikes.daysHeld) };
  }

  // 4 ACTIONS
  const call = find(bmaQ, 'callStrike');
  if (call && !opened && !ratified) {
    calls = [...calls, { calledWeek: state.week, start: call.start, days: call.days, suspendedFrom: null }];
    events.push({ type: 'strikeCalled', start: call.start, days: call.days });
  }
  if (find(bmaQ, 'openBallot') && law.ballot?.status !== 'open') {
    const reformRules = reformAppliesOn(sc, monday);
    const closes = monday + sc.law.ballotWindowWeeks * 7;
    law = { ...law, ballot: { opened: monday, closes, status: 'open', turnoutBp: null, yesBp: null, reformRules } };
    events.push({ type: 'ballotOpened', closes, reformRules });
  }
  let gov = { ...state.gov, mitigationLevel, strikeCostK: state.gov.strikeCostK + weekStrikeCostK };
  const imposed = find(govQ, 'imposeAward');
  if (imposed && !opened && !ratified) {
    payAwardedX100 += headlinePctX100(state, imposed.offer) - headlinePctX100(state, negotiation.statusQuo);
    gov = { ...gov, imposed: imposed.offer };
    negotiation = { ...negotiation, statusQuo: imposed.offer, standing: { bma: null, gov: null } };
    apply(sc.reactions.imposedAward);
    events.push({ type: 'awardImposed', terms: imposed.offer });
  }
  const catchUp = find(govQ, 'fundCatchUp');
  if (catchUp) {
    const gbpK = Math.min(catchUp.gbpK, gov.headroomK);
    const episodes = divRound(gbpK * 1000, Math.max(1, sc.nhs.catchUpCostPerEpisodeGBP));
    gov = { ...gov, headroomK: gov.headroomK - gbpK, catchUpSpentK: gov.catchUpSpentK + gbpK, catchUpEpisodesPending: gov.catchUpEpisodesPending + episodes };
    events.push({ type: 'catchUpFunded', gbpK, episodes });
  }
  for (const side of ['bma', 'gov'] as const) {
    const statement = find(side === 'bma' ? bmaQ : govQ, 'statement');
    if (!statement) continue;
    apply(sc.statements[side][statement.tone]);
    events.push({ type: 'statementMade', side, tone: statement.tone });
  }

  // 5 SYSTEMS
  const afterActions: GameState = { ...state, law, gov, bma, negotiation, beliefs, strikes: { ...state.strikes, calls } };
  const backlog = advanceBacklog(sc, { ...afterActions, nhs: { ...state.nhs, capacityShock } }, monday, strikeDays, participation);
  if (strikeDays.length > 0) {
    events.push({ type: 'strikeDaysHeld', days: strikeDays, participationBp: participation, rescheduled: backlog.rescheduled, costK: weekStrikeCostK });
  }
  const payCostKPerYear = directCostKPerYear(sc, negotiation.statusQuo);
  gov = { ...gov, catchUpEpisodesPending: backlog.catchUpEpisodesPending, headroomK: gov.headroomK - weekStrikeCostK - divRound(payCostKPerYear, 52) };
  const sharesBefore = publicShares(sc, state.opinion);
  const members = advanceMembers(sc, bma, state.hidden.bmaFloorX100, {
    strikeDays: strikeDays.length,
    supportBp: sharesBefore.supportBp,
    moraleBp: fx.moraleBp,
    angerBp: fx.angerBp,
  });
  bma = { ...bma, ...members };
  const opinion = advanceOpinion(sc, state.opinion, {
    strikeDays: strikeDays.length,
    winter: sc.nhs.winterMonths.includes(monthOf(monday + 3)),
    cancelledTrue: backlog.cancelledTrue,
    payAwardedX100,
    shockBp: fx.supportBp,
    salienceBp: fx.salienceBp,
    blameBp: fx.blameBp,
  });

  let next: GameState = {
    ...afterActions,
    bma,
    gov,
    nhs: backlog.nhs,
    opinion,
    strikes: { calls, daysHeld: state.strikes.daysHeld + strikeDays.length },
    firedEvents: fired.length > 0 ? [...state.firedEvents, ...fired.map((e) => e.id)] : state.firedEvents,
  };

  // A mandate that ends before next Monday lapses now, so next week's choices see the law as it will stand.
  if (law.mandate && law.mandate.until < sunday + 1) {
    events.push({ type: 'mandateExpired', on: law.mandate.until });
    law = { ...law, mandate: null };
    next = { ...next, law };
  }

  // 6 RECORD
  const shares = publicShares(sc, opinion);
  const blame = blameShares(sc, opinion);
  const summary: WeekSummary = {
    week: state.week,
    supportBp: shares.supportBp,
    opposeBp: shares.opposeBp,
    waitingList: backlog.nhs.waitingList,
    strikeDays: strikeDays.length,
    rescheduled: backlog.rescheduled,
    plannedCareKeptBp: backlog.plannedCareKeptBp,
    strikeCostK: gov.strikeCostK,
    payCostKPerYear,
    moraleBp: bma.moraleBp,
    angerBp: bma.angerBp,
    participationBp: participation,
    salienceBp: opinion.salienceBp,
    blameGovBp: blame.governmentBp,
    blameDoctorsBp: blame.doctorsBp,
    walkAway: { bma: walkAwayOf(next, 'bma'), gov: walkAwayOf(next, 'gov') },
    offers: offersThisWeek.map(({ from, offer }) => ({
      from,
      offer,
      utility: { bma: bmaUtility(sc, offer), gov: govUtility(sc, next.hidden.govReadAcrossBp, offer) },
    })),
  };
  next = { ...next, history: [...state.history, summary] };

  // 7 END
  const lastWeek = state.week + 1 >= sc.horizonWeeks;
  const collapsed = ratified === null && law.mandate === null && law.ballot?.status !== 'open' && law.failedInRow >= sc.law.collapseAfterFailedBallots;
  let kind: OutcomeKind | null = null;
  if (ratified) kind = 'deal';
  else if (collapsed) kind = 'collapse';
  else if (lastWeek) kind = next.gov.imposed ? 'imposed' : 'deadline';
  if (kind) {
    const terms = kind === 'deal' ? ratified! : next.negotiation.statusQuo;
    const outcome = { kind, week: state.week, terms: kind === 'deadline' ? null : terms, scores: scoreGame(next, terms, kind) };
    events.push({ type: 'gameEnded', outcome });
    next = { ...next, outcome };
  }
  events.push({ type: 'weekResolved', week: state.week });
  return {
    state: {
      ...next,
      week: kind ? state.week : state.week + 1,
      turn: { bma: { actions: [], ended: kind !== null }, gov: { actions: [], ended: kind !== null } },
      rng: { ai: drawInt(state.rng.ai, 0, 1)[1] },
    },
    events,
  };
};
