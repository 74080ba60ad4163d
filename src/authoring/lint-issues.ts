/**
 * Issues that cannot matter: one the union gives no weight (or the same value at every level) and that costs
 * the Government nothing at any level is dead weight on the offer builder and in the AI's search.
 */
import { warning, type Problem } from '../sim/scenario/problem';
import type { LintContext } from './lint-context';
import { inText } from './side-names';

export const lintIssues = ({ scenario }: LintContext): Problem[] => {
  const out: Problem[] = [];
  const [union, employer] = [inText(scenario.vocabulary.sides.union), inText(scenario.vocabulary.sides.employer)];
  scenario.issues.forEach((issue, i) => {
    const unionValues = issue.unionWeightBp > 0 && issue.unionValueBp.some((v) => v !== issue.unionValueBp[0]);
    const employerCares = issue.employerCostK.some((c) => c !== issue.employerCostK[0]);
    if (!unionValues && !employerCares) {
      out.push(
        warning(
          'issue-unvalued',
          `issues[${i}]`,
          `nobody values "${issue.id}": ${union} gives it ${issue.unionWeightBp === 0 ? 'no weight' : 'the same value at every level'} and it costs ${employer} nothing at any level`,
          'give it a unionWeight and a rising unionValue, or an employerCostMPerYear that changes with the level, or remove it',
        ),
      );
    }
  });
  return out;
};
