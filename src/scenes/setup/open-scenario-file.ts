// Opening a scenario file of the player's own: reading the file (the checker, which brings the YAML parser, is
// loaded only now) and adding its scenario to the catalogue. A file that does not load changes nothing: the
// catalogue, the game in play and the save are as they were. Never throws.
import { err, ok, type Problem, type Result, type Scenario } from '../../sim/index';
import { error } from '../../sim/scenario/problem';
import type { Catalogue } from '../../store/catalogue-core';

/** A file that opened: the scenario it added to the catalogue, and the checker's warnings about it. */
interface OpenedFile {
  readonly fileName: string;
  readonly scenario: Scenario;
  readonly warnings: readonly Problem[];
}

/** A file that did not open, and why. */
interface RefusedFile {
  readonly fileName: string;
  readonly problems: readonly Problem[];
}

export type OpenResult = Result<OpenedFile, RefusedFile>;

const refused = (fileName: string, message: string, fix?: string): OpenResult => err({ fileName, problems: [error('file', '', message, fix)] });

/** Reads a scenario file and, when it loads, adds it to the catalogue. */
export async function openScenarioFile(file: File, catalogue: Catalogue): Promise<OpenResult> {
  const name = file.name || 'the file';
  try {
    const { MAX_SCENARIO_BYTES, readCustomScenario } = await import('../../authoring/custom-scenario');
    if (file.size > MAX_SCENARIO_BYTES) {
      return refused(name, `the file is ${(file.size / 1_000_000).toFixed(1)} MB; a scenario file may be at most ${MAX_SCENARIO_BYTES / 1_000_000} MB`, 'choose a scenario file (YAML or JSON)');
    }
    const text = await file.text();
    const read = readCustomScenario(text, name, catalogue.isBundled);
    if (!read.ok) return err({ fileName: name, problems: read.error });
    const added = catalogue.addCustom(read.value.json);
    if (!added.ok) return refused(name, added.error.message, added.error.fix);
    return ok({ fileName: name, scenario: added.value, warnings: read.value.warnings });
  } catch (e) {
    return refused(name, `the file could not be read (${e instanceof Error ? e.message : String(e)})`, 'try again, or choose another file');
  }
}
