// The quick balance's chart, drawn from the balance report's data (src/authoring/balance.ts): one row per persona
// pairing and one for all games, with the mix of outcomes as a stacked bar and the spread of one chosen figure
// as a box plot (middle half boxed, median marked, whiskers to the 5th and 95th percentiles). Plain SVG built
// through the DOM, text as text; a table of the same numbers is there for screen readers.
import type { BalanceReport, PairingRow } from '../authoring/balance';
import { capitalised, compact } from '../authoring/balance-format';
import { boxShapes, boxTip, niceTicks, spreadScale } from '../authoring/box-plot';
import type { Spread } from '../authoring/stats';
import { COLOURS, OKABE_ITO, css } from '../layout';
import { table } from '../pages/dom';

export type Metric = 'weeks' | 'strikeDays' | 'support' | 'waitingList' | 'scoreUnion' | 'scoreEmployer' | 'dealHeadline';

export interface MetricSpec {
  readonly id: Metric;
  readonly label: string;
  readonly pick: (row: PairingRow) => Spread | null;
}

/** The figures an author can choose to see spread out, named with the scenario's own side names. */
export const metrics = (report: BalanceReport, names: { readonly union: string; readonly employer: string }): MetricSpec[] => [
  { id: 'weeks', label: 'Weeks played', pick: (r) => r.weeks },
  { id: 'scoreUnion', label: `${names.union} score (0–100)`, pick: (r) => r.scoreUnion },
  { id: 'scoreEmployer', label: `${names.employer} score (0–100)`, pick: (r) => r.scoreEmployer },
  { id: 'strikeDays', label: 'Strike days held', pick: (r) => r.strikeDays },
  { id: 'support', label: 'Public support at the end (%)', pick: (r) => r.support },
  { id: 'waitingList', label: `${capitalised(report.harm.name)} at the end`, pick: (r) => r.waitingList },
  { id: 'dealHeadline', label: `${report.headline.label} in deals (${report.headline.unit})`, pick: (r) => r.dealHeadline },
];

export const OUTCOMES = [
  { kind: 'deal', label: 'deal', colour: css(OKABE_ITO.bluishGreen) },
  { kind: 'imposed', label: 'imposed', colour: css(OKABE_ITO.orange) },
  { kind: 'deadline', label: 'no deal by the end', colour: css(COLOURS.neutral) },
  { kind: 'collapse', label: 'collapse', colour: css(OKABE_ITO.reddishPurple) },
] as const;

const SVG = 'http://www.w3.org/2000/svg';
const W = 480;
const LABEL_W = 182; // "Reciprocator v Reciprocator"
const BAR = { x: LABEL_W + 6, w: 118 } as const;
const BOX = { x: BAR.x + BAR.w + 16, w: W - (BAR.x + BAR.w + 16) - 10 } as const;
const rowHeight = (rows: number): number => (rows <= 8 ? 25 : 21);
const TOP = 22;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string | number>> = {}, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface ChartRow {
  readonly label: string;
  readonly row: PairingRow;
  readonly total?: boolean;
}

