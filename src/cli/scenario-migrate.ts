/**
 * `npm run scenario:migrate -- <file> [--out FILE | --in-place]`: rewrites a format 1 scenario file in format 2,
 * and a format 2 file's old spellings (old-spellings/keys.ts) in today's.
 * A YAML file is changed in place in its parsed document, so its comments, key order and quoting stay; a JSON
 * file is written as JSON. The result goes to standard output unless --out or --in-place says otherwise.
 *
 * Exit codes: 0 migrated, 1 nothing to migrate (format 2 in today's spelling, or unreadable YAML), 2 a bad
 * flag or a file that cannot be read or written. `main(argv, io)` writes only through `io`, so tests run it in-process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { respell } from '../sim/scenario/old-spellings/respell';
import { respellText } from '../sim/scenario/old-spellings/respell-text';
import { migrateV1 } from '../sim/scenario/v1/migrate';
import { migrateDocumentV1 } from '../sim/scenario/v1/migrate-document';
import { migrateTextV1 } from '../sim/scenario/v1/migrate-text';
import { readFlags, runTool, toolMain, toolOptions, UsageError, type ToolIO } from './tool-io';

// codemod:keep-begin (the old spellings, named as such)
export const MIGRATE_USAGE = `Usage: npm run scenario:migrate -- <file> [--out FILE | --in-place]
  Rewrites a format 1 scenario file in format 2: the keys named after the BMA and the Government become
  union and employer, and the sides' names move into a new vocabulary section with the words format 1 showed.
  A format 2 file with old spellings (waitingListPressureAt, dailyPayGBP, ...) gets today's (harmPressureAt,
  dailyPay, ...). Comments are kept. Check the vocabulary afterwards, then run npm run scenario:check on the file.
  --out FILE   write the migrated file to FILE (default: standard output)
  --in-place   overwrite the file itself
  --help       show this help
Exit codes: 0 migrated, 1 nothing to migrate, 2 a bad flag or a file that cannot be read or written.`;
// codemod:keep-end

const OPTIONS = toolOptions(['out'], ['in-place']);

const formatOf = (raw: unknown): unknown => (typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).formatVersion : undefined);

/** What the file's data becomes: format 1 migrated, format 2's old spellings respelled; null when nothing changes. */
const migratedData = (raw: unknown): unknown => {
  if (formatOf(raw) === 1) return respell(migrateV1(raw)).doc;
  const { doc, clashes, oldSpellings } = respell(raw);
  return formatOf(raw) === 2 && clashes.length === 0 && oldSpellings.length > 0 ? doc : null;
};

/** Format 1 YAML as format 2 text, first spelling (format 2 as it was first written). */
const format2Text = (text: string): string | null => {
  const doc = parseDocument(text);
  const expected = JSON.stringify(migrateV1(doc.toJS()));
  // Edits to the text keep every byte the migration does not change; they are used only when they give
  // exactly the migrated data, and the whole document is rewritten (comments kept, layout not) otherwise.
  const edited = migrateTextV1(text);
  if (edited !== null && JSON.stringify(parseDocument(edited).toJS()) === expected) return edited;
  if (!migrateDocumentV1(doc)) return null;
  return doc.toString({ lineWidth: 118, minContentWidth: 60, flowCollectionPadding: false });
};

/** The migrated text, or null when the text is neither a format 1 scenario nor a format 2 one with old spellings. */
export const migrateScenarioText = (text: string, fileName: string): string | null => {
  if (/\.json$/i.test(fileName)) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return null;
    }
    const data = migratedData(raw);
    return data === null ? null : `${JSON.stringify(data, null, 2)}\n`;
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return null;
  const expected = migratedData(doc.toJS());
  if (expected === null) return null;
  const v2 = formatOf(doc.toJS()) === 1 ? format2Text(text) : text;
  const respelled = v2 === null ? null : respellText(v2);
  return respelled !== null && JSON.stringify(parseDocument(respelled).toJS()) === JSON.stringify(expected) ? respelled : null;
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
    io.stderr(`scenario:migrate: ${file} is not a format 1 scenario, nor a format 2 one with old spellings (it must be readable YAML or JSON); nothing written\n`);
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
