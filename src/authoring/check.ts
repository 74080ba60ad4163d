/**
 * The scenario checker: schema and cross-field errors from the parser, then warnings from the lints (economics
 * and authoring slips). Browser-safe, so the Workbench can run it live; the command line wraps it.
 */
import { parseScenario, readScenarioText } from '../sim/scenario/parse';
import { inFormat2 } from '../sim/scenario/parse-data';
import { atLine, warning, type Problem } from '../sim/scenario/problem';
import { scenarioFileSchema } from '../sim/scenario/schema';
import type { Scenario } from '../sim/scenario/types';
import type { LintContext } from './lint-context';
import { lintBehaviour } from './lint-behaviour';
import { lintEvents } from './lint-events';
import { lintIssues } from './lint-issues';
import { lintPersonas } from './lint-personas';
import { lintProvenance } from './lint-provenance';
import { lintRanges } from './lint-ranges';
import { lintZopa } from './lint-zopa';
import { checkGauntlet } from './gauntlet/problems';

export interface CheckOptions {
  /** Skip the simulated games behind the zone-of-agreement check (for live checking as an author types). */
  readonly quick?: boolean;
  /** Also play the strategy gauntlet and report each simple strategy that beats the AI (`scenario:check --strict`). */
  readonly gauntlet?: boolean;
}

export interface CheckReport {
  /** The scenario when it loads (no errors), else null. */
  readonly scenario: Scenario | null;
  /** Errors, or when it loads, warnings; in line order. */
  readonly problems: readonly Problem[];
}

const byLine = (a: Problem, b: Problem): number => (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path);

/** Runs the lints on a scenario that parsed; each lint is isolated so one bug cannot hide the others. */
const lintScenario = (raw: unknown, scenario: Scenario, options: CheckOptions = {}): Problem[] => {
  const file = scenarioFileSchema.parse(raw);
  const ctx: LintContext = { file, scenario };
  const lints: ((c: LintContext) => Problem[])[] = [lintProvenance, lintIssues, lintPersonas, lintEvents, lintRanges];
  if (!options.quick) lints.push(lintZopa, lintBehaviour);
  if (options.gauntlet && !options.quick) lints.push((c) => checkGauntlet(c.scenario));
  return lints.flatMap((lint) => {
    try {
      return lint(ctx);
    } catch (e) {
      return [warning('lint-failed', '', `a check could not run (${e instanceof Error ? e.message : String(e)}); this is a bug in Standoff`)];
    }
  });
};

/** Checks scenario text: errors (the file will not load) and, when it loads, warnings. */
export const checkScenarioText = (text: string, fileName: string, options: CheckOptions = {}): CheckReport => {
  const read = readScenarioText(text);
  if (!read.ok) return { scenario: null, problems: read.error };
  const { raw, lineOf } = read.value;
  const placed = (problems: readonly Problem[]): Problem[] => problems.map((p) => atLine(p, lineOf(p.path))).sort(byLine);
  const parsed = parseScenario(raw);
  if (!parsed.ok) return { scenario: null, problems: placed(parsed.error) };
  // A format 1 file is linted as its migration; each warning is put back at the file's own path.
  const { doc, filePath, oldSpellings } = inFormat2(raw);
  const warnings = [...oldSpellings, ...lintScenario(doc, parsed.value, options).map((p) => ({ ...p, path: filePath(p.path) }))];
  const base = /([^/\\]+)\.(ya?ml|json)$/i.exec(fileName)?.[1];
  if (base !== undefined && base !== parsed.value.id) {
    warnings.push(warning('id-mismatch', 'id', `the id "${parsed.value.id}" does not match the file name "${base}"`, `rename the file to ${parsed.value.id}.yaml, or set id: ${base}`));
  }
  return { scenario: parsed.value, problems: placed(warnings) };
};
