/** The issues on the table: each grid expanded, the union's values and the Government's costs as integer tables. */
import { BP, toBp } from '../../fixed';
import type { ScenarioFile } from '../schema';
import type { Issue } from '../types';
import { uniqueIds, type Resolver } from './context';
import { apportion, firstLevels, gridValues, indexOnGrid, lerp } from './grid';
import { num } from './units';

export const normaliseIssues = (file: ScenarioFile, r: Resolver): Issue[] => {
  const claimId = uniqueIds(r, 'issue', 'issues');
  const issues = file.issues.map((issue, i): Issue => {
    const path = ['issues', i];
    claimId(issue.id, i);
    r.checkSource(issue.source, [...path, 'source']);
    const values = gridValues(issue.grid, [...path, 'grid'], r);
    const statusQuo = indexOnGrid(values, issue.statusQuo);
    if (statusQuo < 0) r.fail([...path, 'statusQuo'], `the status quo ${issue.statusQuo} is not on the issue's grid`, `use one of ${firstLevels(values)}`);
    const sqCost = lerp(issue.employerCostGBPmPerYear, issue.statusQuo);
    return {
      id: issue.id,
      label: issue.label,
      unit: issue.unit,
      description: issue.description,
      values,
      statusQuo: Math.max(0, statusQuo),
      unionValueBp: values.map((v) => Math.max(-BP, Math.min(BP, toBp(lerp(issue.unionValue, v))))),
      unionWeightBp: 0,
      employerCostK: values.map((v) => Math.round((lerp(issue.employerCostGBPmPerYear, v) - sqCost) * 1000)),
      readAcross: issue.readAcross,
    };
  });
  const weights = apportion(file.issues.map((issue) => num(issue.unionWeight)));
  return issues.map((issue, i) => ({ ...issue, unionWeightBp: weights[i]! }));
};
