// The debrief's charts as data (ChartSpec): the path of offers against both sides' reservation points with the
// zone of agreement week by week; Hicks's resistance and concession curves with the Government's actual
// offers; the utility space with the Pareto frontier, the Nash point, every offer and the final terms; and
// public opinion with strike weeks shaded, and the harm tab's charts for the scenario's harm model
// (debrief-harm.ts). Each comes with a summary and a table.
import { capitalise, harmLevel, publicShares, replay, theSide, type Debrief, type GameState, type Scenario, type SideId } from '../sim/index';
import { niceMax, niceTicks, type ChartSpec, type Layer, type Point } from './chart-spec';
import { harmTab, type HarmTabView } from './debrief-harm';
import { strikeSpans, weekTicks } from './week-axis';
import { count, issueValue, plural } from './format';
import type { Study } from '../store/types';

export interface DebriefCharts {
  readonly zone: ChartSpec;
  readonly hicks: ChartSpec;
  readonly space: ChartSpec;
  readonly opinion: ChartSpec;
  /** The harm tab, chosen by the scenario's harm model. */
  readonly harm: HarmTabView;
}

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
/** Consecutive runs of numbers as text: [1,2,3,7] → "1–3 and 7". */
export function runs(xs: readonly number[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < xs.length) {
    let j = i;
    while (j + 1 < xs.length && xs[j + 1] === xs[j]! + 1) j += 1;
    out.push(j === i ? String(xs[i]) : `${xs[i]}–${xs[j]}`);
    i = j + 1;
  }
  return out.length <= 1 ? (out[0] ?? '') : `${out.slice(0, -1).join(', ')} and ${out[out.length - 1]}`;
}

