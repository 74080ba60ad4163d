// The scenarios a player can choose from: those bundled with the game (read into data at build time, so the
// page needs no YAML parser to list them) and those opened in this browser from a file or the Workbench.
// A scenario of the player's own arrives as JSON text (src/custom/read-scenario.ts turns YAML into it);
// saves of it carry that text, so Continue works where the file is absent. No YAML here: see catalogue.ts.
import type { Scenario } from '../sim/index';
import { err, ok, type Result } from '../sim/result';
import { parseScenario } from '../sim/scenario/parse-data';
import { error, type Problem } from '../sim/scenario/problem';

/**
 * A bundled scenario file: checked and normalised (at build time, or from its data by `sourceFromData`), or
 * the reason it could not be read.
 */
export interface ScenarioSource {
  readonly fileName: string;
  readonly scenario: Result<Scenario, string>;
}

export interface CatalogueEntry {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly version: string;
  readonly horizonWeeks: number;
  /** The Monday of week 0, as a day number. */
  readonly startDay: number;
  /** Based on a real dispute (it records what really happened) rather than made up. */
  readonly real: boolean;
  /** A made-up dispute that teaches the game as it goes (coach prompts, no real history). A real dispute may
   *  carry coach prompts too, as teaching notes, without being a tutorial. */
  readonly tutorial: boolean;
  /** Opened in this browser from a file or the Workbench, not bundled with the game. */
  readonly custom: boolean;
}

/** The scenario as added, or the one problem that kept it out (its `path` is '' for the whole text). */
export type AddResult = Result<Scenario, Problem>;

export interface Catalogue {
  /** Bundled scenarios (tutorials first, then the newest dispute first), then the player's own, newest first. */
  readonly entries: readonly CatalogueEntry[];
  /** What Setup selects at first. */
  readonly defaultId: string;
  get(id: string): Scenario | null;
  /** Bundled files that did not parse (a build problem; shown to authors, never thrown at players). */
  readonly problems: readonly string[];
  /** True when a bundled scenario has this id (a scenario of the player's own needs an id of its own). */
  isBundled(id: string): boolean;
  /**
   * Adds a scenario of the player's own, as JSON text; one with the same id as an earlier one of theirs
   * replaces it in the list (games already started keep theirs). Never throws; a bad text changes nothing.
   */
  addCustom(json: string): AddResult;
  /** The JSON text of a scenario of the player's own (what a save carries), or null for a bundled one. */
  customText(scenario: Scenario): string | null;
}

export interface CatalogueOptions {
  /**
   * Test builds only: cut every scenario to this many weeks so whole games stay short. The version gains a
   * suffix, so a save made under the cut never opens as the full scenario.
   */
  readonly horizonWeeks?: number;
  /** The scenario Setup selects at first (default: the first that is not a tutorial). */
  readonly defaultId?: string;
}

/** How many scenarios of their own a player can keep in the list at once (the oldest drops off). */
export const MAX_CUSTOM = 2;

const shorten = (scenario: Scenario, weeks: number | undefined): Scenario =>
  weeks === undefined || weeks >= scenario.horizonWeeks
    ? scenario
    : { ...scenario, horizonWeeks: Math.max(1, weeks), version: `${scenario.version}+weeks${weeks}` };

const entryOf = (s: Scenario, custom: boolean): CatalogueEntry => ({
  id: s.id,
  title: s.title,
  summary: s.summary,
  version: s.version,
  horizonWeeks: s.horizonWeeks,
  startDay: s.startDay,
  real: s.history.length > 0,
  tutorial: s.coach.length > 0 && s.history.length === 0,
  custom,
});

/** Tutorials first (for newcomers), then the newest dispute first, then by title. */
const bundledOrder = (a: CatalogueEntry, b: CatalogueEntry): number =>
  Number(b.tutorial) - Number(a.tutorial) || b.startDay - a.startDay || a.title.localeCompare(b.title);

const describeIssues = (issues: readonly { path: string; message: string }[]): string =>
  issues
    .slice(0, 3)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join('; ') + (issues.length > 3 ? ` (and ${issues.length - 3} more)` : '');

/** A bundled file read into plain data (by tests and tools, which read the files themselves), checked here. */
export const sourceFromData = (fileName: string, data: unknown): ScenarioSource => {
  const parsed = parseScenario(data);
  return { fileName, scenario: parsed.ok ? parsed : err(describeIssues(parsed.error)) };
};

export function catalogueOf(sources: readonly ScenarioSource[], options: CatalogueOptions = {}): Catalogue {
  const bundled = new Map<string, Scenario>();
  const problems: string[] = [];
  for (const { fileName, scenario } of sources) {
    if (scenario.ok) bundled.set(scenario.value.id, shorten(scenario.value, options.horizonWeeks));
    else problems.push(`${fileName}: ${scenario.error}`);
  }
  const bundledEntries = [...bundled.values()].map((s) => entryOf(s, false)).sort(bundledOrder);
  const defaultId =
    (options.defaultId !== undefined && bundled.has(options.defaultId) ? options.defaultId : undefined) ??
    bundledEntries.find((e) => !e.tutorial)?.id ??
    bundledEntries[0]?.id ??
    '';

  /** The player's own, newest first. */
  let custom: Scenario[] = [];
  const texts = new WeakMap<Scenario, string>();

  const addCustom = (json: string): AddResult => {
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      return err(error('syntax', '', 'the scenario text is damaged (it is not valid JSON)'));
    }
    const parsed = parseScenario(data);
    if (!parsed.ok) return err(error('schema', parsed.error[0]?.path ?? '', describeIssues(parsed.error)));
    const id = parsed.value.id;
    if (bundled.has(id)) {
      return err(
        error(
          'id-taken',
          'id',
          `the id "${id}" belongs to a scenario that comes with Standoff; a scenario of your own needs an id of its own`,
          `give it another id, for example id: ${id}-mine`,
        ),
      );
    }
    const scenario = shorten(parsed.value, options.horizonWeeks);
    texts.set(scenario, json);
    custom = [scenario, ...custom.filter((s) => s.id !== id)].slice(0, MAX_CUSTOM);
    return ok(scenario);
  };

  return {
    get entries() {
      return [...bundledEntries, ...custom.map((s) => entryOf(s, true))];
    },
    defaultId,
    get: (id) => bundled.get(id) ?? custom.find((s) => s.id === id) ?? null,
    problems,
    isBundled: (id) => bundled.has(id),
    addCustom,
    customText: (scenario) => texts.get(scenario) ?? null,
  };
}
