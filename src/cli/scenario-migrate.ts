/**
 * `npm run scenario:migrate -- <file> [--out FILE | --in-place]`: rewrites a format 1 scenario file in format 2.
 * A YAML file is changed in place in its parsed document, so its comments, key order and quoting stay; a JSON
 * file is written as JSON. The result goes to standard output unless --out or --in-place says otherwise.
 *
 * Exit codes: 0 migrated, 1 the file is not a format 1 scenario (already format 2, or unreadable YAML), 2 a bad
 * flag or a file that cannot be read or written. `main(argv, io)` writes only through `io`, so tests run it in-process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { migrateV1 } from '../sim/scenario/v1/migrate';
import { migrateDocumentV1 } from '../sim/scenario/v1/migrate-document';
import { migrateTextV1 } from '../sim/scenario/v1/migrate-text';
import { readFlags, runTool, toolMain, toolOptions, UsageError, type ToolIO } from './tool-io';

export const MIGRATE_USAGE = `Usage: npm run scenario:migrate -- <file> [--out FILE | --in-place]
  Rewrites a format 1 scenario file in format 2: the keys named after the BMA and the Government become
  union and employer, and the sides' names move into a new vocabulary section with the words format 1 showed.
  Comments are kept. Check the vocabulary afterwards, then run npm run scenario:check on the file.
  --out FILE   write the migrated file to FILE (default: standard output)
  --in-place   overwrite the file itself
  --help       show this help
Exit codes: 0 migrated, 1 not a format 1 scenario, 2 a bad flag or a file that cannot be read or written.`;

const OPTIONS = toolOptions(['out'], ['in-place']);

/** The migrated text, or null when the text is not a format 1 scenario. */
export const migrateScenarioText = (text: string, fileName: string): string | null => {
  if (/\.json$/i.test(fileName)) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return null;
    }
    const isV1 = typeof raw === 'object' && raw !== null && (raw as Record<string, unknown>).formatVersion === 1;
    return isV1 ? `${JSON.stringify(migrateV1(raw), null, 2)}\n` : null;
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return null;
  const expected = JSON.stringify(migrateV1(doc.toJS()));
  // Edits to the text keep every byte the migration does not change; they are used only when they give
  // exactly the migrated data, and the whole document is rewritten (comments kept, layout not) otherwise.
  const edited = migrateTextV1(text);
  if (edited !== null && JSON.stringify(parseDocument(edited).toJS()) === expected) return edited;
  if (!migrateDocumentV1(doc)) return null;
  return doc.toString({ lineWidth: 118, minContentWidth: 60, flowCollectionPadding: false });
};

const read = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
};

const write = (path: string, text: string): void => {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
};

const run = (argv: readonly string[], io: ToolIO): number => {
  const flags = readFlags({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  if (flags.values.help) {
    io.stdout(`${MIGRATE_USAGE}\n`);
    return 0;
  }
  if (flags.positionals.length !== 1) throw new UsageError('name exactly one scenario file to migrate (see --help)');
  if (flags.values.out !== undefined && flags.values['in-place']) throw new UsageError('give --out or --in-place, not both');
  const file = flags.positionals[0]!;
  const path = resolve(io.cwd ?? process.cwd(), file);
  const migrated = migrateScenarioText(read(path), file);
  if (migrated === null) {
    io.stderr(`scenario:migrate: ${file} is not a format 1 scenario (it must be readable YAML or JSON with formatVersion: 1); nothing written\n`);
    return 1;
  }
  if (flags.values['in-place']) write(path, migrated);
  else if (flags.values.out !== undefined) write(resolve(io.cwd ?? process.cwd(), flags.values.out), migrated);
  else io.stdout(migrated);
  if (flags.values['in-place'] || flags.values.out !== undefined) io.stdout(`${file}: migrated to format 2${flags.values.out === undefined ? '' : ` in ${flags.values.out}`}\n`);
  return 0;
};

/** Runs the migration with `argv` (the arguments after the command) and returns the exit code. Never throws. */
export const main = toolMain('scenario:migrate', run);

await runTool(import.meta.url, main);