function zoneChart(scenario: Scenario, d: Debrief, state: GameState): ChartSpec {
  const issue = scenario.issues[0]!;
  const v = (x: number) => issueValue(issue, x);
  const n = d.weeks.length;
  const headline = (terms: Readonly<Record<string, number>>) => terms[issue.id] ?? 0;
  const reservationLine = (side: SideId): (Point | null)[] => {
    const pts: (Point | null)[] = [];
    for (const w of d.weeks) {
      const r = w.reservation[side];
      if (r === null) pts.push(null);
      else pts.push([w.week + 0.5, r], [w.week + 1.5, r]);
    }
    return pts;
  };
  const offers = (side: SideId): Point[] => d.weeks.flatMap((w) => w.offers.filter((o) => o.from === side).map((o): Point => [w.week + 1, headline(o.terms)]));
  const finalLevel = issue.values[d.final.offer[0]!] ?? 0;
  const outcome = state.outcome;
  const endsWithTerms = outcome && (outcome.kind === 'deal' || outcome.kind === 'imposed');
  const all = [
    ...d.weeks.flatMap((w) => [w.reservation.union ?? 0, w.reservation.employer ?? 0, ...w.offers.map((o) => headline(o.terms))]),
    finalLevel,
  ];
  const yMax = niceMax(Math.max(1, ...all));
  const open = d.weeks.filter((w) => w.zopa);
  const widest = open.reduce<(typeof open)[number] | null>((best, w) => (!best || w.zopa![1] - w.zopa![0] > best.zopa![1] - best.zopa![0] ? w : best), null);
  const first = d.weeks[0];
  const last = d.weeks[n - 1];
  const sentences: string[] = [];
  if (open.length === 0) {
    sentences.push(`There was no zone of agreement on ${issue.label.toLowerCase()} in any week: the least ${theSide(scenario.vocabulary, 'union')} would take was always above the most ${theSide(scenario.vocabulary, 'employer')} would give.`);
  } else {
    sentences.push(
      `A zone of agreement was open in ${open.length} of ${n} weeks (week${open.length === 1 ? '' : 's'} ${runs(open.map((w) => w.week + 1))}), ` +
        `at its widest from ${v(widest!.zopa![0])} to ${v(widest!.zopa![1])} in week ${widest!.week + 1}.`,
    );
  }
  if (first && last && first !== last) {
    sentences.push(
      `${capitalise(theSide(scenario.vocabulary, 'union'))}'s least went from ${first.reservation.union === null ? 'out of reach' : v(first.reservation.union)} to ${last.reservation.union === null ? 'out of reach' : v(last.reservation.union)}; ` +
        `${theSide(scenario.vocabulary, 'employer')}'s most from ${first.reservation.employer === null ? 'nothing' : v(first.reservation.employer)} to ${last.reservation.employer === null ? 'nothing' : v(last.reservation.employer)}.`,
    );
  }
  if (endsWithTerms) {
    const lastZone = d.weeks[outcome.week]?.zopa ?? null;
    const where = !lastZone ? 'with no zone open that week' : finalLevel < lastZone[0] ? 'below the zone' : finalLevel > lastZone[1] ? 'above the zone' : 'inside the zone';
    sentences.push(`The final terms gave ${v(finalLevel)}, ${where}.`);
  }
  const layers: Layer[] = [
    { kind: 'spans', label: 'Weeks with strike days', tone: 'strike', spans: strikeSpans(d.weeks) },
    { kind: 'bands', label: 'Zone of agreement', tone: 'zone', rects: open.map((w) => ({ x0: w.week + 0.5, x1: w.week + 1.5, y0: w.zopa![0], y1: w.zopa![1] })) },
    { kind: 'line', label: `Least ${theSide(scenario.vocabulary, 'union')} would accept`, tone: 'union', points: reservationLine('union'), marker: 'circle', endLabel: `${scenario.sides.union.shortName} least` },
    { kind: 'line', label: `Most ${theSide(scenario.vocabulary, 'employer')} would give`, tone: 'employer', points: reservationLine('employer'), dash: true, marker: 'square', endLabel: `${scenario.sides.employer.shortName} most` },
    { kind: 'points', label: `${scenario.sides.union.shortName} offers`, tone: 'union', marker: 'circle', points: offers('union') },
    { kind: 'points', label: `${scenario.sides.employer.shortName} offers`, tone: 'employer', marker: 'square', points: offers('employer') },
  ];
  if (endsWithTerms) layers.push({ kind: 'points', label: 'Final terms', tone: 'final', marker: 'star', points: [[outcome.week + 1, finalLevel]], size: 6 });
  return {
    title: `Offers on ${issue.label.toLowerCase()} against both sides' limits`,
    summary: `${sentences.join(' ')} Limits are the ${issue.label.toLowerCase()} each side needed with every other issue granted in full; offers are shown by their ${issue.label.toLowerCase()}.`,
    x: { label: 'Week', min: 0.5, max: n + 0.5, ticks: weekTicks(n) },
    y: { label: issue.unit === 'pp' ? `${issue.label} (percentage points)` : `${issue.label} (${issue.unit})`, min: 0, max: yMax, ticks: niceTicks(0, yMax, 5, fmt) },
    layers,
    table: {
      caption: `Week by week: both sides' limits on ${issue.label.toLowerCase()}, the zone of agreement and the offers made`,
      head: ['Week', `${scenario.sides.union.shortName} least`, `${scenario.sides.employer.shortName} most`, 'Zone of agreement', `${scenario.sides.union.shortName} offer`, `${scenario.sides.employer.shortName} offer`],
      rows: d.weeks.map((w) => {
        const o = (side: SideId) => w.offers.filter((x) => x.from === side).map((x) => v(headline(x.terms))).join(', ') || '—';
        return [
          String(w.week + 1),
          w.reservation.union === null ? 'out of reach' : v(w.reservation.union),
          w.reservation.employer === null ? 'nothing' : v(w.reservation.employer),
          w.zopa ? `${v(w.zopa[0])} to ${v(w.zopa[1])}` : 'none',
          o('union'),
          o('employer'),
        ];
      }),
    },
  };
}