/** `pairing`: what the row labels are ("Union v Board": the union's persona, then the employer's). */
export function balanceChart(rows: readonly ChartRow[], metric: MetricSpec, pairing: string): SVGSVGElement {
  const ROW_H = rowHeight(rows.length);
  const height = TOP + rows.length * ROW_H + 26;
  const root = svg('svg', { viewBox: `0 0 ${W} ${height}`, width: W, height, role: 'img', class: 'wb-chart-svg' });
  root.setAttribute('aria-label', `Outcomes and ${metric.label.toLowerCase()} by pairing`);
  root.append(
    svg('text', { x: LABEL_W - 4, y: 14, class: 'wb-chart-head wb-chart-label' }, pairing),
    svg('text', { x: BAR.x, y: 14, class: 'wb-chart-head' }, 'Outcomes'),
    svg('text', { x: BOX.x, y: 14, class: 'wb-chart-head' }, metric.label),
  );

  const spreads = rows.map((r) => metric.pick(r.row));
  const present = spreads.filter((s): s is Spread => s !== null);
  const { lo, hi, x } = spreadScale(present, 'p5', 'p95', BOX.x, BOX.w);
  const bottom = TOP + rows.length * ROW_H;
  for (const t of niceTicks(lo, hi)) {
    root.append(
      svg('line', { x1: x(t).toFixed(1), x2: x(t).toFixed(1), y1: TOP - 2, y2: bottom, class: 'wb-chart-grid' }),
      svg('text', { x: x(t).toFixed(1), y: bottom + 16, class: 'wb-chart-tick' }, compact(t)),
    );
  }

  rows.forEach((r, i) => {
    const y = TOP + i * ROW_H;
    if (r.total) root.append(svg('line', { x1: 0, x2: W, y1: y - 1, y2: y - 1, class: 'wb-chart-rule' }));
    root.append(svg('text', { x: LABEL_W - 4, y: y + ROW_H / 2 + 4.5, class: `wb-chart-label${r.total ? ' wb-chart-total' : ''}` }, r.label));
    // Outcomes: a stacked bar, each segment with its share in words on hover (and in the table).
    let at = BAR.x;
    root.append(svg('rect', { x: BAR.x, y: y + 4, width: BAR.w, height: ROW_H - 8, class: 'wb-chart-track' }));
    for (const o of OUTCOMES) {
      const n = r.row.outcomes[o.kind];
      if (n === 0 || r.row.games === 0) continue;
      const w = (n / r.row.games) * BAR.w;
      const seg = svg('rect', { x: at.toFixed(1), y: y + 4, width: Math.max(1, w).toFixed(1), height: ROW_H - 8, fill: o.colour });
      seg.append(svg('title', {}, `${r.label}: ${n} of ${r.row.games} games ${o.label}`));
      root.append(seg);
      if (o.kind === 'deal' && w >= 34) root.append(svg('text', { x: (at + 4).toFixed(1), y: y + ROW_H / 2 + 4, class: 'wb-chart-in' }, `${Math.round((n / r.row.games) * 100)}%`));
      at += w;
    }
    // The chosen figure: a box plot.
    const s = spreads[i];
    if (!s) {
      root.append(svg('text', { x: BOX.x + 4, y: y + ROW_H / 2 + 4.5, class: 'wb-chart-none' }, 'none'));
      return;
    }
    const g = svg('g');
    g.append(svg('title', {}, boxTip(r.label, s)));
    g.append(...boxShapes(s, x, y, ROW_H, 2).map((shape) => svg(shape.tag, { ...shape.attrs, class: `wb-chart-${shape.part}` })));
    root.append(g);
  });
  return root;
}

/** The same numbers as a table (visually hidden: for screen readers). */
export function balanceTable(rows: readonly ChartRow[], metric: MetricSpec): HTMLTableElement {
  const pct = (n: number, of: number) => (of ? `${Math.round((n / of) * 100)}%` : '–');
  const t = table(
    `Quick balance by pairing: outcomes, and ${metric.label.toLowerCase()}`,
    ['Pairing', 'Games', 'Deals', 'Imposed', 'No deal by the end', 'Collapse', `${metric.label}: median`, 'Middle half'],
    rows.map(({ label, row }) => {
      const s = metric.pick(row);
      return [
        label,
        String(row.games),
        pct(row.outcomes.deal, row.games),
        pct(row.outcomes.imposed, row.games),
        pct(row.outcomes.deadline, row.games),
        pct(row.outcomes.collapse, row.games),
        s ? compact(s.median) : '–',
        s ? `${compact(s.p25)}–${compact(s.p75)}` : '–',
      ];
    }),
  );
  t.classList.add('visually-hidden');
  return t;
}
