/**
 * Scenario data → schema check → cross-field checks → Scenario. Format 1 files are checked as format 1, then
 * migrated to format 2 (v1/migrate.ts) and checked again; format 2's old spellings are read as aliases
 * (old-spellings/). This half reads no text, so code that only
 * checks data (bundled scenarios, JSON a save carries) need not load the YAML parser; parse.ts adds the text half.
 * Never throws on bad input; every problem carries the field path.
 */
import { err, type Result } from '../result';
import { explainIssues } from './explain';
import { formatPath, parsePath } from './figures';
import { normaliseScenario } from './normalise';
import { fileSpelling, respell } from './old-spellings/respell';
import { error, type Problem } from './problem';
import { FORMAT_VERSION, scenarioFileSchema } from './schema';
import type { Scenario } from './types';
import { toV1Path } from './v1/keys';
import { migrateV1 } from './v1/migrate';
import { scenarioFileSchemaV1 } from './v1/schema-v1';
import { wrongVersionKeys } from './v1/wrong-version';

/** A schema problem: the file does not have the shape of a scenario. */
const issue = (path: string, message: string, fix?: string): Problem => error('schema', path, message, fix);

/** The format a file says it is in, or the problem with what it says. */
const readVersion = (raw: unknown): { version: 1 | 2 } | { problem: Problem } => {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problem: issue('', 'a scenario must be a mapping of fields (for example `id: my-dispute`), not a list or a single value', 'start from a bundled scenario in scenarios/ and change it') };
  }
  const v = (raw as Record<string, unknown>).formatVersion;
  if (v === undefined) return { problem: issue('formatVersion', `formatVersion is missing; add \`formatVersion: ${FORMAT_VERSION}\``, `add formatVersion: ${FORMAT_VERSION} at the top`) };
  if (typeof v !== 'number' || !Number.isInteger(v)) return { problem: issue('formatVersion', 'formatVersion must be a whole number', `write formatVersion: ${FORMAT_VERSION}`) };
  if (v > FORMAT_VERSION) {
    return { problem: issue('formatVersion', `this file uses format ${v}, which is newer than this version of Standoff understands (${FORMAT_VERSION}); update Standoff`, 'use a newer Standoff, or a file written for this one') };
  }
  if (v < 1) return { problem: issue('formatVersion', `format ${v} is too old; this version of Standoff reads formats 1 and ${FORMAT_VERSION}`, `update the file to format ${FORMAT_VERSION} (see scenarios/README.md)`) };
  return { version: v === 1 ? 1 : 2 };
};

/** Schema problems in plain words, at the paths the file itself uses. */
const explained = (issues: Parameters<typeof explainIssues>[0], root?: Parameters<typeof explainIssues>[1]): Problem[] =>
  explainIssues(issues, root).map((e) => issue(formatPath(e.path), e.message, e.fix));

/**
 * A format 1 file, checked against format 1's schema (so messages name its own keys), migrated to format 2.
 * Problems found after the migration are put back at format 1's paths, so they point at the file's lines.
 */
const readV1 = (raw: unknown): Result<Scenario, Problem[]> => {
  const checked = scenarioFileSchemaV1.safeParse(raw, { reportInput: true });
  if (!checked.success) return err(explained(checked.error.issues, scenarioFileSchemaV1));
  const result = checkV2(migrateV1(raw));
  return result.ok ? result : err(result.error.map((p) => ({ ...p, path: formatPath(toV1Path(parsePath(p.path))) })));
};

/**
 * A format 2 file, read in today's spelling (old-spellings/): a field written in both spellings is an error;
 * problems are put back at the spelling the file uses.
 */
const checkV2 = (raw: unknown): Result<Scenario, Problem[]> => {
  const { doc, clashes } = respell(raw);
  if (clashes.length > 0) return err([...clashes]);
  const checked = scenarioFileSchema.safeParse(doc, { reportInput: true });
  const result = checked.success ? normaliseScenario(checked.data) : err(explained(checked.error.issues));
  return result.ok ? result : err(result.error.map((p) => ({ ...p, path: fileSpelling(raw, p.path) })));
};

const checkRaw = (raw: unknown): Result<Scenario, Problem[]> => {
  const read = readVersion(raw);
  if ('problem' in read) return err([read.problem]);
  const wrongKeys = wrongVersionKeys(raw, read.version);
  if (wrongKeys.length > 0) return err(wrongKeys);
  return read.version === 1 ? readV1(raw) : checkV2(raw);
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


/**
 * A document in format 2's spelling of today (a format 1 file migrated, old spellings respelled), how to
 * write one of its paths as the file writes it, and a warning at each old format 2 spelling.
 */
export const inFormat2 = (raw: unknown): { readonly doc: unknown; readonly filePath: (path: string) => string; readonly oldSpellings: readonly Problem[] } => {
  const isV1 = typeof raw === 'object' && raw !== null && (raw as Record<string, unknown>).formatVersion === 1;
  if (!isV1) {
    const { doc, oldSpellings } = respell(raw);
    return { doc, filePath: (path) => fileSpelling(raw, path), oldSpellings };
  }
  // A format 1 file spells its keys as format 1 does: no old format 2 spelling to warn about.
  const migrated = migrateV1(raw);
  return { doc: respell(migrated).doc, filePath: (path) => formatPath(toV1Path(parsePath(fileSpelling(migrated, path)))), oldSpellings: [] };
};
