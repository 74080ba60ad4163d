/**
 * What offers are worth. The BMA values a weighted sum of per-issue values (members' utility); the Government
 * values money: the cost of the terms over its horizon, multiplied up where other public-sector groups would
 * claim the same (read-across). Both are on a 0..10000 scale; walk-away values sit on the same scales.
 */
import { BP, divRound, interpolate } from './fixed';
import { err, ok, type Result } from './result';
import type { Issue, Scenario } from './scenario/types';
import type { Offer, OfferTerms, Rejection } from './types';

/** Converts written terms to grid indexes; missing issues take `base` (the status quo). */
export const offerFromTerms = (scenario: Scenario, terms: unknown, base: Offer): Result<Offer, Rejection> => {
  if (terms === null || typeof terms !== 'object' || Array.isArray(terms)) {
    return err({ reason: 'malformed', message: 'An offer must list issues and values, for example { "pay": 4 }.' });
  }
  const offer = [...base];
  for (const [issueId, value] of Object.entries(terms as Record<string, unknown>)) {
    const i = scenario.issues.findIndex((issue) => issue.id === issueId);
    if (i < 0) {
      const ids = scenario.issues.map((issue) => issue.id).join(', ');
      return err({ reason: 'unknown-issue', message: `"${issueId}" is not an issue in this dispute (the issues are ${ids}).` });
    }
    const issue = scenario.issues[i]!;
    const idx = typeof value === 'number' ? issue.values.findIndex((v) => Math.abs(v - value) < 1e-9) : -1;
    if (idx < 0) {
      const lo = issue.values[0];
      const hi = issue.values[issue.values.length - 1];
      return err({ reason: 'off-grid', message: `${String(value)} is not a level of ${issue.label}; use a value from ${lo} to ${hi} in steps on its grid (${issue.values.slice(0, 4).join(', ')}, …).` });
    }
    offer[i] = idx;
  }
  return ok(offer);
};

export const termsFromOffer = (scenario: Scenario, offer: Offer): OfferTerms => {
  const terms: Record<string, number> = {};
  scenario.issues.forEach((issue, i) => {
    terms[issue.id] = issue.values[offer[i] ?? issue.statusQuo] ?? 0;
  });
  return terms;
};

export const statusQuoOffer = (scenario: Scenario): Offer => scenario.issues.map((issue) => issue.statusQuo);

/** The BMA's utility of an offer, bp. */
export const unionUtility = (scenario: Scenario, offer: Offer): number => {
  let total = 0;
  scenario.issues.forEach((issue, i) => {
    total += issue.unionWeightBp * (issue.unionValueBp[offer[i] ?? issue.statusQuo] ?? 0);
  });
  return divRound(total, BP);
};

const valueCurves = new WeakMap<Issue, (readonly [number, number])[]>();

/** Members' value (bp) of a headline level given in hundredths of its unit, between grid points. */
const headlineValueAt = (issue: Issue, levelX100: number): number => {
  let curve = valueCurves.get(issue);
  if (!curve) valueCurves.set(issue, (curve = issue.values.map((v, i) => [Math.round(v * 100), issue.unionValueBp[i]!] as const)));
  return interpolate(curve, levelX100);
};

/** The BMA's walk-away: the headline at the members' resistance point, the rest as they stand. */
export const unionWalkAway = (scenario: Scenario, resistanceX100: number, statusQuo: Offer): number => {
  let total = 0;
  scenario.issues.forEach((issue, i) => {
    const own = issue.unionValueBp[statusQuo[i] ?? issue.statusQuo] ?? 0;
    const value = i === 0 ? Math.max(own, headlineValueAt(issue, resistanceX100)) : own;
    total += issue.unionWeightBp * value;
  });
  return divRound(total, BP);
};

/**
 * Effective cost to the employer of one issue at a grid level, £k: its direct cost (counted once when it is a
 * one-off payment, else each year of the horizon), multiplied up by the issue's share of the read-across
 * (`readAcrossBp`, 10000 = ×1 extra).
 */
export const issueCostK = (scenario: Scenario, issue: Issue, level: number, readAcrossBp: number): number => {
  const cost = issue.employerCostK[level] ?? 0;
  const share = issue.readAcross ? (issue.readAcrossShareBp ?? BP) : 0;
  const withReadAcross = share === BP ? divRound(cost * (BP + readAcrossBp), BP) : share === 0 ? cost : divRound(cost * (BP + divRound(readAcrossBp * share, BP)), BP);
  return withReadAcross * (issue.oneOff ? 1 : scenario.costs.horizonYears);
};

/** Effective cost to the Government of terms over its horizon, £k, with read-across (`readAcrossBp`, 10000 = ×1 extra). */
export const employerCostK = (scenario: Scenario, readAcrossBp: number, offer: Offer): number => {
  let total = 0;
  scenario.issues.forEach((issue, i) => {
    total += issueCostK(scenario, issue, offer[i] ?? issue.statusQuo, readAcrossBp);
  });
  return total;
};

const scaleCache = new WeakMap<Scenario, number>();

/** The Government's utility scale: the effective cost of the dearest terms at the highest read-across. */
export const employerScaleK = (scenario: Scenario): number => {
  const cached = scaleCache.get(scenario);
  if (cached !== undefined) return cached;
  const dearest = scenario.issues.map((issue) => issue.employerCostK.indexOf(Math.max(...issue.employerCostK)));
  const scale = Math.max(1, employerCostK(scenario, scenario.costs.readAcrossMaxBp, dearest));
  scaleCache.set(scenario, scale);
  return scale;
};

/** The Government's utility of a cost (terms plus any dispute cost), bp; may go below 0 for ruinous costs. */
export const employerUtilityOfCost = (scenario: Scenario, costK: number): number =>
  Math.max(-BP, BP - divRound(costK * BP, employerScaleK(scenario)));

export const employerUtility = (scenario: Scenario, readAcrossBp: number, offer: Offer): number =>
  employerUtilityOfCost(scenario, employerCostK(scenario, readAcrossBp, offer));

/** Direct yearly cost of terms against the original status quo, £k (no read-across): the figure reported. */
export const directCostKPerYear = (scenario: Scenario, offer: Offer): number => {
  let total = 0;
  scenario.issues.forEach((issue, i) => {
    total += issue.employerCostK[offer[i] ?? issue.statusQuo] ?? 0;
  });
  return total;
};

export const sameOffer = (a: Offer, b: Offer): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
