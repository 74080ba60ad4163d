/** The balance report as Markdown, kept beside the scenario (`scenarios/<id>.balance.md`). */
import type { BalanceReport } from './balance';
import { columns, findings } from './balance-format';
import { inText } from './side-names';

/** 1000 → "1,000", without depending on the host's locale data. */
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const escape = (s: string): string => s.replace(/\|/g, '\\|');

export const balanceMarkdown = (report: BalanceReport, htmlName: string | null): string => {
  const cols = columns(report);
  const union = inText(report.sides.union);
  const harm = `${report.harm.takesThe ? 'the ' : ''}${report.harm.name}`;
  const games = report.rows.map((r) => r.games);
  const seeds = Math.max(0, ...games);
  const lines = [
    `# Balance report: ${report.title}`,
    '',
    `Scenario \`${report.scenarioId}\` version ${report.scenarioVersion}. ${thousands(report.runs)} games of AI against AI, ` +
      `spread over ${report.rows.length} persona pairings (${Math.min(...games)}–${seeds} each), seeds ` +
      `\`${report.seedPrefix}-1\` to \`${report.seedPrefix}-${seeds}\`: every pairing meets the same seeds.`,
    '',
    'Written by `npm run scenario:balance:all`; do not edit by hand. The same scenario, model and runs always give',
    `the same report.${htmlName ? ` Distributions: [${htmlName}](${htmlName}) (open it in a browser).` : ''}`,
    '',
    `| ${cols.map((c) => escape(c.title)).join(' | ')} |`,
    `|${cols.map((c) => (c.right ? '---:' : ':---')).join('|')}|`,
    ...report.rows.map((r) => `| ${cols.map((c) => escape(c.cell(r))).join(' | ')} |`),
    `| ${cols.map((c) => `**${escape(c.cell(report.total))}**`).join(' | ')} |`,
    '',
    'Columns: *deal* is the share of games that ended in a ratified deal; *deal/imp/dead/coll* counts outcomes (deal,',
    `imposed terms, deadline with nothing agreed, collapse of ${union}'s mandate). The other columns are medians`,
    `over the pairing's games: weeks played, strike days held, public support at the end, ${harm} at the end`,
    `and each side's score (0–100); *deal ${report.headline.unit}* is the median ${report.headline.label.toLowerCase()} in deals.`,
    '*ZOPA weeks* is the share of all weeks played in which the two sides\' walk-away values left a zone of',
    'agreement (a deal both preferred to no deal), measured exactly from the recorded walk-away values.',
    '*deals in last 6 wk* is the share of the pairing\'s deals ratified in the scenario\'s final six weeks.',
    '',
  ];
  const notes = findings(report);
  lines.push('## What to look at', '');
  if (notes.length === 0) lines.push('Nothing stands out: every pairing reached deals, not only at the deadline, and neither side is favoured by the scores.');
  else for (const n of notes) lines.push(`- ${n}`);
  lines.push('');
  if (report.events.length) {
    lines.push('## Events', '', '| event | fired in |', '|:---|---:|');
    for (const e of report.events) lines.push(`| \`${e.id}\` | ${Math.round(e.share * 100)}% of games |`);
    lines.push('');
  }
  return `${lines.join('\n')}`;
};
