// The harm tab's charts as data (ChartSpec), two for each harm model, from the debrief's week-by-week harm
// record. Weeks run along x from the start (0) with strike weeks hatched; each series has its own shape or dash
// besides its colour; each chart carries a summary and a table. Words from the vocabulary, money through `money`.
import { capitalise, theHarm, valueOfUnitLost, type HarmRecordWeek, type Scenario, type Vocabulary } from '../sim/index';
import { niceMax, niceTicks, type ChartSpec, type Layer, type Point } from './chart-spec';
import { count, millions, money, pct, plural, signed } from './format';
import { strikeSpans, weekTicks } from './week-axis';

const weekAxis = (n: number) => ({ label: 'Week', min: 0, max: n + 0.5, ticks: [{ value: 0, label: 'start' }, ...weekTicks(n)] });
const hatched = (weeks: readonly HarmRecordWeek[]): Layer => ({ kind: 'spans', label: 'Weeks with strike days', tone: 'strike', spans: strikeSpans(weeks, -0.5) });
/** A week's flow as a bar across the middle of the week (levels are plotted at its end, week + 1). */
const weekBars = (weeks: readonly HarmRecordWeek[], pick: (w: HarmRecordWeek) => number) =>
  weeks.filter((w) => pick(w) > 0).map((w) => ({ x0: w.week + 0.15, x1: w.week + 0.85, y: pick(w) }));
/** A week's figure as a point in the middle of the week. */
const midWeek = (w: HarmRecordWeek, y: number): Point => [w.week + 0.5, y];
/** A line from the start through each week's value. */
const weekLine = (weeks: readonly HarmRecordWeek[], start: number, pick: (w: HarmRecordWeek, i: number) => number): Point[] => [[0, start], ...weeks.map((w, i): Point => [w.week + 1, pick(w, i)])];
/** Running totals, one per week. */
const runningTotal = (weeks: readonly HarmRecordWeek[], pick: (w: HarmRecordWeek) => number): number[] => {
  let total = 0;
  return weeks.map((w) => (total += pick(w)));
};
/** A tick label short enough for the axis's margin: 7,500, 250k, 1.5m. */
const tickCount = (x: number): string => (x >= 1_000_000 ? `${Number((x / 1_000_000).toFixed(1))}m` : x >= 10_000 ? `${Number((x / 1000).toFixed(1))}k` : count(x));
const countAxis = (label: string, max: number) => {
  const top = niceMax(Math.max(1, max * 1.05)); // room above the highest point, so no marker sits on the frame
  return { label, min: 0, max: top, ticks: niceTicks(0, top, 4, tickCount) };
};

export function backlogStockChart(v: Vocabulary, weeks: readonly HarmRecordWeek[], start: number): ChartSpec {
  const pts = weekLine(weeks, start / 1e6, (w) => w.level / 1e6);
  const lo = Math.min(...pts.map((p) => p[1]));
  const hi = Math.max(...pts.map((p) => p[1]));
  const pad = Math.max(0.05, (hi - lo) * 0.15);
  const min = Math.floor((lo - pad) * 20) / 20;
  const max = Math.ceil((hi + pad) * 20) / 20;
  const end = weeks[weeks.length - 1]?.level ?? start;
  return {
    title: `${capitalise(theHarm(v))}, week by week`,
    summary: `${capitalise(theHarm(v))} went from ${millions(start)} to ${millions(end)} (${signed(end - start)} ${v.harm.unit.plural}). Strike weeks are hatched: cancelled ${v.harm.lost.plural} add to it.`,
    x: weekAxis(weeks.length),
    y: { label: `${capitalise(v.harm.unit.plural)} (millions)`, min, max, ticks: niceTicks(min, max, 4, (x) => `${x.toFixed(2)}m`) },
    layers: [hatched(weeks), { kind: 'line', label: capitalise(v.harm.name), tone: 'text', points: pts, marker: 'circle', endLabel: millions(end) }],
    table: {
      caption: `${capitalise(v.harm.name)} by week`,
      head: ['Week', capitalise(v.harm.name), 'Strike days'],
      rows: [['Start', count(start), '—'], ...weeks.map((w) => [String(w.week + 1), count(w.level), String(w.strikeDays)])],
    },
  };
}

