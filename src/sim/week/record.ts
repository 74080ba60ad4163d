/** 6 RECORD: the week's summary: opinion, the NHS, costs, members, walk-away values and the offers' utilities. */
import { blameShares, publicShares } from '../opinion';
import type { WeekSummary } from '../types';
import { unionUtility, employerUtility } from '../utility';
import { walkAwayOf } from '../walkaway';
import type { Phase } from './types';

export const recordPhase: Phase = (week) => {
  const { start, state, notes } = week;
  const sc = start.scenario;
  const backlog = notes.backlog!; // the systems phase has run
  const shares = publicShares(sc, state.opinion);
  const blame = blameShares(sc, state.opinion);
  const summary: WeekSummary = {
    week: start.week,
    supportBp: shares.supportBp,
    opposeBp: shares.opposeBp,
    waitingList: backlog.nhs.waitingList,
    strikeDays: notes.strikeDays.length,
    rescheduled: backlog.rescheduled,
    plannedCareKeptBp: backlog.plannedCareKeptBp,
    strikeCostK: state.employer.strikeCostK,
    payCostKPerYear: notes.payCostKPerYear,
    moraleBp: state.union.moraleBp,
    angerBp: state.union.angerBp,
    participationBp: notes.participationBp,
    salienceBp: state.opinion.salienceBp,
    blameEmployerBp: blame.employerBp,
    blameUnionBp: blame.unionBp,
    walkAway: { union: walkAwayOf(state, 'union'), employer: walkAwayOf(state, 'employer') },
    offers: notes.offers.map(({ from, offer }) => ({
      from,
      offer,
      utility: { union: unionUtility(sc, offer), employer: employerUtility(sc, state.hidden.employerReadAcrossBp, offer) },
    })),
  };
  return { week: { ...week, state: { ...state, history: [...start.history, summary] } }, events: [] };
};
