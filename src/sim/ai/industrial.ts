/**
 * The AI's industrial and policy choices.
 * The union strikes when a strike day is worth more to its members than it costs them (Hicks: each day of
 * action raises what the Government can afford to concede), at the pace its persona sets; it calls action off
 * when an offer closes much of the gap; and it re-ballots before its mandate lapses.
 * The Government presses ahead with planned care when strikes are coming, keeps the NHS's catch-up capacity busy until the
 * list is well down, answers strikes with statements, and (if hardline) imposes its first offer once the union
 * cannot strike.
 */
import { catchUpTerms, harmChange } from '../harm';
import { isoFromDay, type DayNumber } from '../calendar';
import { BP, divRound, mulBp } from '../fixed';
import { participationBp, strikeDayCostK, strikeDaysBetween } from '../industrial';
import { check, earliestStrikeDay, lastDayOfGame, mondayOf } from '../legal';
import { expectedTurnoutBp } from '../law';
import type { Action, Offer } from '../types';
import { bestTheirs } from './bidding';
import { futileStrikes } from './futility';
import { ownUtility, type SideView } from './view';

export interface PolicyChoice {
  readonly action: Action;
  readonly reason: string;
  readonly numbers: Record<string, number>;
  readonly offer?: Offer;
  readonly day?: DayNumber;
}

/** Weeks between the token strike days of a union whose strikes have stopped closing the gap: under the
 *  members' idle grace (members.ts), so their grievance is never left alone long enough to drain morale. */
const TOKEN_GAP_WEEKS = 7;

const upcomingStrikeDays = (view: SideView): number =>
  strikeDaysBetween(view.state.strikes.calls, mondayOf(view.state), Number.MAX_SAFE_INTEGER).length;

/** Weeks since the last strike call (large if none). */
const weeksSinceLastCall = (view: SideView): number => {
  const last = view.state.strikes.calls[view.state.strikes.calls.length - 1];
  return last ? view.state.week - last.calledWeek : 1000;
};

/** What a strike day is worth to members, and what it costs them, both in £k (the checker reads it to say why a union never strikes). */
export const strikeArithmetic = (view: SideView) => {
  const sc = view.scenario;
  const s = view.state;
  const participation = participationBp(sc, s);
  const strikers = mulBp(sc.members.entitled, participation);
  const lostPayK = divRound(strikers * sc.members.dailyPay, 1000);
  // Hicks: the Government should concede up to what strikes cost it. One day costs it about this much...
  const dayCostK = strikeDayCostK(sc, participation, s.employer.mitigationLevel);
  // ...which buys this much of the headline issue, at the public cost per unit and the read-across the union assumes.
  const headline = sc.issues[0]!;
  const top = headline.values.length - 1;
  const readAcross = divRound(sc.costs.readAcrossMinBp + sc.costs.readAcrossMaxBp, 2);
  const perUnitK = divRound(headline.employerCostK[top]! * sc.costs.horizonYears * (BP + readAcross), Math.max(1, Math.round(headline.values[top]! * BP)));
  const gainX100 = divRound(dayCostK * 100, Math.max(1, perUnitK));
  // A unit of the headline is worth a year's pay bill per unit to members, over the same horizon.
  const membersPerUnitK = divRound(sc.members.entitled * sc.members.dailyPay * 365, 100 * 1000) * sc.costs.horizonYears;
  const gainK = divRound(gainX100 * membersPerUnitK, 100);
  return { lostPayK, gainX100, gainK };
};

