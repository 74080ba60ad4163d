/**
 * Scenario parsing: text (YAML or JSON) → raw data → schema check → cross-field checks → Scenario.
 * Never throws on bad input; every problem carries the field path and, from text, its line.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { err, ok, type Result } from '../result';
import { normaliseScenario } from './normalise';
import { FORMAT_VERSION, scenarioFileSchema } from './schema';
import type { Scenario } from './types';

export interface ScenarioIssue {
  /** Field path as written in messages, e.g. `issues[2].grid.max`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
  readonly line?: number;
  readonly fileName?: string;
}

const MAX_TEXT_LENGTH = 2_000_000;

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');

const versionProblem = (raw: unknown): ScenarioIssue | null => {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { path: '', message: 'a scenario must be a mapping of fields (for example `id: my-dispute`), not a list or a single value' };
  }
  const v = (raw as Record<string, unknown>).formatVersion;
  if (v === undefined) return { path: 'formatVersion', message: `formatVersion is missing; add \`formatVersion: ${FORMAT_VERSION}\`` };
  if (typeof v !== 'number' || !Number.isInteger(v)) return { path: 'formatVersion', message: 'formatVersion must be a whole number' };
  if (v > FORMAT_VERSION) {
    return { path: 'formatVersion', message: `this file uses format ${v}, which is newer than this version of Standoff understands (${FORMAT_VERSION}); update Standoff` };
  }
  if (v < FORMAT_VERSION) return { path: 'formatVersion', message: `format ${v} is too old; this version of Standoff reads format ${FORMAT_VERSION}` };
  return null;
};

/** Checks already-parsed data (for example from JSON.parse) and builds the engine's Scenario. */
export const parseScenario = (raw: unknown): Result<Scenario, ScenarioIssue[]> => {
  const version = versionProblem(raw);
  if (version) return err([version]);
  const checked = scenarioFileSchema.safeParse(raw);
  if (!checked.success) {
    return err(checked.error.issues.map((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.map((key) => `"${key}"`).join(', ')})` : '';
      return { path: formatPath(issue.path), message: `${issue.message}${keys}` };
    }));
  }
  const { scenario, problems } = normaliseScenario(checked.data);
  if (!scenario) return err(problems.map((p) => ({ path: formatPath(p.path), message: p.message })));
  return ok(scenario);
};

/** The 1-based line of the deepest node that exists along `path`. */
const lineOf = (doc: Document, counter: LineCounter, path: string): number | undefined => {
  const parts = path === '' ? [] : path.split(/\.|\[|\]/).filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let n = parts.length; n >= 0; n -= 1) {
    const node = doc.getIn(parts.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
};

/** Parses scenario text (YAML, of which JSON is a subset) and locates each problem by line. */
export const parseScenarioText = (text: string, fileName = 'scenario'): Result<Scenario, ScenarioIssue[]> => {
  if (typeof text !== 'string') return err([{ path: '', message: 'the scenario must be text', fileName }]);
  if (text.length > MAX_TEXT_LENGTH) {
    return err([{ path: '', message: `the file is ${text.length} characters long; a scenario may be at most ${MAX_TEXT_LENGTH}`, fileName }]);
  }
  const counter = new LineCounter();
  let doc: Document;
  let raw: unknown;
  try {
    doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, strict: true });
    if (doc.errors.length > 0) {
      return err(doc.errors.slice(0, 20).map((e) => ({
        path: '',
        message: `not valid YAML or JSON: ${e.message.split('\n')[0]}`,
        line: e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line,
        fileName,
      })));
    }
    raw = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    return err([{ path: '', message: `the file could not be read: ${e instanceof Error ? e.message : String(e)}`, fileName }]);
  }
  const result = parseScenario(raw);
  if (result.ok) return result;
  return err(result.error.map((issue) => {
    const line = lineOf(doc, counter, issue.path);
    return line === undefined ? { ...issue, fileName } : { ...issue, line, fileName };
  }));
};

/** "file.yaml:12: issues[0].grid.max: grid max (0) must be above min (0)" */
export const formatScenarioIssue = (issue: ScenarioIssue): string =>
  `${issue.fileName ?? 'scenario'}${issue.line === undefined ? '' : `:${issue.line}`}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
