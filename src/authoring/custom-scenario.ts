/**
 * Reading a scenario of the player's own (a file they open, or the Workbench's text) so the game can play it:
 * the checker's errors and warnings, located by line, and when it loads, the scenario as JSON text, which is
 * what the catalogue keeps and what saves carry (the same content as the file, without its comments).
 * Loaded on demand in the browser: it brings the YAML parser. Never throws.
 */
import { err, ok, type Result } from '../sim/result';
import { readScenarioText } from '../sim/scenario/parse';
import { atLine, error, type Problem } from '../sim/scenario/problem';
import type { Scenario } from '../sim/scenario/types';
import { checkScenarioText } from './check';

/** The largest scenario file the game will open (the parser's own limit is the same). */
export const MAX_SCENARIO_BYTES = 2_000_000;

/** A scenario of the player's own that loads: its JSON text is what the catalogue keeps and saves carry. */
interface CustomScenario {
  readonly scenario: Scenario;
  readonly json: string;
  readonly warnings: readonly Problem[];
}

const problem = (path: string, message: string, fix?: string, line?: number): Problem => {
  const p = error('custom', path, message, fix);
  return line === undefined ? p : atLine(p, line);
};

/**
 * Checks scenario text for play. `isBundled` says which ids belong to scenarios that come with the game: a
 * scenario of the player's own needs an id of its own, so saves and replay codes never mix the two.
 */
export function readCustomScenario(text: string, fileName: string, isBundled: (id: string) => boolean): Result<CustomScenario, readonly Problem[]> {
  try {
    if (text.trim() === '') return err([problem('', 'the file is empty', 'start from a copy of a bundled scenario (the Workbench offers them)', 1)]);
    const report = checkScenarioText(text, fileName, { quick: true });
    const errors = report.problems.filter((p) => p.severity === 'error');
    if (!report.scenario || errors.length > 0) return err(report.problems);
    const read = readScenarioText(text);
    if (!read.ok) return read;
    const { id } = report.scenario;
    if (isBundled(id)) {
      return err([
        problem('id', `the id "${id}" belongs to a scenario that comes with Standoff; a scenario of your own needs an id of its own`, `give it another id, for example id: ${id}-mine`, read.value.lineOf('id')),
      ]);
    }
    return ok({ scenario: report.scenario, json: JSON.stringify(read.value.raw), warnings: report.problems });
  } catch (e) {
    return err([problem('', `the file could not be checked (${e instanceof Error ? e.message : String(e)}); this is a bug in Standoff`)]);
  }
}

/** "my-dispute.yaml" for an id, so a scenario copied in the Workbench can be saved under a fitting name. */
export const fileNameFor = (id: string): string => `${id || 'my-scenario'}.yaml`;

/**
 * A bundled scenario's text as the start of a new one: the same, with a new id (ids must be unique) and the
 * title marked as a copy. Only the first top-level `id:` and `title:` lines change; comments stay.
 */
export function copyForEditing(text: string, newId: string): string {
  let idDone = false;
  let titleDone = false;
  return text
    .split('\n')
    .map((line) => {
      if (!idDone && /^id:\s*\S/.test(line)) {
        idDone = true;
        return `id: ${newId}`;
      }
      const title = /^title:\s*(["']?)(.*)\1\s*$/.exec(line);
      if (!titleDone && title) {
        titleDone = true;
        return `title: ${JSON.stringify(`${title[2]} (my copy)`)}`;
      }
      return line;
    })
    .join('\n');
}
