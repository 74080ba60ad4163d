// The debrief's harm tab ("Public & <service>"), chosen by the scenario's harm model: its charts and its figures
// in the model's own terms, every word from the scenario's vocabulary and every sum of money through `money`.
//   backlog: the stock week by week, and the flows strikes added and catch-up cleared;
//   lostService: units lost each week and in total, and the share the contingency service kept running;
//   lostOutput: output lost, orders unfilled and stock left in units, and revenue lost and the cost of stock
//   and catch-up in money.
import { capitalise, theHarm, theSide, valueOfUnitLost, type Debrief, type HarmRecordWeek, type Scenario } from '../sim/index';
import type { ChartSpec } from './chart-spec';
import { backlogFlowChart, backlogStockChart, lostOutputMoneyChart, lostOutputUnitsChart, lostServiceChart, lostServiceKeptChart } from './debrief-harm-charts';
import { count, millions, money, pct, signed } from './format';

export interface HarmFigure {
  readonly label: string;
  readonly value: string;
}

export interface HarmTabView {
  /** The tab's name: the public and the service, in the scenario's words. */
  readonly label: string;
  /** The heading of the figures panel. */
  readonly heading: string;
  /** The model's two charts: its level or units over time, then its flows, share kept or money. */
  readonly charts: readonly [ChartSpec, ChartSpec];
  readonly figures: readonly HarmFigure[];
  /** What the model teaches, in a sentence or two. */
  readonly idea: string;
}

const sum = (weeks: readonly HarmRecordWeek[], pick: (w: HarmRecordWeek) => number): number => weeks.reduce((s, w) => s + pick(w), 0);

/** The share of units planned on strike days that ran, over all of them, bp (10000 with no strike days). */
export const keptShareBp = (weeks: readonly HarmRecordWeek[]): number => {
  const planned = sum(weeks, (w) => w.planned);
  return planned === 0 ? 10000 : Math.round(((planned - sum(weeks, (w) => w.lost)) * 10000) / planned);
};

function backlogTab(scenario: Scenario, d: Debrief, startLevel: number): Omit<HarmTabView, 'label'> {
  const cash = (k: number): string => money(k, scenario.vocabulary.currency);
  const v = scenario.vocabulary;
  const weeks = d.harm;
  const end = weeks[weeks.length - 1]?.level ?? startLevel;
  return {
    heading: `${capitalise(v.harm.name)} in figures`,
    charts: [backlogStockChart(v, weeks, startLevel), backlogFlowChart(v, weeks)],
    figures: [
      { label: 'At the start', value: `${millions(startLevel)} ${v.harm.unit.plural}` },
      { label: 'At the end', value: `${millions(end)} ${v.harm.unit.plural} (${signed(end - startLevel)})` },
      { label: 'Added by strikes', value: `${count(sum(weeks, (w) => w.addedByStrikes))} ${v.harm.unit.plural}` },
      { label: 'Cleared by catch-up', value: `${count(sum(weeks, (w) => w.caughtUp))} ${v.harm.unit.plural}` },
      { label: 'Catch-up bought', value: cash(Math.round(d.costs.employer.catchUpM * 1000)) },
      { label: `${capitalise(v.harm.lost.plural)} rescheduled`, value: count(sum(weeks, (w) => w.lost)) },
    ],
    idea:
      `${capitalise(theHarm(v))} is a stock: ${v.harm.unit.plural} flow in and out every week, strike or not. ` +
      `A strike adds to it the work its cancelled ${v.harm.lost.plural} would have done; only catch-up bought by ${theSide(v, 'employer')} clears that faster than the ordinary flow.`,
  };
}

