/** The bundled scenarios, read from scenarios/ once each, for the server's games. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText, type Scenario } from '../sim';
import { fileURLToPath } from 'node:url';
import type { ParTable } from '../share/par';

/** The repository's root, where scenarios/ and dist/ are. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const cache = new Map<string, Scenario>();

/** A bundled scenario by id, or null when there is none (ids come from the protocol's checked pattern). */
export const bundledScenario = (id: string): Scenario | null => {
  const hit = cache.get(id);
  if (hit) return hit;
  let text: string;
  try {
    text = readFileSync(join(REPO_ROOT, 'scenarios', `${id}.yaml`), 'utf8');
  } catch {
    return null;
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return null;
  cache.set(id, parsed.value);
  return parsed.value;
};

let pars: Map<string, ParTable> | null = null;

/**
 * A committed par table (scenarios/<id>.par.json) by the scenario content hash it was computed for, or null: the
 * par of a bundled scenario's games, for the teacher's table and the class report of the export.
 */
export const bundledParByHash = (scenarioHash: string): ParTable | null => {
  if (!pars) {
    pars = new Map();
    for (const name of readdirSync(join(REPO_ROOT, 'scenarios'))) {
      if (!name.endsWith('.par.json')) continue;
      const table = JSON.parse(readFileSync(join(REPO_ROOT, 'scenarios', name), 'utf8')) as ParTable;
      pars.set(table.scenarioHash, table);
    }
  }
  return pars.get(scenarioHash) ?? null;
};
