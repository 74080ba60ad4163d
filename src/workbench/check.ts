// The Workbench's live check: the scenario checker's errors and quick warnings (src/authoring/check.ts), plus
// the one thing only the game knows: an id that a bundled scenario already has. Pure; the page debounces it.
import { checkScenarioText } from '../authoring/check';
import { readScenarioText } from '../sim/scenario/parse';
import { atLine, error, type Problem } from '../sim/scenario/problem';
import type { Scenario } from '../sim/scenario/types';

export interface WorkbenchCheck {
  /** The scenario when it loads (errors aside from a taken id): enough to balance it. */
  readonly scenario: Scenario | null;
  readonly problems: readonly Problem[];
  /** It loads and may be played here. */
  readonly playable: boolean;
  readonly ms: number;
}

/** The file name the checker is given: no extension, so it does not ask the id to match a file name. */
export const EDITOR_FILE = 'scenario text';

export function checkText(text: string, isBundled: (id: string) => boolean): WorkbenchCheck {
  const t0 = performance.now();
  const report = checkScenarioText(text, EDITOR_FILE, { quick: true });
  const problems = [...report.problems];
  let playable = report.scenario !== null;
  if (report.scenario && isBundled(report.scenario.id)) {
    playable = false;
    const read = readScenarioText(text);
    const taken = error(
      'id-taken',
      'id',
      `"${report.scenario.id}" is the id of a scenario that comes with Standoff; to play this one, give it an id of its own`,
      `for example id: ${report.scenario.id}-mine`,
    );
    problems.unshift(read.ok ? atLine(taken, read.value.lineOf('id')) : taken);
  }
  return { scenario: report.scenario, problems, playable, ms: performance.now() - t0 };
}
