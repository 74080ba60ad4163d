/**
 * The scenario checker: schema and cross-field errors from the parser, then warnings from the lints (economics
 * and authoring slips). Browser-safe, so the Workbench can run it live; the command line wraps it.
 */
import { parseScenario, readScenarioText } from '../sim/scenario/parse';
import { scenarioFileSchema } from '../sim/scenario/schema';
import type { Scenario } from '../sim/scenario/types';
import type { Draft, Finding } from './finding';
import type { LintContext } from './lint-context';
import { lintEvents } from './lint-events';
import { lintIssues } from './lint-issues';
import { lintProvenance } from './lint-provenance';
import { lintRanges } from './lint-ranges';
import { lintZopa } from './lint-zopa';

export interface CheckOptions {
  /** Skip the simulated games behind the zone-of-agreement check (for live checking as an author types). */
  readonly quick?: boolean;
}

export interface CheckReport {
  readonly scenario: Scenario | null;
  readonly findings: readonly Finding[];
}

const byLine = (a: Finding, b: Finding): number => (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path);

/** Runs the lints on a scenario that parsed; each lint is isolated so one bug cannot hide the others. */
export const lintScenario = (raw: unknown, scenario: Scenario, options: CheckOptions = {}): Draft[] => {
  const file = scenarioFileSchema.parse(raw);
  const ctx: LintContext = { file, scenario };
  const lints: ((c: LintContext) => Draft[])[] = [lintProvenance, lintIssues, lintEvents, lintRanges];
  if (!options.quick) lints.push(lintZopa);
  return lints.flatMap((lint) => {
    try {
      return lint(ctx);
    } catch (e) {
      return [{ code: 'lint-failed', path: '', message: `a check could not run (${e instanceof Error ? e.message : String(e)}); this is a bug in Standoff` }];
    }
  });
};

/** Checks scenario text: errors (the file will not load) and, when it loads, warnings. */
export const checkScenarioText = (text: string, fileName: string, options: CheckOptions = {}): CheckReport => {
  const read = readScenarioText(text, fileName);
  if (!read.ok) return { scenario: null, findings: read.issues.map((i) => ({ severity: 'error', code: 'syntax', path: i.path, message: i.message, ...(i.fix ? { fix: i.fix } : {}), line: i.line ?? 1 })) };
  const parsed = parseScenario(read.raw);
  if (!parsed.ok) {
    const errors: Finding[] = parsed.error.map((i) => ({ severity: 'error', code: 'schema', path: i.path, message: i.message, ...(i.fix ? { fix: i.fix } : {}), line: read.lineOf(i.path) }));
    return { scenario: null, findings: errors.sort(byLine) };
  }
  const drafts = lintScenario(read.raw, parsed.value, options);
  const base = /([^/\\]+)\.(ya?ml|json)$/i.exec(fileName)?.[1];
  if (base !== undefined && base !== parsed.value.id) {
    drafts.push({ code: 'id-mismatch', path: 'id', message: `the id "${parsed.value.id}" does not match the file name "${base}"`, fix: `rename the file to ${parsed.value.id}.yaml, or set id: ${base}` });
  }
  const warnings: Finding[] = drafts.map((d) => ({ ...d, severity: 'warning', line: read.lineOf(d.path) }));
  return { scenario: parsed.value, findings: warnings.sort(byLine) };
};
