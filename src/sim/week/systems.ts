/**
 * 5 SYSTEMS: the waiting list, costs, members' morale and anger, and public opinion move on a week; a mandate
 * that ends before next Monday then lapses, so next week's choices see the law as it will stand.
 */
import { advanceBacklog } from '../backlog';
import { monthOf } from '../calendar';
import { divRound } from '../fixed';
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
const publicPositions = (week: WeekInProgress): { govX100: number; bmaX100: number; derisory: boolean } => {
  const { start, notes } = week;
  let govX100 = start.opinion.govBestX100;
  let bmaX100 = start.opinion.bmaClaimX100;
  let derisory = false;
  for (const { from, offer } of notes.offers) {
    const x100 = headlinePctX100(start, offer);
    if (from === 'bma') {
      bmaX100 = x100;
      continue;
    }
    govX100 = x100;
    const before = start.negotiation.standing.gov;
    const restated = before !== null && sameOffer(before.offer, offer);
    const conceded = week.state.opinion.concededWeek.gov === start.week;
    if (!restated && !conceded && offer[0]! < start.scenario.opinion.blame.reasonablePayIndex) derisory = true;
  }
  return { govX100, bmaX100, derisory };
};

/** Weeks since the union last called action or the Government last conceded (the game's start counts as both). */
const idleWeeks = (start: GameState): number => {
  const lastCall = start.strikes.calls.reduce((w, c) => Math.max(w, c.calledWeek), 0);
  return start.week - Math.max(lastCall, start.opinion.concededWeek.gov ?? 0);
};

const advanceSystems = (week: WeekInProgress): PhaseResult => {
  const { start, state, notes } = week;
  const sc = start.scenario;
  const events: SimEvent[] = [];
  const strikeDays = notes.strikeDays;
  const backlog = advanceBacklog(sc, { ...state, nhs: { ...start.nhs, capacityShock: notes.capacityShock } }, notes.monday, strikeDays, notes.participationBp);
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
  let gov = { ...state.gov, catchUpEpisodesPending: backlog.catchUpEpisodesPending, headroomK: state.gov.headroomK - notes.strikeCostK - divRound(payCostKPerYear, 52) };
  if (treasuryIntervenes(sc, gov)) {
    gov = { ...gov, treasuryWeek: start.week };
    events.push({ type: 'treasuryIntervened', headroomK: gov.headroomK, pressureBp: TREASURY_PRESSURE_BP });
  }
  const positions = publicPositions(week);
  const members = advanceMembers(sc, state.bma, start.hidden.bmaFloorX100, {
    strikeDays: strikeDays.length,
    supportBp: publicShares(sc, start.opinion).supportBp,
    moraleBp: notes.fx.moraleBp,
    angerBp: notes.fx.angerBp,
    derisoryOffer: positions.derisory,
    idleWeeks: idleWeeks(start),
  });
  const opinion = advanceOpinion(sc, start.opinion, {
    strikeDays: strikeDays.length,
    winter: sc.nhs.winterMonths.includes(monthOf(notes.monday + 3)),
    cancelledTrue: backlog.cancelledTrue,
    payAwardedX100: notes.payAwardedX100,
    govBestX100: positions.govX100,
    bmaClaimX100: positions.bmaX100,
    shockBp: notes.fx.supportBp,
    salienceBp: notes.fx.salienceBp,
    blameBp: notes.fx.blameBp,
  });
  const next = {
    ...state,
    bma: { ...state.bma, ...members },
    gov,
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