function lostServiceTab(scenario: Scenario, d: Debrief): Omit<HarmTabView, 'label'> {
  const cash = (k: number): string => money(k, scenario.vocabulary.currency);
  const v = scenario.vocabulary;
  const h = scenario.harm;
  const weeks = d.harm;
  const lost = sum(weeks, (w) => w.lost);
  const worst = weeks.reduce<HarmRecordWeek | null>((best, w) => (w.lost > (best?.lost ?? 0) ? w : best), null);
  const contingency = v.harm.contingency ?? 'the contingency service';
  return {
    heading: `${capitalise(v.harm.name)} in figures`,
    charts: [lostServiceChart(v, weeks), lostServiceKeptChart(v, weeks)],
    figures: [
      { label: `${capitalise(v.harm.lost.plural)} lost`, value: count(lost) },
      { label: 'Worst week', value: worst ? `week ${worst.week + 1}: ${count(worst.lost)}` : 'none' },
      { label: `Kept running by ${contingency}`, value: `${count(sum(weeks, (w) => w.planned - w.lost))} (${pct(keptShareBp(weeks))} of those planned on strike days)` },
      { label: `What the ${v.harm.lost.plural} lost cost`, value: cash((lost * valueOfUnitLost(h)) / 1000) },
      { label: 'Strike days', value: count(sum(weeks, (w) => w.strikeDays)) },
    ],
    idea:
      `${capitalise(v.harm.lost.plural)} a strike cancels are lost for good: nothing queues, so nothing is made up later. ` +
      `${capitalise(contingency)} keeps a share running on strike days; the rest is the harm the public feels.`,
  };
}

function lostOutputTab(scenario: Scenario, d: Debrief): Omit<HarmTabView, 'label'> {
  const cash = (k: number): string => money(k, scenario.vocabulary.currency);
  const v = scenario.vocabulary;
  const h = scenario.harm;
  const weeks = d.harm;
  const margin = valueOfUnitLost(h);
  const stockStart = h.kind === 'lostOutput' ? h.inventoryUnits : 0;
  const stockEnd = weeks[weeks.length - 1]?.stock ?? stockStart;
  const lost = sum(weeks, (w) => w.lost);
  const peak = Math.max(0, ...weeks.map((w) => w.level));
  const stockCostK = h.kind === 'lostOutput' ? (sum(weeks, (w) => w.fromStock) * h.inventoryCostPerUnit) / 1000 : 0;
  const catchUpCostK = h.kind === 'lostOutput' ? (sum(weeks, (w) => w.caughtUp) * h.catchUpCostPerUnit) / 1000 : 0;
  const stock = v.harm.stock?.plural ?? 'units in stock';
  return {
    heading: `${capitalise(v.harm.name)} in figures`,
    charts: [lostOutputUnitsChart(v, weeks, stockStart), lostOutputMoneyChart(weeks, scenario)],
    figures: [
      { label: `${capitalise(v.harm.lost.plural)} not made`, value: count(lost) },
      { label: 'Revenue lost', value: cash((lost * margin) / 1000) },
      { label: capitalise(stock), value: `${count(stockStart)} at the start, ${count(stockEnd)} at the end` },
      { label: capitalise(v.harm.name), value: `${count(weeks[weeks.length - 1]?.level ?? 0)} at the end (${count(peak)} at most)` },
      { label: 'Made up by overtime', value: count(sum(weeks, (w) => w.caughtUp)) },
      { label: 'Cost of stock and catch-up', value: `${cash(stockCostK + catchUpCostK)} (stock ${cash(stockCostK)}, overtime ${cash(catchUpCostK)})` },
    ],
    idea:
      `Finished stock is a buffer: ${v.harm.lost.plural} not made are met from it first, and customers go short (${v.harm.name}) only when it runs out. ` +
      `Overtime makes orders up in weeks without strikes, at a cost; the revenue lost on each ${v.harm.lost.singular} not made is gone.`,
  };
}

/** The harm tab for the scenario's harm model; `startLevel` is the harm level at the start of the game. */
export function harmTab(scenario: Scenario, d: Debrief, startLevel: number): HarmTabView {
  const label = `Public & ${capitalise(scenario.vocabulary.service.name)}`;
  switch (scenario.harm.kind) {
    case 'backlog':
      return { label, ...backlogTab(scenario, d, startLevel) };
    case 'lostService':
      return { label, ...lostServiceTab(scenario, d) };
    case 'lostOutput':
      return { label, ...lostOutputTab(scenario, d) };
  }
}
