/**
 * Numbers outside plausible ranges. The schema's hard limits keep the engine safe; these softer ranges catch
 * unit slips (a day's pay in £k, a strike day's cost in £ rather than £m) and settings that make the game
 * degenerate (a demand that halves in two strike days). Ranges are wide enough for small fictional disputes;
 * where a figure only makes sense relative to another, the rule compares the two.
 */
import { parsePath } from '../sim/scenario/figures';
import { warning, type Problem } from '../sim/scenario/problem';
import type { LintContext } from './lint-context';
import type { BacklogHarm } from '../sim/scenario/types';

interface Rule {
  readonly path: string;
  readonly min: number;
  readonly max: number;
  /** What the number is, for the message: "a day's pay in pounds". */
  readonly what: string;
  /**
   * The upper limit instead of `max` where the contract's expiry is the deadline (`law.contractExpires`, North
   * American bargaining): there a strike is open-ended and runs every day until a deal.
   */
  readonly maxOpenEnded?: number;
}

const RULES: readonly Rule[] = [
  { path: 'horizonWeeks', min: 4, max: 156, what: 'the length of the game in weeks' },
  { path: 'law.ballotWindowWeeks', min: 1, max: 12, what: 'how long a ballot stays open, in weeks' },
  { path: 'law.maxStrikeDaysPerCall', min: 1, max: 14, what: 'the longest strike one call may give notice of, in days' },
  { path: 'law.rules.noticeDays', min: 0, max: 42, what: "the days' notice a strike needs" },
  { path: 'law.rules.mandateDays', min: 28, max: 730, what: 'how long a mandate lasts, in days' },
  { path: 'members.entitled', min: 10, max: 5_000_000, what: 'the members entitled to vote' },
  { path: 'members.dailyPay', min: 20, max: 2_000, what: "a member's day's pay, in whole units of the scenario's currency (not thousands)" },
  { path: 'members.resistanceRetainedPerStrikeDay', min: 0.8, max: 1, what: 'the share of the demand above the floor kept after each strike day (0.8 halves it in three days)' },
  { path: 'members.participation.max', min: 0.02, max: 0.95, what: 'the most members who strike on a day' },
  { path: 'members.morale.perStrikeDay', min: 0, max: 0.05, what: 'morale lost per strike day' },
  { path: 'ballot.turnoutBase', min: 0.1, max: 0.98, what: 'the turnout a new ballot starts from' },
  { path: 'referendum.passMark', min: 0.3, max: 0.8, what: "the yes share a members' vote needs" },
  { path: 'referendum.weeks', min: 1, max: 8, what: "how long a members' vote runs, in weeks" },
  { path: 'harm.removalsSharePerWeek', min: 0, max: 0.05, what: 'the share of the list removed by validation each week' },
  { path: 'harm.lostShareAtReference', min: 0, max: 0.8, what: 'the share of planned care lost on a strike day at the reference turnout' },
  { path: 'costs.strikeDayMAtReference', min: 0.001, max: 500, what: "a strike day's cost to the employer, in millions of the scenario's currency (not units)" },
  { path: 'costs.horizonYears', min: 1, max: 5, what: 'the years a rise is counted over' },
  { path: 'costs.readAcrossMin', min: 0, max: 5, what: 'the extra cost of other groups claiming the same rise, as a multiple' },
  { path: 'costs.readAcrossMax', min: 0, max: 5, what: 'the extra cost of other groups claiming the same rise, as a multiple' },
  { path: 'costs.planningWeeks', min: 4, max: 104, what: 'the weeks ahead the employer counts dispute costs over' },
  { path: 'costs.expectedStrikeDaysPerWeek', min: 0, max: 3, maxOpenEnded: 7, what: 'the strike days a week the employer expects under a mandate' },
  { path: 'opinion.reversionPerWeek', min: 0, max: 0.6, what: 'how fast opinion returns to its target each week' },
  { path: 'opinion.payMemory.netPointsPerPercent', min: 0, max: 5, what: 'net support lost per percent of pay paid since the start' },
  { path: 'opinion.fatigue.netPointsPerStrikeDay', min: 0, max: 5, what: 'net support lost per remembered strike day' },
  { path: 'opinion.salience.perStrikeDay', min: 0, max: 0.2, what: 'salience gained per strike day' },
];

