/**
 * Scenario parsing: text (YAML or JSON) → raw data → schema check → cross-field checks → Scenario.
 * Never throws on bad input; every problem carries the field path and, from text, its line.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { err, type Result } from '../result';
import { formatPath, parsePath } from './figures';
import { issue, parseScenario, type ScenarioIssue } from './parse-data';
import type { Scenario } from './types';

export { formatPath, parseScenario, type ScenarioIssue };

const MAX_TEXT_LENGTH = 2_000_000;

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