function hicksChart(scenario: Scenario, d: Debrief): ChartSpec {
  const issue = scenario.issues[0]!;
  const v = (x: number) => issueValue(issue, x);
  const h = d.hicks;
  const maxDays = h.strikeDays[h.strikeDays.length - 1] ?? 60;
  const held = d.costs.union.strikeDays;
  const yMax = niceMax(Math.max(1, ...h.resistance, ...d.employerOffersByStrikeDays.map((o) => o.level)));
  const best = d.employerOffersByStrikeDays.reduce((m, o) => Math.max(m, o.level), 0);
  const crossing = h.crossing
    ? `The curves cross after ${plural(h.crossing.strikeDays, 'strike day')} at ${v(h.crossing.level)}: the settlement Hicks's theory predicts, had both sides known both curves.`
    : `The curves do not cross within ${maxDays} strike days: on these numbers no length of strike brings the two sides together on ${issue.label.toLowerCase()} alone.`;
  const layers: Layer[] = [
    { kind: 'line', label: `Union resistance: the least members would accept`, tone: 'union', points: h.strikeDays.map((s, i) => [s, h.resistance[i]!] as Point), marker: 'circle', endLabel: 'Resistance' },
    { kind: 'line', label: `${scenario.sides.employer.shortName} concession: the most worth giving to avoid the strikes`, tone: 'employer', points: h.strikeDays.map((s, i) => [s, h.concession[i]!] as Point), dash: true, marker: 'square', endLabel: 'Concession' },
    { kind: 'rule', label: `Strike days actually held (${held})`, tone: 'strike', axis: 'x', at: held, dash: true },
    { kind: 'points', label: `${scenario.sides.employer.shortName} offers, by strike days so far`, tone: 'employer', marker: 'diamond', points: d.employerOffersByStrikeDays.map((o): Point => [o.strikeDays, o.level]) },
  ];
  if (h.crossing) layers.push({ kind: 'points', label: 'Where the curves cross', tone: 'final', marker: 'star', points: [[h.crossing.strikeDays, h.crossing.level]], size: 6 });
  const rows: string[][] = [];
  for (let i = 0; i < h.strikeDays.length; i += 5) rows.push([String(h.strikeDays[i]), v(h.resistance[i]!), v(h.concession[i]!)]);
  return {
    title: "Hicks's diagram: how long a strike, and for what",
    summary:
      `Each strike day wears members' resistance down (towards their private floor of ${v(d.hidden.unionFloor)}) and makes conceding cheaper for ${theSide(scenario.vocabulary, 'employer')} than holding out. ${crossing} ` +
      `This dispute saw ${count(held)} strike day${held === 1 ? '' : 's'}, and ${theSide(scenario.vocabulary, 'employer')}'s offers reached ${v(best)}.`,
    x: { label: 'Strike days so far', min: 0, max: maxDays, ticks: niceTicks(0, maxDays, 6, fmt) },
    y: { label: `${issue.label} (${issue.unit === 'pp' ? 'percentage points' : issue.unit})`, min: 0, max: yMax, ticks: niceTicks(0, yMax, 5, fmt) },
    layers,
    table: {
      caption: `Resistance and concession by strike days (every fifth day)${d.employerOffersByStrikeDays.length ? `; ${scenario.sides.employer.shortName} offers: ${d.employerOffersByStrikeDays.map((o) => `${v(o.level)} after ${plural(o.strikeDays, 'day')}`).join(', ')}` : ''}`,
      head: ['Strike days', 'Resistance', 'Concession'],
      rows,
    },
  };
}

function spaceChart(scenario: Scenario, d: Debrief): ChartSpec {
  const union = scenario.sides.union.shortName;
  const employer = scenario.sides.employer.shortName;
  const theU = theSide(scenario.vocabulary, 'union');
  const theE = theSide(scenario.vocabulary, 'employer');
  const pts = (side: SideId): Point[] => d.weeks.flatMap((w) => w.offers.filter((o) => o.from === side).map((o): Point => [o.union * 100, o.employer * 100]));
  const last = d.weeks[d.weeks.length - 1];
  const walk = last ? { union: last.walkAway.union * 100, employer: last.walkAway.employer * 100 } : { union: 0, employer: 0 };
  const final: Point = [d.final.union / 100, d.final.employer / 100];
  const layers: Layer[] = [
    { kind: 'bands', label: 'Better than no deal for both (at the end)', tone: 'zone', rects: walk.union < 100 && walk.employer < 100 ? [{ x0: walk.union, x1: 100, y0: walk.employer, y1: 100 }] : [] },
    { kind: 'rule', label: `${union} walk-away at the end`, tone: 'union', axis: 'x', at: walk.union, dash: true },
    { kind: 'rule', label: `${employer} walk-away at the end`, tone: 'employer', axis: 'y', at: walk.employer, dash: true },
    { kind: 'line', label: 'Pareto frontier: no bundle is better for both', tone: 'text', points: d.frontier.map((p): Point => [p.union / 100, p.employer / 100]) },
    { kind: 'points', label: `${union} offers`, tone: 'union', marker: 'circle', points: pts('union') },
    { kind: 'points', label: `${employer} offers`, tone: 'employer', marker: 'square', points: pts('employer') },
  ];
  if (d.nash) layers.push({ kind: 'points', label: 'Nash bargaining point', tone: 'nash', marker: 'diamond', points: [[d.nash.union / 100, d.nash.employer / 100]], size: 7 });
  if (d.valueLeft.better && d.valueLeft.mutualGainBp > 0) layers.push({ kind: 'points', label: 'Better for both than the final terms', tone: 'zone', marker: 'triangle', points: [[d.valueLeft.better.union / 100, d.valueLeft.better.employer / 100]], size: 6 });
  layers.push({ kind: 'points', label: d.final.kind === 'deal' || d.final.kind === 'imposed' ? 'Final terms' : 'Terms in force at the end', tone: 'final', marker: 'star', points: [final], size: 7 });
  const nash = d.nash
    ? `The Nash point, the bundle that maximises the product of both sides' gains over walking away, gives ${theU} ${(d.nash.union / 100).toFixed(0)} and ${theE} ${(d.nash.employer / 100).toFixed(0)}.`
    : 'At the end no bundle was better than walking away for both sides, so there is no Nash point.';
  const p = (x: number) => x.toFixed(0);
  return {
    title: 'The value space: every offer, scored by both sides',
    summary:
      `Each point is a bundle of terms, worth 0 to 100 points of value to each side, with private values revealed. ${nash} The final terms are worth ${p(final[0])} to ${theU} and ${p(final[1])} to ${theE}. ` +
      'These are the terms alone: the scores out of 100 on the outcome tab also count what the dispute cost each side.',
    x: { label: `Value to ${theU} (points, 0–100)`, min: 0, max: 100, ticks: niceTicks(0, 100, 5, fmt) },
    y: { label: `Value to ${theE} (points, 0–100)`, min: 0, max: 100, ticks: niceTicks(0, 100, 5, fmt) },
    layers,
    table: {
      caption: 'Key points in the value space',
      head: ['Point', `Value to ${theU}`, `Value to ${theE}`],
      rows: [
        ['Final terms', p(final[0]), p(final[1])],
        ...(d.nash ? [['Nash point', p(d.nash.union / 100), p(d.nash.employer / 100)]] : []),
        [`${union} walk-away (end)`, p(walk.union), '—'],
        [`${employer} walk-away (end)`, '—', p(walk.employer)],
        ...d.weeks.flatMap((w) => w.offers.map((o) => [`Week ${w.week + 1}, ${scenario.sides[o.from].shortName} offer`, p(o.union * 100), p(o.employer * 100)])),
      ],
    },
  };
}

