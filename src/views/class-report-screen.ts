// The class report as a view: headline counts, the spread of outcomes, terms, weeks, strike days, support and
// scores (by side and by the persona played against) as charts with tables, and every game in one table.
// Reads the rows `buildClassReport` (src/share/class-report.ts) made from the class's session files.
import { distribution, rankByPar, scoresAgainst, scoresByPersona, type ClassReport, type ReportRow } from '../share/class-report';
import { otherSide, type Scenario } from '../sim/index';
import { niceMax, niceTicks, type ChartSpec, type Layer, type Point } from './chart-spec';
import { issueValue } from './format';
import { parDifference, parNumber } from './par';

export interface ClassReportView {
  readonly kpis: readonly { readonly label: string; readonly value: string }[];
  readonly charts: readonly ChartSpec[];
  readonly scores: { readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] };
  readonly games: { readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] };
  readonly problems: ClassReport['problems'];
  /** When the files cover more than one scenario: which one the charts show. */
  readonly scope: string | null;
}

const OUTCOMES = [
  ['deal', 'Deal'],
  ['imposed', 'Imposed'],
  ['deadline', 'No settlement'],
  ['collapse', 'Collapse'],
  ['unfinished', 'Unfinished'],
] as const;

const fmt1 = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const median = (xs: readonly number[]) => distribution(xs)?.median ?? 0;

/** Counts of values in equal bins (or one bin per distinct value when there are few), as bars. */
export function histogram(values: readonly number[], maxBins = 10): { x0: number; x1: number; n: number }[] {
  if (values.length === 0) return [];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length <= maxBins && distinct.every((v) => Number.isInteger(v * 2))) {
    const step = distinct.length > 1 ? Math.min(...distinct.slice(1).map((v, i) => v - distinct[i]!)) : 1;
    return distinct.map((v) => ({ x0: v - step / 2, x1: v + step / 2, n: values.filter((x) => x === v).length }));
  }
  const width = (hi - lo) / maxBins || 1;
  return Array.from({ length: maxBins }, (_, i) => {
    const x0 = lo + i * width;
    const x1 = x0 + width;
    return { x0, x1, n: values.filter((v) => (i === maxBins - 1 ? v >= x0 && v <= x1 : v >= x0 && v < x1)).length };
  });
}

function histogramChart(title: string, xLabel: string, values: readonly number[], format: (v: number) => string, summaryUnit: string): ChartSpec {
  const bins = histogram(values);
  const lo = bins[0]?.x0 ?? 0;
  const hi = bins[bins.length - 1]?.x1 ?? 1;
  const yMax = niceMax(Math.max(1, ...bins.map((b) => b.n)), 4);
  const d = distribution(values);
  return {
    title,
    summary: d ? `Across ${d.n} games: from ${format(d.min)} to ${format(d.max)}${summaryUnit}, median ${format(d.median)}${summaryUnit}.` : 'No games to show.',
    x: { label: xLabel, min: lo, max: hi, ticks: niceTicks(lo, hi, 5, format).filter((t) => t.value >= lo && t.value <= hi) },
    y: { label: 'Games', min: 0, max: yMax, ticks: niceTicks(0, yMax, 4, (v) => (Number.isInteger(v) ? String(v) : '')) },
    layers: [{ kind: 'bars', label: 'Games', tone: 'neutral', bars: bins.map((b) => ({ x0: b.x0, x1: b.x1, y: b.n, ...(b.n ? { label: String(b.n) } : {}) })) }],
    table: { caption: `${title}: games in each range`, head: [xLabel, 'Games'], rows: bins.map((b) => [b.x1 - b.x0 <= 1 && Number.isInteger((b.x0 + b.x1) / 2) ? format((b.x0 + b.x1) / 2) : `${format(b.x0)} to ${format(b.x1)}`, String(b.n)]) },
  };
}

