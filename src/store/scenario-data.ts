// Scenario data (already read from YAML or JSON) checked and turned into the engine's Scenario: the same steps
// as the core's `parseScenario` (src/sim/scenario/parse.ts), which lives beside the YAML reader. The page's first
// screen needs this and not the YAML parser (bundled scenarios arrive as data, saves carry JSON), so it must
// not import parse.ts, or the YAML parser comes with it. test: scenario-data.test.ts keeps the two identical.
// (Were parse.ts split into a data half and a text half, this file could go.)
import { err, ok, type Result } from '../sim/result';
import { explainIssues } from '../sim/scenario/explain';
import { formatPath } from '../sim/scenario/figures';
import { normaliseScenario } from '../sim/scenario/normalise';
import { FORMAT_VERSION, scenarioFileSchema } from '../sim/scenario/schema';
import type { Scenario } from '../sim/scenario/types';

export interface DataIssue {
  readonly path: string;
  readonly message: string;
  readonly fix?: string;
}

const issue = (path: string, message: string, fix?: string): DataIssue => (fix === undefined ? { path, message } : { path, message, fix });

const versionProblem = (raw: unknown): DataIssue | null => {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return issue('', 'a scenario must be a mapping of fields (for example `id: my-dispute`), not a list or a single value', 'start from a bundled scenario in scenarios/ and change it');
  }
  const v = (raw as Record<string, unknown>).formatVersion;
  if (v === undefined) return issue('formatVersion', `formatVersion is missing; add \`formatVersion: ${FORMAT_VERSION}\``, `add formatVersion: ${FORMAT_VERSION} at the top`);
  if (typeof v !== 'number' || !Number.isInteger(v)) return issue('formatVersion', 'formatVersion must be a whole number', `write formatVersion: ${FORMAT_VERSION}`);
  if (v > FORMAT_VERSION) {
    return issue('formatVersion', `this file uses format ${v}, which is newer than this version of Standoff understands (${FORMAT_VERSION}); update Standoff`, 'use a newer Standoff, or a file written for this one');
  }
  if (v < FORMAT_VERSION) return issue('formatVersion', `format ${v} is too old; this version of Standoff reads format ${FORMAT_VERSION}`, `update the file to format ${FORMAT_VERSION} (see scenarios/README.md)`);
  return null;
};

/** Checks scenario data and builds the engine's Scenario. Never throws. */
export function parseScenarioData(raw: unknown): Result<Scenario, DataIssue[]> {
  try {
    const version = versionProblem(raw);
    if (version) return err([version]);
    const checked = scenarioFileSchema.safeParse(raw, { reportInput: true });
    if (!checked.success) return err(explainIssues(checked.error.issues).map((e) => issue(formatPath(e.path), e.message, e.fix)));
    const { scenario, problems } = normaliseScenario(checked.data);
    if (!scenario) return err(problems.map((p) => issue(formatPath(p.path), p.message, p.fix)));
    return ok(scenario);
  } catch (e) {
    return err([issue('', `the scenario could not be checked: ${e instanceof Error ? e.message : String(e)}`)]);
  }
}
