/**
 * Scenario parsing: text (YAML or JSON) → raw data → schema check → cross-field checks → Scenario.
 * Never throws on bad input; every problem carries the field path and, from text, its line.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { err, ok, type Result } from '../result';
import { formatPath, parsePath } from './figures';
import { parseScenario } from './parse-data';
import { atLine, error, formatProblem, type Problem } from './problem';
import type { Scenario } from './types';

export { formatPath, formatProblem, parseScenario }; // formatProblem: the build's scenario loader reports through it

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
export interface ScenarioText {
  readonly raw: unknown;
  readonly lineOf: (path: string) => number;
}

/** A problem reading the text itself, before its fields can be checked. */
const unreadable = (message: string, line: number, fix?: string): Problem => atLine(error('syntax', '', message, fix), line);

/** Reads YAML (of which JSON is a subset) into plain data, or says why it cannot; never throws. */
export const readScenarioText = (text: string): Result<ScenarioText, Problem[]> => {
  if (typeof text !== 'string') return err([unreadable('the scenario must be text', 1)]);
  if (text.length > MAX_TEXT_LENGTH) return err([unreadable(`the file is ${text.length} characters long; a scenario may be at most ${MAX_TEXT_LENGTH}`, 1)]);
  const counter = new LineCounter();
  try {
    const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, strict: true });
    if (doc.errors.length > 0) {
      // The YAML parser can report one slip twice; keep each message once per line.
      const seen = new Set<string>();
      const problems: Problem[] = [];
      for (const e of doc.errors.slice(0, 20)) {
        const line = e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line;
        const message = `not valid YAML or JSON: ${e.message.split('\n')[0]}`;
        if (seen.has(`${line}:${message}`)) continue;
        seen.add(`${line}:${message}`);
        problems.push(unreadable(message, line, 'check the indentation, colons and brackets on this line and the one before it'));
      }
      return err(problems);
    }
    const raw: unknown = doc.toJS({ maxAliasCount: 50 });
    return ok({ raw, lineOf: (path) => lineOf(doc, counter, path) ?? 1 });
  } catch (e) {
    return err([unreadable(`the file could not be read: ${e instanceof Error ? e.message : String(e)}`, 1)]);
  }
};

/** Parses scenario text (YAML or JSON) and locates each problem by line. */
export const parseScenarioText = (text: string): Result<Scenario, Problem[]> => {
  const read = readScenarioText(text);
  if (!read.ok) return read;
  const result = parseScenario(read.value.raw);
  if (result.ok) return result;
  return err(result.error.map((p) => atLine(p, read.value.lineOf(p.path))));
};
