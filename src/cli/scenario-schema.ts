/**
 * `npm run scenario:schema`: writes scenarios/schema.json from the zod schema. With --check it writes nothing
 * and exits 1 if the file is missing or stale (a test does the same on every `npm test`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioJsonSchemaText } from '../sim/scenario/json-schema';
import { REPO_ROOT } from './scenario-files';
import { runTool, toolMain, type ToolIO } from './tool-io';

export const SCHEMA_PATH = join(REPO_ROOT, 'scenarios', 'schema.json');

const current = (): string | null => {
  try {
    return readFileSync(SCHEMA_PATH, 'utf8');
  } catch {
    return null;
  }
};

const run = (argv: readonly string[], io: ToolIO): number => {
  const text = scenarioJsonSchemaText();
  if (argv.includes('--check')) {
    const fresh = current() === text;
    io.stdout(fresh ? 'scenarios/schema.json is current\n' : 'scenarios/schema.json is stale: run npm run scenario:schema\n');
    return fresh ? 0 : 1;
  }
  writeFileSync(SCHEMA_PATH, text);
  io.stdout(`wrote scenarios/schema.json (${text.length.toLocaleString('en-GB')} characters)\n`);
  return 0;
};

await runTool(import.meta.url, toolMain('scenario:schema', run));
