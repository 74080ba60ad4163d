/** The bundled scenarios, read from scenarios/ once each, for the server's games. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText, type Scenario } from '../sim';
import { fileURLToPath } from 'node:url';

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