function opinionChart(d: Debrief, start: { support: number; oppose: number }): ChartSpec {
  const support: Point[] = [[0, start.support], ...d.weeks.map((w): Point => [w.week + 1, w.supportPct])];
  const oppose: Point[] = [[0, start.oppose], ...d.weeks.map((w): Point => [w.week + 1, w.opposePct])];
  const n = d.weeks.length;
  const yMax = niceMax(Math.max(50, ...support.map((p) => p[1]), ...oppose.map((p) => p[1])));
  const end = d.weeks[n - 1];
  const struck = d.weeks.filter((w) => w.strikeDays > 0).map((w) => w.week + 1);
  return {
    title: 'Public opinion of the strikes, week by week',
    summary:
      `Support went from ${start.support.toFixed(0)}% to ${(end?.supportPct ?? start.support).toFixed(0)}% and opposition from ${start.oppose.toFixed(0)}% to ${(end?.opposePct ?? start.oppose).toFixed(0)}%. ` +
      (struck.length ? `Strike days fell in week${struck.length === 1 ? '' : 's'} ${runs(struck)} (hatched).` : 'No strike days were held.'),
    x: { label: 'Week', min: 0, max: n + 0.5, ticks: [{ value: 0, label: 'start' }, ...weekTicks(n)] },
    y: { label: 'Share of the public (%)', min: 0, max: yMax, ticks: niceTicks(0, yMax, 5, (v) => `${v}%`) },
    layers: [
      { kind: 'spans', label: 'Weeks with strike days', tone: 'strike', spans: strikeSpans(d.weeks, -0.5) },
      { kind: 'line', label: 'Support the strikes', tone: 'support', points: support, marker: 'circle', endLabel: `Support ${(end?.supportPct ?? start.support).toFixed(0)}%` },
      { kind: 'line', label: 'Oppose the strikes', tone: 'oppose', points: oppose, marker: 'square', dash: true, endLabel: `Oppose ${(end?.opposePct ?? start.oppose).toFixed(0)}%` },
    ],
    table: {
      caption: 'Public opinion and strike days by week',
      head: ['Week', 'Support', 'Oppose', 'Strike days'],
      rows: [['Start', `${start.support.toFixed(1)}%`, `${start.oppose.toFixed(1)}%`, '—'], ...d.weeks.map((w) => [String(w.week + 1), `${w.supportPct.toFixed(1)}%`, `${w.opposePct.toFixed(1)}%`, String(w.strikeDays)])],
    },
  };
}

export function debriefCharts(study: Study, d: Debrief): DebriefCharts {
  const origin = replay(study.scenario, study.seed, study.players, []);
  const shares = publicShares(study.scenario, origin.opinion);
  return {
    zone: zoneChart(study.scenario, d, study.state),
    hicks: hicksChart(study.scenario, d),
    space: spaceChart(study.scenario, d),
    opinion: opinionChart(d, { support: shares.supportBp / 100, oppose: shares.opposeBp / 100 }),
    harm: harmTab(study.scenario, d, harmLevel(origin)),
  };
}
