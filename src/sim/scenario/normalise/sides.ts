/** The AI's personas and the two sides: each side's personas must be defined, its opening offer on the grids. */
import { toBp, toX100 } from '../../fixed';
import type { ScenarioFile } from '../schema';
import type { Issue, Persona, SideInfo } from '../types';
import { uniqueIds, type Checker } from './context';
import { firstLevels, indexOnGrid } from './grid';

export const normalisePersonas = (file: ScenarioFile, checker: Checker): Persona[] => {
  const claimId = uniqueIds(checker, 'persona', 'personas');
  return file.personas.map((p, i) => {
    claimId(p.id, i);
    return {
      id: p.id,
      label: p.label,
      description: p.description,
      concessionX100: toX100(p.concession),
      reciprocityBp: toBp(p.reciprocity),
      strikeAppetite: p.strikeAppetite,
      descriptions: { union: p.descriptions?.union ?? p.description, employer: p.descriptions?.employer ?? p.description },
      unilateralBudgetBp: toBp(p.unilateralBudget ?? 0.2),
    };
  });
};

/** An opening offer as grid indices, starting from the status quo on every issue it does not name. */
const openingOffer = (offer: Readonly<Record<string, number>>, issues: readonly Issue[], path: readonly (string | number)[], checker: Checker): number[] => {
  const levels = issues.map((issue) => issue.statusQuo);
  for (const [issueId, value] of Object.entries(offer)) {
    const i = issues.findIndex((issue) => issue.id === issueId);
    if (i < 0) {
      checker.fail([...path, issueId], `"${issueId}" is not an issue id`, `the issue ids are ${issues.map((x) => x.id).join(', ')}`);
      continue;
    }
    const idx = indexOnGrid(issues[i]!.values, value);
    if (idx < 0) checker.fail([...path, issueId], `${value} is not on the grid of "${issueId}"`, `use a level of its grid (${firstLevels(issues[i]!.values)})`);
    else levels[i] = idx;
  }
  return levels;
};

export const normaliseSide = (file: ScenarioFile, key: 'union' | 'employer', issues: readonly Issue[], personas: readonly Persona[], checker: Checker): SideInfo => {
  const s = file.sides[key];
  const personaIds = new Set(personas.map((p) => p.id));
  s.personas.forEach((p, i) => {
    if (!personaIds.has(p)) checker.fail(['sides', key, 'personas', i], `the persona "${p}" is not defined in personas`, `define it under personas, or use one of ${[...personaIds].join(', ')}`);
  });
  if (!s.personas.includes(s.defaultPersona)) {
    checker.fail(['sides', key, 'defaultPersona'], `the default persona "${s.defaultPersona}" is not one of this side's personas`, `use one of ${s.personas.join(', ')}`);
  }
  return {
    name: s.name,
    shortName: s.shortName,
    brief: s.brief,
    personas: s.personas,
    defaultPersona: s.defaultPersona,
    openingOffer: s.openingOffer ? openingOffer(s.openingOffer, issues, ['sides', key, 'openingOffer'], checker) : null,
  };
};
