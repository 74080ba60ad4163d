/**
 * Three to five key moments of a game, picked from its log: the first strike, each side's biggest concession,
 * ballots and members' votes, an imposed award, and the end. Where the AI made the move, its reason code and
 * what it said are attached, so students can check the opponent's reasoning against what they now know.
 */
import { isoFromDay, weekStart } from '../calendar';
import type { Decision } from '../ai/decision';
import type { LoggedWeek } from '../replay-log';
import type { Scenario } from '../scenario/types';
import { capitalise, theSide } from '../scenario/words';
import type { ActionType, GameState, SideId } from '../types';
import { unionUtility, employerUtility } from '../utility';
import { describeOffer, thousands } from '../ai/messages';

export interface KeyMoment {
  readonly week: number;
  readonly date: string;
  readonly title: string;
  readonly detail: string;
  readonly side?: SideId;
  /** The AI's reason code and words for the move, when the AI made it. */
  readonly reason?: string;
  readonly said?: string;
}

type DecideFor = (state: GameState, side: SideId) => Decision[];

const pct = (bp: number) => `${(bp / 100).toFixed(1)}%`;
const name = (scenario: Scenario, side: SideId) => scenario.sides[side].shortName;

/** `weeks` is the game's log replayed week by week (`replayLog`); `final` the state it leaves. */
export const keyMoments = (scenario: Scenario, weeks: readonly LoggedWeek[], final: GameState, decideFor: DecideFor): KeyMoment[] => {
  const events = weeks.flatMap((w) => w.events.map((event) => ({ week: w.week, event })));
  // The AI's reasons are asked again from the week's start, as it decided then (it is deterministic).
  const why = (week: number, side: SideId, type: ActionType): Pick<KeyMoment, 'reason' | 'said'> => {
    const state = weeks.find((w) => w.week === week)?.start;
    if (!state) return {};
    const d = decideFor(state, side).find((x) => x.action.type === type);
    return d ? { reason: d.reason, ...(d.message ? { said: d.message } : {}) } : {};
  };
  const at = (week: number) => isoFromDay(weekStart(scenario.startDay, week));
  const candidates: (KeyMoment & { priority: number })[] = [];

  const firstStrike = events.find((e) => e.event.type === 'strikeDaysHeld');
  if (firstStrike && firstStrike.event.type === 'strikeDaysHeld') {
    const e = firstStrike.event;
    const call = events.find((x) => x.event.type === 'strikeCalled');
    candidates.push({
      priority: 1,
      week: firstStrike.week,
      date: at(firstStrike.week),
      title: 'The first strike days',
      detail: `${e.days.length} strike day${e.days.length === 1 ? '' : 's'} this week with ${pct(e.participationBp)} of members out; ${thousands(e.rescheduled)} episodes rescheduled.`,
      side: 'union',
      ...(call ? why(call.week, 'union', 'callStrike') : {}),
    });
  }

  for (const side of ['union', 'employer'] as const) {
    const own = (offer: readonly number[]) => (side === 'union' ? unionUtility(scenario, offer) : employerUtility(scenario, final.hidden.employerReadAcrossBp, offer));
    let prev: number | null = null;
    let biggest: { week: number; drop: number; offer: readonly number[] } | null = null;
    for (const h of final.history) {
      for (const o of h.offers) {
        if (o.from !== side) continue;
        const u = own(o.offer);
        if (prev !== null && prev - u > (biggest?.drop ?? 0)) biggest = { week: h.week, drop: prev - u, offer: o.offer };
        prev = u;
      }
    }
    if (biggest) {
      candidates.push({
        priority: 2,
        week: biggest.week,
        date: at(biggest.week),
        title: `${name(scenario, side)}'s biggest concession`,
        detail: `It gave up ${(biggest.drop / 100).toFixed(1)} points of its own utility in one move, offering ${describeOffer(scenario, biggest.offer)}.`,
        side,
        ...why(biggest.week, side, 'propose'),
      });
    }
  }

  for (const { week, event } of events) {
    if (event.type === 'ballotClosed') {
      candidates.push({
        priority: 3,
        week,
        date: at(week),
        title: event.won ? 'A new mandate' : 'A ballot fails',
        detail: `Turnout ${pct(event.turnoutBp)}, ${pct(event.yesBp)} yes${event.won ? '' : `: ${event.failedTest}`}.`,
        side: 'union',
      });
    } else if (event.type === 'referendumClosed') {
      candidates.push({ priority: 2, week, date: at(week), title: event.passed ? 'Members accept' : 'Members reject the deal', detail: `${pct(event.yesBp)} voted yes on ${describeOffer(scenario, event.terms)}.`, side: 'union' });
    } else if (event.type === 'awardImposed') {
      candidates.push({ priority: 2, week, date: at(week), title: 'An award is imposed', detail: `${capitalise(theSide(scenario.vocabulary, 'employer'))} implemented ${describeOffer(scenario, event.terms)} without agreement.`, side: 'employer', ...why(week, 'employer', 'imposeAward') });
    } else if (event.type === 'mandateExpired') {
      candidates.push({ priority: 4, week, date: at(week), title: 'The mandate lapses', detail: 'Without a live mandate the union cannot lawfully strike.', side: 'union' });
    }
  }

  const outcome = final.outcome;
  const end: KeyMoment | null = outcome
    ? {
        week: outcome.week,
        date: at(outcome.week),
        title: { deal: 'A deal', imposed: 'Terms imposed', deadline: 'No agreement by the end', collapse: 'The dispute collapses' }[outcome.kind],
        detail: `${outcome.terms ? describeOffer(scenario, outcome.terms) : 'Nothing changed'}. Scores: ${name(scenario, 'union')} ${outcome.scores.union}, ${name(scenario, 'employer')} ${outcome.scores.employer}.`,
      }
    : null;

  const picked = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.priority - b.c.priority || a.c.week - b.c.week || a.i - b.i)
    .slice(0, end ? 4 : 5)
    .map(({ c }) => {
      const { priority: _p, ...moment } = c;
      void _p;
      return moment as KeyMoment;
    });
  return [...picked, ...(end ? [end] : [])].sort((a, b) => a.week - b.week);
};