function outcomeChart(rows: readonly ReportRow[]): ChartSpec {
  const counts = OUTCOMES.map(([id, label]) => ({ id, label, n: rows.filter((r) => r.outcome === id).length })).filter((c) => c.n > 0 || c.id !== 'unfinished');
  const yMax = niceMax(Math.max(1, ...counts.map((c) => c.n)), 4);
  return {
    title: 'How the disputes ended',
    summary: counts.map((c) => `${c.label}: ${c.n}`).join('; ') + '.',
    x: { label: 'Outcome', min: -0.5, max: counts.length - 0.5, ticks: counts.map((c, i) => ({ value: i, label: c.label })) },
    y: { label: 'Games', min: 0, max: yMax, ticks: niceTicks(0, yMax, 4, (v) => (Number.isInteger(v) ? String(v) : '')) },
    layers: [{ kind: 'bars', label: 'Games', tone: 'neutral', bars: counts.map((c, i) => ({ x0: i - 0.35, x1: i + 0.35, y: c.n, label: String(c.n) })) }],
    table: { caption: 'Games by outcome', head: ['Outcome', 'Games'], rows: counts.map((c) => [c.label, String(c.n)]) },
  };
}

/** One side's scores, one point per game, grouped by the persona (or person) it played against. */
function scoresChart(rows: readonly ReportRow[], side: 'union' | 'employer', names: { union: string; employer: string }): ChartSpec {
  const groups = scoresByPersona(rows).filter((g) => g.side === side);
  const opponent = otherSide(side);
  const pts: Point[] = [];
  groups.forEach((g, i) => {
    scoresAgainst(rows, side, g.persona).forEach((s, k) => pts.push([i + ((k % 5) - 2) * 0.08, s]));
  });
  const layers: Layer[] = [
    { kind: 'points', label: `${names[side]} score, one per game`, tone: side, marker: side === 'union' ? 'circle' : 'square', points: pts, size: 4 },
    { kind: 'bands', label: 'Median', tone: 'final', rects: groups.map((g, i) => ({ x0: i - 0.32, x1: i + 0.32, y0: g.scores.median - 0.7, y1: g.scores.median + 0.7 })) },
  ];
  return {
    title: `${names[side]} scores, by the opponent they faced (${names[opponent]})`,
    summary: groups.map((g) => `against ${g.persona}, median ${fmt1(g.scores.median)} (${g.scores.n} game${g.scores.n === 1 ? '' : 's'})`).join('; ').replace(/^./, (c) => c.toUpperCase()) + '.',
    x: { label: `${names[opponent]}, played by`, min: -0.5, max: groups.length - 0.5, ticks: groups.map((g, i) => ({ value: i, label: g.persona })) },
    y: { label: 'Score (0–100)', min: 0, max: 100, ticks: niceTicks(0, 100, 4, String) },
    layers,
    table: { caption: `${names[side]} scores by opponent`, head: ['Against', 'Games', 'Lowest', 'Median', 'Highest'], rows: groups.map((g) => [g.persona, String(g.scores.n), fmt1(g.scores.min), fmt1(g.scores.median), fmt1(g.scores.max)]) },
  };
}

