/**
 * Finds the scenario a replay code or session file names: the bundled one when its id and version match, or
 * the scenario text the code or file carries (for scenarios that are not bundled). Otherwise a sentence saying
 * why the game cannot be opened here.
 */
import { err, ok, parseScenarioText, type Result, type Scenario } from '../sim/index';

/** Looks a bundled scenario up by id (the catalogue's `get`). */
export type ScenarioLookup = (id: string) => Scenario | null;

export function resolveScenario(lookup: ScenarioLookup, id: string, version: string, text?: string): Result<Scenario, string> {
  const bundled = lookup(id);
  if (bundled && bundled.version === version) return ok(bundled);
  if (text !== undefined) {
    const parsed = parseScenarioText(text);
    if (!parsed.ok) return err(`The scenario this game carries ("${id}") cannot be read: ${parsed.error[0]?.message ?? 'it is not a valid scenario'}.`);
    if (parsed.value.id !== id || parsed.value.version !== version) return err(`The scenario this game carries is "${parsed.value.id}" version ${parsed.value.version}, not "${id}" version ${version} as it says.`);
    return parsed;
  }
  if (bundled) {
    return err(`This game was played on version ${version} of "${bundled.title}", and this copy of Standoff has version ${bundled.version}: the same moves would not give the same game.`);
  }
  return err(`This game was played on a scenario ("${id}", version ${version}) that this copy of Standoff does not include, and it does not carry the scenario's text.`);
}
