/**
 * 4 ACTIONS: the BMA's strike calls and ballots; the Government's imposed awards and catch-up funding; both
 * sides' statements. Strike calls and imposed awards wait while a deal is before members or ratified.
 */
import { divRound } from '../fixed';
import { reformAppliesOn } from '../law';
import { SIDES } from '../scenario/types';
import type { SimEvent } from '../types';
import { headlinePctX100, queued, withEffect, type Phase, type WeekInProgress } from './types';

export const actionsPhase: Phase = (week: WeekInProgress) => {
  const { start, notes: before } = week;
  const sc = start.scenario;
  const events: SimEvent[] = [];
  let { law, negotiation, strikes } = week.state;
  let notes = before;
  const talksClosed = negotiation.referendum !== null || notes.ratified !== null;

  const call = queued(start, 'bma', 'callStrike');
  if (call && !talksClosed) {
    strikes = { ...strikes, calls: [...strikes.calls, { calledWeek: start.week, start: call.start, days: call.days, suspendedFrom: null }] };
    events.push({ type: 'strikeCalled', start: call.start, days: call.days });
  }
  if (queued(start, 'bma', 'openBallot') && law.ballot?.status !== 'open') {
    const reformRules = reformAppliesOn(sc, notes.monday);
    const closes = notes.monday + sc.law.ballotWindowWeeks * 7;
    law = { ...law, ballot: { opened: notes.monday, closes, status: 'open', turnoutBp: null, yesBp: null, reformRules } };
    events.push({ type: 'ballotOpened', closes, reformRules });
  }
  let gov = { ...week.state.gov, strikeCostK: week.state.gov.strikeCostK + notes.strikeCostK };
  const imposed = queued(start, 'gov', 'imposeAward');
  if (imposed && !talksClosed) {
    notes = { ...notes, payAwardedX100: notes.payAwardedX100 + headlinePctX100(start, imposed.offer) - headlinePctX100(start, negotiation.statusQuo) };
    gov = { ...gov, imposed: imposed.offer };
    negotiation = { ...negotiation, statusQuo: imposed.offer, standing: { bma: null, gov: null } };
    notes = withEffect(notes, sc.reactions.imposedAward);
    events.push({ type: 'awardImposed', terms: imposed.offer });
  }
  const catchUp = queued(start, 'gov', 'fundCatchUp');
  if (catchUp) {
    const gbpK = Math.min(catchUp.gbpK, gov.headroomK);
    const episodes = divRound(gbpK * 1000, Math.max(1, sc.nhs.catchUpCostPerEpisodeGBP));
    gov = { ...gov, headroomK: gov.headroomK - gbpK, catchUpSpentK: gov.catchUpSpentK + gbpK, catchUpEpisodesPending: gov.catchUpEpisodesPending + episodes };
    events.push({ type: 'catchUpFunded', gbpK, episodes });
  }
  for (const side of SIDES) {
    const statement = queued(start, side, 'statement');
    if (!statement) continue;
    notes = withEffect(notes, sc.statements[side][statement.tone]);
    events.push({ type: 'statementMade', side, tone: statement.tone });
  }
  return { week: { ...week, state: { ...week.state, law, negotiation, strikes, gov }, notes }, events };
};