export function classReportView(report: ClassReport, scenarioOf: (row: ReportRow) => Scenario | null): ClassReportView {
  // Charts for the scenario most games were played on; the table lists every game.
  const byScenario = new Map<string, ReportRow[]>();
  for (const r of report.rows) byScenario.set(r.scenario, [...(byScenario.get(r.scenario) ?? []), r]);
  const main = [...byScenario.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  const rows = main?.[1] ?? [];
  const scenario = rows[0] ? scenarioOf(rows[0]) : null;
  const headline = scenario?.issues[0];
  const names = { union: scenario?.sides.union.shortName ?? 'Union', employer: scenario?.sides.employer.shortName ?? 'Employer' };
  const value = (v: number) => (headline ? issueValue(headline, v) : fmt1(v));
  const deals = rows.filter((r) => r.outcome === 'deal').length;

  const charts: ChartSpec[] = [outcomeChart(rows)];
  if (headline) charts.push(histogramChart(`Final ${headline.label.toLowerCase()}`, headline.unit === 'pp' ? `${headline.label} (pp)` : headline.label, rows.map((r) => r.terms[headline.id] ?? 0), value, ''));
  charts.push(
    histogramChart('Weeks the dispute lasted', 'Weeks', rows.map((r) => r.week + 1), (v) => String(Math.round(v)), ' weeks'),
    histogramChart('Strike days held', 'Strike days', rows.map((r) => r.strikeDays), (v) => String(Math.round(v)), ' days'),
    histogramChart('Public support for the strikes at the end', 'Support (%)', rows.map((r) => r.supportPct), (v) => `${fmt1(Math.round(v * 10) / 10)}%`, ''),
    scoresChart(rows, 'union', names),
    scoresChart(rows, 'employer', names),
  );

  const issues = scenario?.issues ?? [];
  // A game between two people (a class pair) has par for both seats: "Union 61.8; Employer 61.6".
  const perSeat = (figures: ReportRow['seatPar'], format: (x: number) => string): string => {
    const parts = (['union', 'employer'] as const).flatMap((side) => (figures[side] === null ? [] : [`${names[side]} ${format(figures[side])}`]));
    return parts.length ? parts.join('; ') : '\u2014';
  };
  const groups = scoresByPersona(rows);
  return {
    kpis: [
      { label: 'games reported', value: String(report.rows.length) },
      { label: 'ended in a deal', value: rows.length ? `${Math.round((deals / rows.length) * 100)}%` : '—' },
      { label: 'median strike days', value: rows.length ? fmt1(median(rows.map((r) => r.strikeDays))) : '—' },
      { label: `median ${names.union} score`, value: rows.length ? fmt1(median(rows.map((r) => r.scoreUnion))) : '—' },
      { label: `median ${names.employer} score`, value: rows.length ? fmt1(median(rows.map((r) => r.scoreEmployer))) : '—' },
      { label: 'files with problems', value: String(report.problems.length) },
    ],
    charts: rows.length ? charts : [],
    scores: {
      head: ['Side', 'Against', 'Games', 'Lowest', 'Median', 'Highest', 'Mean'],
      rows: groups.map((g) => [g.side === 'union' ? names.union : names.employer, g.persona, String(g.scores.n), fmt1(g.scores.min), fmt1(g.scores.median), fmt1(g.scores.max), g.scores.mean.toFixed(1)]),
    },
    // Ranked by score minus par: how much better than the computer each player played their seat.
    games: {
      head: ['Rank', 'File', 'Name', names.union, names.employer, 'Outcome', 'Week', ...issues.map((i) => i.label), 'Strike days', 'Support', `${names.union} score`, `${names.employer} score`, 'Par', 'Score \u2212 par'],
      rows: rankByPar(report.rows).map((r, i) => [
        r.scoreMinusPar === null ? '\u2014' : String(i + 1),
        r.file,
        Object.values(r.labels).join(', ') || '—',
        r.union,
        r.employer,
        OUTCOMES.find(([id]) => id === r.outcome)?.[1] ?? r.outcome,
        String(r.week + 1),
        ...issues.map((i) => issueValue(i, r.terms[i.id] ?? 0)),
        String(r.strikeDays),
        `${r.supportPct.toFixed(1)}%`,
        String(r.scoreUnion),
        String(r.scoreEmployer),
        r.par === null || r.player === null ? perSeat(r.seatPar, parNumber) : `${parNumber(r.par)} (${r.player === 'union' ? names.union : names.employer})`,
        r.scoreMinusPar === null ? perSeat(r.seatMinusPar, parDifference) : parDifference(r.scoreMinusPar),
      ]),
    },
    problems: report.problems,
    scope: byScenario.size > 1 && main ? `The charts show the ${main[1].length} games played on ${main[0]}; the table lists all ${report.rows.length}.` : null,
  };
}
