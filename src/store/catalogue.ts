// The scenarios a player can choose from. main.ts hands the bundled files in (as text); the store only ever
// sees parsed scenarios, so tests can build a catalogue from files read with node:fs.
import { parseScenarioText, type Scenario } from '../sim/index';

export interface ScenarioFile {
  readonly fileName: string;
  readonly text: string;
}

export interface CatalogueEntry {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly version: string;
}

export interface Catalogue {
  readonly entries: readonly CatalogueEntry[];
  /** The first entry: what Setup offers first. */
  readonly defaultId: string;
  get(id: string): Scenario | null;
  /** Files that did not parse (a build problem; shown to authors, never thrown at players). */
  readonly problems: readonly string[];
}

export interface CatalogueOptions {
  /**
   * Test builds only: cut every scenario to this many weeks so whole games stay short. The version gains a
   * suffix, so a save made under the cut never opens as the full scenario.
   */
  readonly horizonWeeks?: number;
}

const shorten = (scenario: Scenario, weeks: number | undefined): Scenario =>
  weeks === undefined || weeks >= scenario.horizonWeeks
    ? scenario
    : { ...scenario, horizonWeeks: Math.max(1, weeks), version: `${scenario.version}+weeks${weeks}` };

export function createCatalogue(files: readonly ScenarioFile[], options: CatalogueOptions = {}): Catalogue {
  const scenarios = new Map<string, Scenario>();
  const problems: string[] = [];
  for (const file of files) {
    const parsed = parseScenarioText(file.text, file.fileName);
    if (parsed.ok) scenarios.set(parsed.value.id, shorten(parsed.value, options.horizonWeeks));
    else problems.push(`${file.fileName}: ${parsed.error.map((issue) => issue.message).join('; ')}`);
  }
  const entries = [...scenarios.values()].map(({ id, title, summary, version }) => ({ id, title, summary, version }));
  return {
    entries,
    defaultId: entries[0]?.id ?? '',
    get: (id) => scenarios.get(id) ?? null,
    problems,
  };
}