const numberAt = (data: unknown, path: string): number | undefined => {
  let node: unknown = data;
  for (const part of parsePath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  if (typeof node === 'number') return node;
  if (node !== null && typeof node === 'object' && typeof (node as { value?: unknown }).value === 'number') return (node as { value: number }).value;
  return undefined;
};

const fmt = (n: number): string => (Math.abs(n) >= 1000 ? String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(Number(n.toPrecision(4))));

/** Plausibility of a waiting list's flows: a list that drifts with no strikes, referrals and planned care out of scale. */
const backlogRelations = (n: BacklogHarm, horizonWeeks: number): Problem[] => {
  const out: Problem[] = [];
  const drift = n.referralsPerWeek - n.capacityPerWeek - Math.round((n.waitingList * n.removalsBp) / 10000);
  const overGame = drift * horizonWeeks;
  if (n.waitingList > 0 && Math.abs(overGame) > n.waitingList * 0.15) {
    out.push(
      warning(
        'implausible',
        'harm.capacityPerWeek',
        `with no strikes the waiting list would ${drift > 0 ? 'grow' : 'shrink'} by about ${fmt(Math.abs(drift))} a week, ${Math.round((Math.abs(overGame) / n.waitingList) * 100)}% over the game`,
        `balance referralsPerWeek against capacityPerWeek plus removals (${fmt(Math.round((n.waitingList * n.removalsBp) / 10000))} a week), unless the trend is intended and sourced`,
      ),
    );
  }
  const referralShare = n.waitingList > 0 ? n.referralsPerWeek / n.waitingList : 0;
  if (n.waitingList > 0 && (referralShare < 0.005 || referralShare > 0.3)) {
    out.push(warning('implausible', 'harm.referralsPerWeek', `weekly referrals are ${(referralShare * 100).toFixed(1)}% of the list; expected 0.5%–30%`, 'check both figures are in pathways (not thousands)'));
  }
  const plannedWeek = n.plannedEpisodesPerWeekday * 5;
  if (n.capacityPerWeek > 0 && (plannedWeek < n.capacityPerWeek * 0.5 || plannedWeek > n.capacityPerWeek * 12)) {
    out.push(warning('implausible', 'harm.plannedEpisodesPerWeekday', `five weekdays of planned care (${fmt(plannedWeek)}) are ${(plannedWeek / n.capacityPerWeek).toFixed(1)} times the weekly capacity; expected 0.5–12 times`, 'planned episodes include follow-ups, so they exceed clock stops, but not by orders of magnitude'));
  }
  return out;
};

export const lintRanges = ({ file, scenario }: LintContext): Problem[] => {
  const out: Problem[] = [];
  const openEnded = scenario.law.contractExpiryDay !== undefined;
  for (const rule of RULES) {
    const v = numberAt(file, rule.path);
    const max = openEnded && rule.maxOpenEnded !== undefined ? rule.maxOpenEnded : rule.max;
    if (v === undefined || (v >= rule.min && v <= max)) continue;
    out.push(
      warning('implausible', rule.path, `${fmt(v)} is outside the plausible range ${fmt(rule.min)}–${fmt(max)} for ${rule.what}`, `check the unit and the value; if it is right, say why in a note`),
    );
  }

  // Relations between figures.
  if (scenario.harm.kind === 'backlog') out.push(...backlogRelations(scenario.harm, scenario.horizonWeeks));
  const m = scenario.members;
  const headline = scenario.issues[0]!;
  const top = headline.values[headline.values.length - 1]!;
  if (m.resistanceOpeningX100 > Math.round(top * 100)) {
    out.push(warning('implausible', 'members.resistanceOpeningPay', `members start out demanding ${m.resistanceOpeningX100 / 100}, beyond the top of the ${headline.id} grid (${top})`, `extend the grid of "${headline.id}" past the demand, or lower the demand`));
  }
  if (m.resistanceFloorMaxX100 > m.resistanceOpeningX100) {
    out.push(warning('implausible', 'members.resistanceFloorMax', `the members' floor can be drawn above their opening demand (${m.resistanceFloorMaxX100 / 100} > ${m.resistanceOpeningX100 / 100})`, 'keep resistanceFloorMax at or below resistanceOpeningPay'));
  }
  return out;
};
