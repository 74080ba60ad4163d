/** What every lint reads: the file as written (schema-valid) and the engine's normalised scenario. */
import type { ScenarioFile } from '../sim/scenario/schema';
import type { Scenario } from '../sim/scenario/types';

export interface LintContext {
  readonly file: ScenarioFile;
  readonly scenario: Scenario;
}
