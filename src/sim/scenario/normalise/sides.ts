/** The AI's personas and the two sides: each side's personas must be defined, its opening offer on the grids. */
import { toBp, toX100 } from '../../fixed';
import type { ScenarioFile } from '../schema';
import type { HarmKind, Issue, Persona, SideInfo, Vocabulary } from '../types';
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

/** The vocabulary terms each harm model needs beyond the ones every model does, and what each is. */
const HARM_TERMS: Readonly<Record<HarmKind, readonly { readonly term: 'contingency' | 'stock'; readonly what: string; readonly fix: string }[]>> = {
  backlog: [],
  lostService: [{ term: 'contingency', what: "what the managers' contingency service is called", fix: 'add contingency: (text), e.g. "the emergency timetable"' }],
  lostOutput: [{ term: 'stock', what: 'what the finished stock is called', fix: 'add stock: { singular: …, plural: … }, e.g. "vehicle in stock"/"vehicles in stock"' }],
};

/** Each vocabulary term the chosen harm model needs and the file leaves out is an error that names it. */
export const checkHarmTerms = (v: ScenarioFile['vocabulary'], kind: HarmKind, checker: Checker): void => {
  for (const { term, what, fix } of HARM_TERMS[kind]) {
    if (v.harm[term] === undefined) checker.fail(['vocabulary', 'harm', term], `the ${kind} harm model needs the vocabulary term harm.${term}: ${what}`, fix);
  }
};

/** The dispute's words, as written (the sides keyed as the engine keys them). */
export const normaliseVocabulary = (v: ScenarioFile['vocabulary']): Vocabulary => ({
  sides: { union: v.union, employer: v.employer },
  workers: v.workers,
  service: v.service,
  harm: v.harm,
  blame: v.blame,
  currency: v.currency,
});

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
    name: file.vocabulary[key].name,
    shortName: file.vocabulary[key].shortName,
    brief: s.brief,
    personas: s.personas,
    defaultPersona: s.defaultPersona,
    openingOffer: s.openingOffer ? openingOffer(s.openingOffer, issues, ['sides', key, 'openingOffer'], checker) : null,
  };
};
