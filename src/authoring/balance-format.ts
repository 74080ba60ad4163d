/** The balance report's columns, shared by the terminal table, the Markdown report and the HTML chart. */
import type { BalanceReport, PairingRow } from './balance';
import { inText } from './side-names';
import type { Spread } from './stats';

/** 7,410,000 → "7.41m"; 12,300 → "12.3k"; small numbers as they are. */
export const compact = (n: number): string => {
  const abs = Math.abs(n);
  if (abs >= 1e6) return `${(n / 1e6).toFixed(abs >= 1e8 ? 0 : 2)}m`;
  if (abs >= 1e4) return `${(n / 1e3).toFixed(abs >= 1e5 ? 0 : 1)}k`;
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
};

/** "waiting list" → "Waiting list", for a heading made from a vocabulary term. */
export const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const med = (s: Spread | null, f: (n: number) => string = compact): string => (s ? f(s.median) : '–');
const num1 = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export interface Column {
  readonly title: string;
  readonly cell: (row: PairingRow) => string;
  readonly right: boolean;
}

export const columns = (report: BalanceReport): Column[] => [
  { title: `pairing (${report.sides.union.shortName} v ${report.sides.employer.shortName})`, cell: (r) => r.label, right: false },
  { title: 'games', cell: (r) => String(r.games), right: true },
  { title: 'deal', cell: (r) => pct(r.dealRate), right: true },
  { title: 'deal/imp/dead/coll', cell: (r) => `${r.outcomes.deal}/${r.outcomes.imposed}/${r.outcomes.deadline}/${r.outcomes.collapse}`, right: true },
  { title: 'weeks', cell: (r) => med(r.weeks), right: true },
  { title: 'strike days', cell: (r) => med(r.strikeDays), right: true },
  { title: 'support %', cell: (r) => med(r.support, num1), right: true },
  { title: report.harm.name, cell: (r) => med(r.waitingList), right: true },
  { title: `${report.sides.union.shortName} score`, cell: (r) => med(r.scoreUnion), right: true },
  { title: `${report.sides.employer.shortName} score`, cell: (r) => med(r.scoreEmployer), right: true },
  { title: `deal ${report.headline.unit}`, cell: (r) => med(r.dealHeadline, num1), right: true },
  { title: 'ZOPA weeks', cell: (r) => pct(r.zopaWeekShare), right: true },
  { title: 'deals in last 6 wk', cell: (r) => (r.outcomes.deal ? pct(r.lateDealShare) : '–'), right: true },
];

/** An aligned plain-text table for the terminal. */
export const textTable = (report: BalanceReport): string => {
  const cols = columns(report);
  const rows = [...report.rows, report.total];
  const widths = cols.map((c) => Math.max(c.title.length, ...rows.map((r) => c.cell(r).length)));
  const line = (cells: string[]) => cells.map((cell, i) => (cols[i]!.right ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  const out = [line(cols.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w)))];
  for (const r of report.rows) out.push(line(cols.map((c) => c.cell(r))));
  out.push(line(widths.map((w) => '-'.repeat(w))), line(cols.map((c) => c.cell(report.total))));
  return `${out.join('\n')}\n`;
};

/** Plain-language findings an author should look at. */
export const findings = (report: BalanceReport): string[] => {
  const out: string[] = [];
  const neverRows = report.rows.filter((r) => r.games > 0 && r.neverZopa === 1);
  const never = neverRows.filter((r) => r.outcomes.deal === 0).map((r) => r.label);
  if (never.length) out.push(`No zone of agreement opened in any game for: ${never.join(', ')}. No deal was possible there.`);
  // A conceding union sells deals below its members' walk-away (docs/ai.md, "Accepting"), outside the zone.
  const sold = neverRows.filter((r) => r.outcomes.deal > 0).map((r) => r.label);
  if (sold.length) out.push(`No zone of agreement between the walk-away values opened for: ${sold.join(', ')}; the deals made there were sold to ${inText(report.sides.union)}'s members below their walk-away, on its recommendation.`);
  const noDeal = report.rows.filter((r) => r.games > 0 && r.outcomes.deal === 0).map((r) => r.label);
  if (noDeal.length) out.push(`No deals at all for: ${noDeal.join(', ')}.`);
  const late = report.rows.filter((r) => r.weeks && r.outcomes.deal > 0 && r.zopaWeekShare > 0.5 && r.dealRate < 0.5).map((r) => r.label);
  if (late.length) out.push(`A zone of agreement was open most weeks but fewer than half the games settled for: ${late.join(', ')}.`);
  if (report.dealWeeks && report.dealWeeks.median >= report.horizonWeeks * 0.85) {
    const open = report.total.zopaWeekShare >= 0.3 ? `, although a zone of agreement was open in ${Math.round(report.total.zopaWeekShare * 100)}% of the weeks played` : '';
    out.push(`Deals come late: half the deals took ${report.dealWeeks.median} weeks or more of the ${report.horizonWeeks}${open}.`);
  }
  if (report.total.outcomes.deal > 0) {
    out.push(`${Math.round(report.total.lateDealShare * 100)}% of the deals were ratified in the final six weeks of the ${report.horizonWeeks}.`);
  }
  const [b, g] = [report.total.scoreUnion?.median, report.total.scoreEmployer?.median];
  const [union, employer] = [inText(report.sides.union), inText(report.sides.employer)];
  if (b !== undefined && g !== undefined && Math.abs(b - g) >= 20) out.push(`Scores favour ${b > g ? union : employer}: median ${b} for ${union} against ${g} for ${employer} over all games.`);
  const quiet = report.events.filter((e) => e.share === 0).map((e) => e.id);
  if (quiet.length) out.push(`Events that never fired: ${quiet.join(', ')}.`);
  return out;
};