export const unionIndustrial = (view: SideView, target: number): PolicyChoice[] => {
  const s = view.state;
  const sc = view.scenario;
  const out: PolicyChoice[] = [];
  const standing = s.negotiation.standing.employer;
  const onTable = standing ? ownUtility(view, standing.offer) : ownUtility(view, s.negotiation.statusQuo);
  const gap = target - onTable;

  // Call off action when the Government's latest move closed much of the gap left by the best offer it had
  // tabled before (reciprocating personas): an old package tabled again is not a move.
  const employerOffers = view.theirOffers;
  const best = bestTheirs(view);
  if (view.persona.reciprocityBp >= 5000 && best.before !== null && upcomingStrikeDays(view) > 0) {
    const before = best.before;
    const after = ownUtility(view, employerOffers[employerOffers.length - 1]!.offer);
    if (employerOffers[employerOffers.length - 1]!.week === s.week - 1 && target - before > 0 && (after - before) * 5 >= (target - before) * 2) {
      out.push({ action: { side: 'union', type: 'suspendStrike' }, reason: 'SUSPEND_GOODWILL', numbers: { before, after, aspiration: target } });
    }
  }

  // Strike when it pays and the persona's pace allows.
  const appetite = view.persona.strikeAppetite;
  const { lostPayK, gainX100, gainK } = strikeArithmetic(view);
  const mandate = s.law.mandate;
  // Strikes that have stopped closing the gap (futility.ts) shrink to a token day every TOKEN_GAP_WEEKS: enough
  // to keep members' grievance acted on and the mandate alive, without spending their pay on nothing.
  const futile = appetite > 0 && mandate && upcomingStrikeDays(view) === 0 ? futileStrikes(view) : null;
  if (appetite > 0 && mandate && out.length === 0 && upcomingStrikeDays(view) === 0 && gap > 200 && gainK > lostPayK && s.union.moraleBp >= 3000) {
    const length = futile ? 1 : Math.min(appetite >= 5 ? 5 : 3, sc.law.maxStrikeDaysPerCall);
    const gapWeeks = futile ? TOKEN_GAP_WEEKS : Math.max(2, divRound(4 * length, appetite));
    const start = earliestStrikeDay(s);
    const days = Math.min(length, Math.min(mandate.until, lastDayOfGame(s)) - start + 1);
    const call: Action = { side: 'union', type: 'callStrike', start: isoFromDay(start), days };
    if (days > 0 && weeksSinceLastCall(view) >= gapWeeks && check(s, call).ok) {
      out.push({
        action: call,
        reason: futile ? 'STRIKE_TOKEN' : 'STRIKE_FOR_LEVERAGE',
        numbers: { days, lostPayK, gainX100, gainK, gap, ...(futile ? { daysNeeded: futile.daysNeeded } : {}) },
        day: start,
      });
      out.push({ action: { side: 'union', type: 'statement', tone: view.persona.concessionX100 < 50 ? 'hardline' : 'firm' }, reason: 'STATEMENT_STRIKE_RESPONSE', numbers: {} });
    }
  }

  // Renew the mandate before it lapses.
  const monday = mondayOf(s);
  if (!mandate || mandate.until - monday < 8 * 7) {
    out.push({
      action: { side: 'union', type: 'openBallot' },
      reason: 'RENEW_MANDATE',
      numbers: { mandateDaysLeft: mandate ? mandate.until - monday : 0, expectedTurnout: expectedTurnoutBp(sc, s) },
    });
  }
  return out;
};

export const employerIndustrial = (view: SideView): PolicyChoice[] => {
  const s = view.state;
  const sc = view.scenario;
  const out: PolicyChoice[] = [];
  const strikesComing = upcomingStrikeDays(view) > 0;
  const listGrowth = harmChange(s);

  // Protect planned care when strikes are coming and the list is growing. The Government goes straight to
  // the level where safety stories start; once the list has grown by the pressure level, each lost episode
  // costs more than the rare safety story, so it presses ahead further, in proportion to how far the list
  // has grown past that level (all the way at twice it).
  const safeMax = sc.mitigation.safetyRiskFromLevel;
  const pressureAt = Math.max(1, sc.costs.harmPressureAt);
  const beyond = Math.min(pressureAt, Math.max(0, listGrowth - pressureAt));
  const target = listGrowth <= 0 ? s.employer.mitigationLevel : Math.max(s.employer.mitigationLevel, safeMax + Math.floor(((100 - safeMax) * beyond) / pressureAt));
  if (strikesComing && target > s.employer.mitigationLevel) {
    out.push({ action: { side: 'employer', type: 'setMitigation', level: target }, reason: 'MITIGATE_STRIKE', numbers: { level: target, listGrowth } });
  }

  // Buy catch-up activity until the list has fallen by the pressure level: the waiting list is a public
  // target, and capacity not bought this week is lost (the NHS can deliver only so many extra episodes a
  // week). Keep that capacity busy (top the pipeline up to two weeks of it whenever less than a week is left),
  // as long as the headroom keeps a reserve of eight weeks' purchases for a pay deal.
  const catchUp = catchUpTerms(sc);
  const weeklyM = catchUp ? Math.floor((catchUp.maxPerWeek * catchUp.costPerUnit) / 1_000_000) : 0;
  const gbpM = weeklyM * 2;
  if (catchUp && gbpM > 0 && listGrowth > -pressureAt && s.employer.catchUpEpisodesPending < catchUp.maxPerWeek && s.employer.headroomK >= gbpM * 1000 * 4) {
    out.push({ action: { side: 'employer', type: 'fundCatchUp', gbpM }, reason: 'CATCH_UP_LIST', numbers: { gbpM, listGrowth } });
  }

  // Answer a new strike call in public.
  const calledLastWeek = s.strikes.calls.some((c) => c.calledWeek === s.week - 1);
  if (calledLastWeek) {
    out.push({ action: { side: 'employer', type: 'statement', tone: view.persona.concessionX100 < 50 ? 'hardline' : 'firm' }, reason: 'STATEMENT_STRIKE_RESPONSE', numbers: {} });
  }

  // A hardline Government imposes its first (least generous) offer once the union cannot strike, once.
  const first = view.ownOffers.find((o) => o.offer.some((level, i) => level > s.negotiation.statusQuo[i]!));
  const unionDisarmed = !s.law.mandate && s.law.ballot?.status !== 'open';
  if (unionDisarmed && first && !s.employer.imposed && view.persona.concessionX100 < 50) {
    const terms = Object.fromEntries(sc.issues.map((issue, i) => [issue.id, issue.values[first.offer[i]!]!]));
    out.push({ action: { side: 'employer', type: 'imposeAward', offer: terms }, reason: 'IMPOSE_AWARD', numbers: { week: s.week }, offer: first.offer });
  }
  return out;
};
