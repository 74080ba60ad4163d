/**
 * Scenario parsing: text (YAML or JSON) → raw data → schema check → cross-field checks → Scenario.
 * Never throws on bad input; every problem carries the field path and, from text, its line.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { err, ok, type Result } from '../result';
import { explainIssues } from './explain';
import { formatPath, parsePath } from './figures';
import { normaliseScenario } from './normalise';
import { FORMAT_VERSION, scenarioFileSchema } from './schema';
import type { Scenario } from './types';

export interface ScenarioIssue {
  /** Field path as written in messages, e.g. `issues[2].grid.max`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
  /** What to write instead, when there is a likely fix. */
  readonly fix?: string;
  readonly line?: number;
  readonly fileName?: string;
}

const MAX_TEXT_LENGTH = 2_000_000;

export { formatPath };

const issue = (path: string, message: string, fix?: string): ScenarioIssue => (fix === undefined ? { path, message } : { path, message, fix });

const versionProblem = (raw: unknown): ScenarioIssue | null => {
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

const checkRaw = (raw: unknown): Result<Scenario, ScenarioIssue[]> => {
  const version = versionProblem(raw);
  if (version) return err([version]);
  const checked = scenarioFileSchema.safeParse(raw, { reportInput: true });
  if (!checked.success) return err(explainIssues(checked.error.issues).map((e) => issue(formatPath(e.path), e.message, e.fix)));
  const { scenario, problems } = normaliseScenario(checked.data);
  if (!scenario) return err(problems.map((p) => issue(formatPath(p.path), p.message, p.fix)));
  return ok(scenario);
};

/** Checks already-parsed data (for example from JSON.parse) and builds the engine's Scenario. Never throws. */
export const parseScenario = (raw: unknown): Result<Scenario, ScenarioIssue[]> => {
  try {
    return checkRaw(raw);
  } catch (e) {
    // Hostile data (getters that throw, cycles through records) must not take the caller down.
    return err([issue('', `the scenario could not be checked: ${e instanceof Error ? e.message : String(e)}`)]);
  }
};

/** The 1-based line of the deepest node that exists along `path`. */
const lineOf = (doc: Document, counter: LineCounter, path: string): number | undefined => {
  const parts = parsePath(path);
  for (let n = parts.length; n >= 0; n -= 1) {
    const node = doc.getIn(parts.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
};

/** Scenario text read as data, with a way to find the line of any field path in it. */
export type ReadText =
  | { readonly ok: true; readonly raw: unknown; readonly lineOf: (path: string) => number }
  | { readonly ok: false; readonly issues: ScenarioIssue[] };

/** Reads YAML (of which JSON is a subset) into plain data, or says why it cannot; never throws. */
export const readScenarioText = (text: string, fileName = 'scenario'): ReadText => {
  if (typeof text !== 'string') return { ok: false, issues: [{ path: '', message: 'the scenario must be text', line: 1, fileName }] };
  if (text.length > MAX_TEXT_LENGTH) {
    return { ok: false, issues: [{ path: '', message: `the file is ${text.length} characters long; a scenario may be at most ${MAX_TEXT_LENGTH}`, line: 1, fileName }] };
  }
  const counter = new LineCounter();
  try {
    const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, strict: true });
    if (doc.errors.length > 0) {
      // The YAML parser can report one slip twice; keep each message once per line.
      const seen = new Set<string>();
      const issues: ScenarioIssue[] = [];
      for (const e of doc.errors.slice(0, 20)) {
        const line = e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line;
        const message = `not valid YAML or JSON: ${e.message.split('\n')[0]}`;
        if (seen.has(`${line}:${message}`)) continue;
        seen.add(`${line}:${message}`);
        issues.push({ path: '', message, fix: 'check the indentation, colons and brackets on this line and the one before it', line, fileName });
      }
      return { ok: false, issues };
    }
    const raw: unknown = doc.toJS({ maxAliasCount: 50 });
    return { ok: true, raw, lineOf: (path) => lineOf(doc, counter, path) ?? 1 };
  } catch (e) {
    return { ok: false, issues: [{ path: '', message: `the file could not be read: ${e instanceof Error ? e.message : String(e)}`, line: 1, fileName }] };
  }
};

/** Parses scenario text (YAML or JSON) and locates each problem by line. */
export const parseScenarioText = (text: string, fileName = 'scenario'): Result<Scenario, ScenarioIssue[]> => {
  const read = readScenarioText(text, fileName);
  if (!read.ok) return err(read.issues);
  const result = parseScenario(read.raw);
  if (result.ok) return result;
  return err(result.error.map((issue) => ({ ...issue, line: read.lineOf(issue.path), fileName })));
};

/** "file.yaml:12: issues[0].grid.max: grid max (0) must be above min (0)" */
export const formatScenarioIssue = (issue: ScenarioIssue): string =>
  `${issue.fileName ?? 'scenario'}${issue.line === undefined ? '' : `:${issue.line}`}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
