/** The issues on the table: each grid expanded, the union's values and the Government's costs as integer tables. */
import { BP, toBp } from '../../fixed';
import type { ScenarioFile } from '../schema';
import { YES_NO, type Issue } from '../types';
import { uniqueIds, type Resolver } from './context';
import { apportion, firstLevels, gridValues, indexOnGrid, lerp } from './grid';
import { num } from './units';

/**
 * An issue the employer wants: it cannot be the headline (members' resistance and the public's sense of a
 * reasonable offer are measured on a gain to members), and granting it must not raise members' value or the
 * employer's cost.
 */
const checkEmployerIssue = (issue: ScenarioFile['issues'][number], values: readonly number[], i: number, r: Resolver): void => {
  const path = ['issues', i];
  if (i === 0) r.fail([...path, 'direction'], 'the first issue is the headline, which the union must want', 'put an issue the union wants first');
  const rises = (points: ScenarioFile['issues'][number]['unionValue']) => values.some((v, j) => j > 0 && lerp(points, v) > lerp(points, values[j - 1]!) + 1e-9);
  if (rises(issue.unionValue)) r.fail([...path, 'unionValue'], 'an issue the employer wants must not be worth more to members the more of it is granted', 'make the values fall (or stay level) as the level rises, or write direction: union');
  if (rises(issue.employerCostMPerYear)) r.fail([...path, 'employerCostMPerYear'], 'an issue the employer wants must not cost it more the more of it is granted', 'write the saving as a falling (usually negative) cost, or write direction: union');
};

export const normaliseIssues = (file: ScenarioFile, r: Resolver): Issue[] => {
  const claimId = uniqueIds(r, 'issue', 'issues');
  const issues = file.issues.map((issue, i): Issue => {
    const path = ['issues', i];
    claimId(issue.id, i);
    r.checkSource(issue.source, [...path, 'source']);
    const values = gridValues(issue.grid, [...path, 'grid'], r);
    const statusQuo = indexOnGrid(values, issue.statusQuo);
    if (statusQuo < 0) r.fail([...path, 'statusQuo'], `the status quo ${issue.statusQuo} is not on the issue's grid`, `use one of ${firstLevels(values)}`);
    const sqCost = lerp(issue.employerCostMPerYear, issue.statusQuo);
    if (issue.direction === 'employer') checkEmployerIssue(issue, values, i, r);
    if (issue.unit === YES_NO && (values.length !== 2 || values[0] !== 0 || values[1] !== 1))
      r.fail([...path, 'grid'], `a yes/no issue has the levels 0 (no) and 1 (yes), not ${firstLevels(values)}`, 'write grid: { values: [0, 1] }, or another unit');
    return {
      id: issue.id,
      label: issue.label,
      unit: issue.unit,
      description: issue.description,
      values,
      statusQuo: Math.max(0, statusQuo),
      unionValueBp: values.map((v) => Math.max(-BP, Math.min(BP, toBp(lerp(issue.unionValue, v))))),
      unionWeightBp: 0,
      employerCostK: values.map((v) => Math.round((lerp(issue.employerCostMPerYear, v) - sqCost) * 1000)),
      readAcross: issue.readAcross !== false,
      ...(typeof issue.readAcross === 'boolean' ? {} : { readAcrossShareBp: toBp(num(issue.readAcross)) }),
      ...(issue.direction === 'employer' ? { direction: 'employer' as const } : {}),
      ...(issue.cost === 'oneOff' ? { oneOff: true as const } : {}),
    };
  });
  const weights = apportion(file.issues.map((issue) => num(issue.unionWeight)));
  return issues.map((issue, i) => ({ ...issue, unionWeightBp: weights[i]! }));
};
