/**
 * The balance report's distributions as one self-contained HTML page: inline SVG, no scripts, no fonts or
 * files fetched, so it opens from disk anywhere. Each chart has one row per persona pairing: outcomes as a
 * stacked bar, every other figure as a box plot (5th–95th percentile whiskers, quartile box, median line).
 */
import type { BalanceReport, PairingRow } from './balance';
import { capitalised, compact, findings } from './balance-format';
import { boxShapes, boxTip, niceTicks, spreadScale } from './box-plot';
import type { Spread } from './stats';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LABEL_W = 230;
const PLOT_W = 520;
const ROW_H = 22;
const TOP = 28;

interface Metric {
  readonly title: string;
  readonly pick: (r: PairingRow) => Spread | null;
}

const boxChart = (metric: Metric, rows: readonly PairingRow[]): string => {
  const spreads = rows.map(metric.pick);
  const present = spreads.filter((s): s is Spread => s !== null);
  if (present.length === 0) return '';
  const { lo, hi, x } = spreadScale(present, 'min', 'max', LABEL_W, PLOT_W);
  const height = TOP + rows.length * ROW_H + 24;
  const parts: string[] = [`<svg role="img" aria-label="${esc(metric.title)} by pairing" viewBox="0 0 ${LABEL_W + PLOT_W + 20} ${height}" width="${LABEL_W + PLOT_W + 20}" height="${height}">`];
  parts.push(`<text x="0" y="16" class="h">${esc(metric.title)}</text>`);
  for (const t of niceTicks(lo, hi)) {
    parts.push(`<line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${TOP - 4}" y2="${height - 20}" class="grid"/>`);
    parts.push(`<text x="${x(t).toFixed(1)}" y="${height - 6}" class="tick">${esc(compact(t))}</text>`);
  }
  rows.forEach((r, i) => {
    const y = TOP + i * ROW_H;
    const s = spreads[i];
    parts.push(`<text x="${LABEL_W - 8}" y="${y + 15}" class="label${i === rows.length - 1 ? ' total' : ''}">${esc(r.label)}</text>`);
    if (!s) {
      parts.push(`<text x="${LABEL_W + 4}" y="${y + 15}" class="none">no games</text>`);
      return;
    }
    parts.push(`<g><title>${esc(boxTip(r.label, s))}</title>`);
    for (const shape of boxShapes(s, x, y, ROW_H, 1)) {
      const attrs = Object.entries(shape.attrs).map(([k, v]) => `${k}="${v}"`);
      parts.push(`<${shape.tag} ${attrs.join(' ')} class="${shape.part}"/>`);
    }
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
};

const OUTCOMES = [
  ['deal', 'deal'],
  ['imposed', 'imposed'],
  ['deadline', 'deadline'],
  ['collapse', 'collapse'],
] as const;

const outcomeChart = (rows: readonly PairingRow[]): string => {
  const height = TOP + rows.length * ROW_H + 10;
  const parts: string[] = [`<svg role="img" aria-label="Outcomes by pairing" viewBox="0 0 ${LABEL_W + PLOT_W + 20} ${height}" width="${LABEL_W + PLOT_W + 20}" height="${height}">`];
  parts.push('<text x="0" y="16" class="h">Outcomes (share of games)</text>');
  // A legend, so colour is not the only way to tell the outcomes apart.
  OUTCOMES.forEach(([kind, cls], i) => {
    const x = LABEL_W + i * 110;
    parts.push(`<rect x="${x}" y="6" width="12" height="12" class="${cls}"/><text x="${x + 16}" y="16">${kind}</text>`);
  });
  rows.forEach((r, i) => {
    const y = TOP + i * ROW_H;
    parts.push(`<text x="${LABEL_W - 8}" y="${y + 15}" class="label${i === rows.length - 1 ? ' total' : ''}">${esc(r.label)}</text>`);
    let at = LABEL_W;
    for (const [kind, cls] of OUTCOMES) {
      const n = r.outcomes[kind];
      if (n === 0 || r.games === 0) continue;
      const w = (n / r.games) * PLOT_W;
      parts.push(`<rect x="${at.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="16" class="${cls}"><title>${esc(`${r.label}: ${n} ${kind} of ${r.games}`)}</title></rect>`);
      // Label the segment only where the words fit (about 6.5 px a character at this size).
      const share = `${Math.round((n / r.games) * 100)}%`;
      const label = [`${share} ${kind}`, share].find((s) => s.length * 6.5 + 8 <= w);
      if (label) parts.push(`<text x="${(at + 4).toFixed(1)}" y="${y + 15}" class="in">${label}</text>`);
      at += w;
    }
  });
  parts.push('</svg>');
  return parts.join('');
};

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:24px;color:#1b1b1b;background:#fff;max-width:820px}
h1{font-size:22px}svg{display:block;margin:18px 0;font-size:12px}.h{font-weight:700;font-size:14px}
.label{text-anchor:end}.total{font-weight:700}.tick{text-anchor:middle;fill:#555}.none{fill:#777}
.grid{stroke:#ddd}.whisker{stroke:#333;stroke-width:1.5}.box{fill:#9cc3e6;stroke:#1f4e79}.median{stroke:#000;stroke-width:2.5}
.deal{fill:#2e7d32}.imposed{fill:#ef6c00}.deadline{fill:#757575}.collapse{fill:#6a1b9a}.in{fill:#fff;font-weight:600}
li{margin:4px 0}`;

export const balanceHtml = (report: BalanceReport): string => {
  const rows = [...report.rows, report.total];
  const metrics: Metric[] = [
    { title: 'Weeks played', pick: (r) => r.weeks },
    { title: 'Strike days held', pick: (r) => r.strikeDays },
    { title: 'Public support at the end (%)', pick: (r) => r.support },
    { title: `${capitalised(report.harm.name)} at the end`, pick: (r) => r.waitingList },
    { title: `${report.sides.union.shortName} score (0–100)`, pick: (r) => r.scoreUnion },
    { title: `${report.sides.employer.shortName} score (0–100)`, pick: (r) => r.scoreEmployer },
    { title: `${report.headline.label} in deals (${report.headline.unit})`, pick: (r) => r.dealHeadline },
  ];
  const notes = findings(report);
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Balance: ${esc(report.title)}</title><style>${STYLE}</style></head><body>
<h1>Balance: ${esc(report.title)}</h1>
<p>Scenario <code>${esc(report.scenarioId)}</code> version ${esc(report.scenarioVersion)}: ${report.runs} games of AI against AI over
${report.rows.length} persona pairings (${esc(report.sides.union.shortName)} persona v ${esc(report.sides.employer.shortName)} persona), seeds <code>${esc(report.seedPrefix)}-1</code> onward.
Box plots show the middle half of the games (box), the median (thick line) and the 5th to 95th percentiles (whiskers).
Hover a row for its numbers. The table is in the Markdown report beside this page.</p>
${notes.length ? `<ul>${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}
${outcomeChart(rows)}
${metrics.map((m) => boxChart(m, rows)).join('\n')}
</body></html>
`;
};