export function backlogFlowChart(v: Vocabulary, weeks: readonly HarmRecordWeek[]): ChartSpec {
  const added = runningTotal(weeks, (w) => w.addedByStrikes);
  const cleared = runningTotal(weeks, (w) => w.caughtUp);
  const y = countAxis(`${capitalise(v.harm.unit.plural)} a week`, Math.max(...weeks.map((w) => Math.max(w.addedByStrikes, w.caughtUp))));
  return {
    title: `What strikes added to ${theHarm(v)}, and what catch-up cleared`,
    summary:
      `Strikes added ${count(added[added.length - 1] ?? 0)} ${v.harm.unit.plural} in all, the work their cancelled ${v.harm.lost.plural} would have done; ` +
      `bought catch-up cleared ${count(cleared[cleared.length - 1] ?? 0)}. The ordinary flow in and out each week is not shown.`,
    x: weekAxis(weeks.length),
    y,
    layers: [
      hatched(weeks),
      { kind: 'bars', label: 'Added by strikes', tone: 'muted', bars: weekBars(weeks, (w) => w.addedByStrikes) },
      { kind: 'points', label: 'Cleared by catch-up', tone: 'zone', marker: 'triangle', points: weeks.filter((w) => w.caughtUp > 0).map((w) => midWeek(w, w.caughtUp)), size: 6 },
    ],
    table: {
      caption: `${capitalise(v.harm.unit.plural)} added by strikes and cleared by catch-up, by week`,
      head: ['Week', 'Added by strikes', 'Cleared by catch-up', `${capitalise(v.harm.lost.plural)} rescheduled`, capitalise(v.harm.name)],
      rows: weeks.map((w) => [String(w.week + 1), count(w.addedByStrikes), count(w.caughtUp), count(w.lost), count(w.level)]),
    },
  };
}

export function lostServiceChart(v: Vocabulary, weeks: readonly HarmRecordWeek[]): ChartSpec {
  const total = runningTotal(weeks, (w) => w.lost);
  const all = total[total.length - 1] ?? 0;
  const lost = capitalise(v.harm.lost.plural);
  return {
    title: `${capitalise(v.harm.name)}, week by week and in total`,
    summary: `Strikes lost ${count(all)} ${v.harm.lost.plural} in ${plural(weeks.filter((w) => w.lost > 0).length, 'week')}; none is made up later, so the total only grows.`,
    x: weekAxis(weeks.length),
    y: countAxis(lost, all),
    layers: [
      hatched(weeks),
      { kind: 'bars', label: 'Lost in the week', tone: 'muted', bars: weekBars(weeks, (w) => w.lost) },
      { kind: 'line', label: 'Lost so far', tone: 'text', points: weekLine(weeks, 0, (_, i) => total[i]!), marker: 'circle', endLabel: count(all) },
    ],
    table: {
      caption: `${lost} lost by week, and in total`,
      head: ['Week', 'Strike days', 'Lost in the week', 'Lost so far'],
      rows: weeks.map((w, i) => [String(w.week + 1), String(w.strikeDays), count(w.lost), count(total[i]!)]),
    },
  };
}

export function lostServiceKeptChart(v: Vocabulary, weeks: readonly HarmRecordWeek[]): ChartSpec {
  const struck = weeks.filter((w) => w.planned > 0);
  const contingency = v.harm.contingency ?? 'the contingency service';
  const keptPct = (w: HarmRecordWeek) => ((w.planned - w.lost) * 100) / w.planned;
  return {
    title: `What ${contingency} kept running on strike days`,
    summary: struck.length
      ? `On strike days ${contingency} kept between ${pct(Math.min(...struck.map((w) => keptPct(w) * 100)))} and ${pct(Math.max(...struck.map((w) => keptPct(w) * 100)))} of the ${v.harm.lost.plural} planned running; the rest were lost.`
      : `No strike days were held, so ${contingency} was never needed.`,
    x: weekAxis(weeks.length),
    y: { label: `Share of planned ${v.harm.lost.plural} kept (%)`, min: 0, max: 100, ticks: niceTicks(0, 100, 4, (x) => `${x}%`) },
    layers: [
      hatched(weeks),
      { kind: 'points', label: `Kept running by ${contingency}`, tone: 'support', marker: 'diamond', points: struck.map((w) => midWeek(w, keptPct(w))), size: 6 },
    ],
    table: {
      caption: `${capitalise(v.harm.lost.plural)} planned, kept running and lost on strike days, by week`,
      head: ['Week', 'Planned on strike days', 'Kept running', 'Lost', 'Share kept'],
      rows: struck.map((w) => [String(w.week + 1), count(w.planned), count(w.planned - w.lost), count(w.lost), `${keptPct(w).toFixed(0)}%`]),
    },
  };
}

