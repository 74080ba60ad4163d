/**
 * `npm run scenario:schema`: writes scenarios/schema.json from the zod schema. With --check it writes nothing
 * and exits 1 if the file is missing or stale (a test does the same on every `npm test`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioJsonSchemaText } from '../sim/scenario/json-schema';
import { REPO_ROOT } from './scenario-files';
import { isEntryPoint } from './tool-io';

export const SCHEMA_PATH = join(REPO_ROOT, 'scenarios', 'schema.json');

const current = (): string | null => {
  try {
    return readFileSync(SCHEMA_PATH, 'utf8');
  } catch {
    return null;
  }
};

if (isEntryPoint(import.meta.url)) {
  const text = scenarioJsonSchemaText();
  if (process.argv.includes('--check')) {
    const fresh = current() === text;
    process.stdout.write(fresh ? 'scenarios/schema.json is current\n' : 'scenarios/schema.json is stale: run npm run scenario:schema\n');
    process.exitCode = fresh ? 0 : 1;
  } else {
    writeFileSync(SCHEMA_PATH, text);
    process.stdout.write(`wrote scenarios/schema.json (${text.length.toLocaleString('en-GB')} characters)\n`);
  }
}
