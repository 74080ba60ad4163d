/**
 * Scenario data → schema check → cross-field checks → Scenario. This half reads no text, so code that only
 * checks data (bundled scenarios, JSON a save carries) need not load the YAML parser; parse.ts adds the text half.
 * Never throws on bad input; every problem carries the field path.
 */
import { err, type Result } from '../result';
import { explainIssues } from './explain';
import { formatPath } from './figures';
import { normaliseScenario } from './normalise';
import { error, type Problem } from './problem';
import { FORMAT_VERSION, scenarioFileSchema } from './schema';
import type { Scenario } from './types';

/** A schema problem: the file does not have the shape of a scenario. */
const issue = (path: string, message: string, fix?: string): Problem => error('schema', path, message, fix);

const versionProblem = (raw: unknown): Problem | null => {
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

const checkRaw = (raw: unknown): Result<Scenario, Problem[]> => {
  const version = versionProblem(raw);
  if (version) return err([version]);
  const checked = scenarioFileSchema.safeParse(raw, { reportInput: true });
  if (!checked.success) return err(explainIssues(checked.error.issues).map((e) => issue(formatPath(e.path), e.message, e.fix)));
  return normaliseScenario(checked.data);
};

/** Checks already-parsed data (for example from JSON.parse) and builds the engine's Scenario. Never throws. */
export const parseScenario = (raw: unknown): Result<Scenario, Problem[]> => {
  try {
    return checkRaw(raw);
  } catch (e) {
    // Hostile data (getters that throw, cycles through records) must not take the caller down.
    return err([issue('', `the scenario could not be checked: ${e instanceof Error ? e.message : String(e)}`)]);
  }
};

