/**
 * 5 SYSTEMS: the harm model, costs, members' morale and anger, and public opinion move on a week; a mandate
 * that ends before next Monday then lapses, so next week's choices see the law as it will stand.
 */
import { divRound } from '../fixed';
import { advanceHarm, isWinterWeek } from '../harm';
import { advanceMembers } from '../members';
import { advanceOpinion, publicShares } from '../opinion';
import type { GameState, SimEvent } from '../types';
import { treasuryIntervenes, TREASURY_PRESSURE_BP } from '../treasury';
import { directCostKPerYear, sameOffer } from '../utility';
import { headlinePctX100, type Phase, type PhaseResult, type WeekInProgress } from './types';

/**
 * Each side's public position after this week's offers (the headline of its latest offer), and whether the
 * Government tabled a derisory offer: new terms whose headline falls below the public's reasonable level and
 * that concede nothing beyond its earlier offers. Restating the offer already standing is not new.
 */
const publicPositions = (week: WeekInProgress): { employerX100: number; unionX100: number; derisory: boolean } => {
  const { start, notes } = week;
  let employerX100 = start.opinion.employerBestX100;
  let unionX100 = start.opinion.unionClaimX100;
  let derisory = false;
  for (const { from, offer } of notes.offers) {
    const x100 = headlinePctX100(start, offer);
    if (from === 'union') {
      unionX100 = x100;
      continue;
    }
    employerX100 = x100;
    const before = start.negotiation.standing.employer;
    const restated = before !== null && sameOffer(before.offer, offer);
    const conceded = week.state.opinion.concededWeek.employer === start.week;
    if (!restated && !conceded && offer[0]! < start.scenario.opinion.blame.reasonablePayIndex) derisory = true;
  }
  return { employerX100, unionX100, derisory };
};

/** Weeks since the union last called action or the Government last conceded (the game's start counts as both). */
const idleWeeks = (start: GameState): number => {
  const lastCall = start.strikes.calls.reduce((w, c) => Math.max(w, c.calledWeek), 0);
  return start.week - Math.max(lastCall, start.opinion.concededWeek.employer ?? 0);
};

const advanceSystems = (week: WeekInProgress): PhaseResult => {
  const { start, state, notes } = week;
  const sc = start.scenario;
  const events: SimEvent[] = [];
  const strikeDays = notes.strikeDays;
  const backlog = advanceHarm(sc, { ...state, nhs: { ...start.nhs, capacityShock: notes.capacityShock } }, notes.monday, strikeDays, notes.participationBp);
  if (strikeDays.length > 0) {
    events.push({
      type: 'strikeDaysHeld',
      days: [...strikeDays],
      participationBp: notes.participationBp,
      rescheduled: backlog.rescheduled,
      costK: notes.strikeCostK,
      noStrikePay: notes.noStrikePay,
    });
  }
  const payCostKPerYear = directCostKPerYear(sc, state.negotiation.statusQuo);
  let employer = {
    ...state.employer,
    catchUpEpisodesPending: backlog.catchUpEpisodesPending,
    strikeCostK: state.employer.strikeCostK + backlog.extraCostK,
    headroomK: state.employer.headroomK - notes.strikeCostK - backlog.extraCostK - divRound(payCostKPerYear, 52),
  };
  if (treasuryIntervenes(sc, employer)) {
    employer = { ...employer, treasuryWeek: start.week };
    events.push({ type: 'treasuryIntervened', headroomK: employer.headroomK, pressureBp: TREASURY_PRESSURE_BP });
  }
  const positions = publicPositions(week);
  const members = advanceMembers(sc, state.union, start.hidden.unionFloorX100, {
    strikeDays: strikeDays.length,
    supportBp: publicShares(sc, start.opinion).supportBp,
    moraleBp: notes.fx.moraleBp,
    angerBp: notes.fx.angerBp,
    derisoryOffer: positions.derisory,
    idleWeeks: idleWeeks(start),
  });
  const opinion = advanceOpinion(sc, start.opinion, {
    strikeDays: strikeDays.length,
    winter: isWinterWeek(sc, notes.monday),
    cancelledTrue: backlog.cancelledTrue,
    payAwardedX100: notes.payAwardedX100,
    employerBestX100: positions.employerX100,
    unionClaimX100: positions.unionX100,
    shockBp: notes.fx.supportBp,
    salienceBp: notes.fx.salienceBp,
    blameBp: notes.fx.blameBp,
  });
  const next = {
    ...state,
    union: { ...state.union, ...members },
    employer,
    nhs: backlog.nhs,
    opinion,
    strikes: { calls: state.strikes.calls, daysHeld: start.strikes.daysHeld + strikeDays.length },
    firedEvents: notes.fired.length > 0 ? [...start.firedEvents, ...notes.fired.map((e) => e.id)] : start.firedEvents,
  };
  return { week: { ...week, state: next, notes: { ...notes, backlog, payCostKPerYear } }, events };
};

/** A mandate that ends before next Monday lapses now. */
const lapseMandate = (week: WeekInProgress): PhaseResult => {
  const law = week.state.law;
  if (!law.mandate || law.mandate.until >= week.notes.sunday + 1) return { week, events: [] };
  return { week: { ...week, state: { ...week.state, law: { ...law, mandate: null } } }, events: [{ type: 'mandateExpired', on: law.mandate.until }] };
};

export const systemsPhase: Phase = (week) => {
  const systems = advanceSystems(week);
  const lapse = lapseMandate(systems.week);
  return { week: lapse.week, events: [...systems.events, ...lapse.events] };
};