export function lostOutputUnitsChart(v: Vocabulary, weeks: readonly HarmRecordWeek[], stockStart: number): ChartSpec {
  const total = runningTotal(weeks, (w) => w.lost);
  const lost = capitalise(v.harm.lost.plural);
  const stock = capitalise(v.harm.stock?.plural ?? 'units in stock');
  const end = weeks[weeks.length - 1];
  const max = Math.max(stockStart, ...total, ...weeks.map((w) => w.level));
  return {
    title: `${lost} not made, ${v.harm.name} and ${stock.toLowerCase()}`,
    summary:
      `Strikes cost ${count(total[total.length - 1] ?? 0)} ${v.harm.lost.plural} of output. Stock fell from ${count(stockStart)} to ${count(end?.stock ?? stockStart)}; ` +
      `customers were left with ${count(end?.level ?? 0)} ${v.harm.unit.plural} at the end (${count(Math.max(0, ...weeks.map((w) => w.level)))} at most).`,
    x: weekAxis(weeks.length),
    y: countAxis(lost, max),
    layers: [
      hatched(weeks),
      { kind: 'bars', label: 'Not made in the week', tone: 'muted', bars: weekBars(weeks, (w) => w.lost) },
      { kind: 'line', label: 'Not made so far', tone: 'text', points: weekLine(weeks, 0, (_, i) => total[i]!), marker: 'circle' },
      { kind: 'line', label: `${capitalise(v.harm.name)} (${v.harm.unit.plural})`, tone: 'nash', points: weekLine(weeks, 0, (w) => w.level), marker: 'square', dash: true },
      { kind: 'line', label: stock, tone: 'employer', points: weekLine(weeks, stockStart, (w) => w.stock ?? 0), marker: 'diamond' },
    ],
    table: {
      caption: `${lost} not made, ${v.harm.name} and ${stock.toLowerCase()}, by week`,
      head: ['Week', 'Not made in the week', 'Not made so far', 'Drawn from stock', 'Made up by overtime', capitalise(v.harm.name), stock],
      rows: weeks.map((w, i) => [String(w.week + 1), count(w.lost), count(total[i]!), count(w.fromStock), count(w.caughtUp), count(w.level), count(w.stock ?? 0)]),
    },
  };
}

export function lostOutputMoneyChart(weeks: readonly HarmRecordWeek[], scenario: Scenario): ChartSpec {
  const cash = (k: number): string => money(k, scenario.vocabulary.currency);
  const h = scenario.harm;
  const perUnit = h.kind === 'lostOutput' ? h : { inventoryCostPerUnit: 0, catchUpCostPerUnit: 0 };
  // Summed in whole currency units, then shown in thousands, so the totals never drift from the week's sums.
  const revenueUnits = (w: HarmRecordWeek) => w.lost * valueOfUnitLost(h);
  const costUnits = (w: HarmRecordWeek) => w.fromStock * perUnit.inventoryCostPerUnit + w.caughtUp * perUnit.catchUpCostPerUnit;
  const revenueK = (w: HarmRecordWeek) => revenueUnits(w) / 1000;
  const costK = (w: HarmRecordWeek) => costUnits(w) / 1000;
  const revenue = runningTotal(weeks, revenueUnits).map((x) => x / 1000);
  const cost = runningTotal(weeks, costUnits).map((x) => x / 1000);
  const top = niceMax(Math.max(1, ...revenue, ...cost));
  return {
    title: 'Revenue lost, and the cost of stock and catch-up',
    summary: `Output not made lost ${cash(revenue[revenue.length - 1] ?? 0)} of revenue; drawing on stock and making orders up by overtime cost ${cash(cost[cost.length - 1] ?? 0)} more.`,
    x: weekAxis(weeks.length),
    y: { label: 'Revenue and costs', min: 0, max: top, ticks: niceTicks(0, top, 4, cash) },
    layers: [
      hatched(weeks),
      { kind: 'bars', label: 'Revenue lost in the week', tone: 'muted', bars: weekBars(weeks, revenueK) },
      { kind: 'line', label: 'Revenue lost so far', tone: 'text', points: weekLine(weeks, 0, (_, i) => revenue[i]!), marker: 'circle', endLabel: cash(revenue[revenue.length - 1] ?? 0) },
      { kind: 'line', label: 'Stock and catch-up cost so far', tone: 'employer', points: weekLine(weeks, 0, (_, i) => cost[i]!), marker: 'square', dash: true, endLabel: cash(cost[cost.length - 1] ?? 0) },
    ],
    table: {
      caption: 'Revenue lost and the cost of stock and catch-up, by week and in total',
      head: ['Week', 'Revenue lost in the week', 'Revenue lost so far', 'Stock and catch-up cost in the week', 'Stock and catch-up cost so far'],
      rows: weeks.map((w, i) => [String(w.week + 1), cash(revenueK(w)), cash(revenue[i]!), cash(costK(w)), cash(cost[i]!)]),
    },
  };
}
