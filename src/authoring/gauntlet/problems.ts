/** The gauntlet's errors as scenario problems, for `scenario:check --strict` and the Workbench. */
import { warning, type Problem } from '../../sim/scenario/problem';
import type { Scenario } from '../../sim/scenario/types';
import { runGauntlet, type GauntletReport } from './gauntlet';

/** Seeds per opposing persona when the checker runs the gauntlet: enough to catch a dominant line, quick enough to run on every check. */
export const CHECK_GAUNTLET_SEEDS = 4;

/** The seats by role: the report carries no scenario, and these are role words, not one dispute's names. */
const SEAT = { union: 'the union', employer: 'the employer' } as const;

/** One problem (code `gauntlet`, on `personas`) for each strategy the gauntlet calls an error. */
export const gauntletProblems = (report: GauntletReport): Problem[] =>
  report.rows
    .filter((r) => r.verdict === 'error')
    .map((r) =>
      warning(
        'gauntlet',
        'personas',
        `the simple strategy "${r.strategy}" (${r.description}) ${r.reasons.join(' and ')}: playing ${SEAT[r.seat]}, it scores ${r.mean.toFixed(1)} against the AI's own ${r.aiMean.toFixed(1)}`,
        `make the AI answer this line or make it not pay: see "Which fields move the AI" in docs/ai.md and the scoring weights in docs/model.md; npm run scenario:gauntlet -- --scenario ${report.scenarioId} shows the whole table`,
      ),
    );

/** Runs the gauntlet in this thread with the checker's seed count and returns its problems. */
export const checkGauntlet = (scenario: Scenario, seeds: number = CHECK_GAUNTLET_SEEDS): Problem[] => gauntletProblems(runGauntlet(scenario, seeds));
