/** The committed par files beside the bundled scenarios (`scenarios/<id>.par.json`): reading, and par for any scenario. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computePar, scenarioHashOf, type ParTable } from '../share/par';
import type { Scenario } from '../sim/scenario/types';
import { REPO_ROOT } from './scenario-files';

export const parFilePath = (scenarioId: string, root: string = REPO_ROOT): string => join(root, 'scenarios', `${scenarioId}.par.json`);

/** The committed par table for a scenario, when there is one for exactly this scenario's content. */
export const committedPar = (scenario: Scenario, root: string = REPO_ROOT): ParTable | null => {
  try {
    const table = JSON.parse(readFileSync(parFilePath(scenario.id, root), 'utf8')) as ParTable;
    return table.scenarioHash === scenarioHashOf(scenario) ? table : null;
  } catch {
    return null;
  }
};

/** Par for a scenario: its committed file when it matches, otherwise computed now (a second or two). */
export const parTableFor = (scenario: Scenario, root: string = REPO_ROOT): ParTable => committedPar(scenario, root) ?? computePar(scenario);
