// The scenarios a player can choose from, built from scenario files as text (YAML or JSON): for tests and
// tools, which read the files with node:fs. The page itself builds its catalogue from data read at build time
// (catalogue-core.ts, via src/scenarios.ts), so it never loads the YAML parser before its first frame.
import { readScenarioText } from '../sim/scenario/parse';
import { err } from '../sim/result';
import { catalogueOf, sourceFromData, type Catalogue, type CatalogueOptions, type ScenarioSource } from './catalogue-core';

export type { Catalogue, CatalogueOptions, ScenarioSource } from './catalogue-core';
export { catalogueOf, MAX_CUSTOM, sourceFromData } from './catalogue-core';

export interface ScenarioFile {
  readonly fileName: string;
  readonly text: string;
}

export function createCatalogue(files: readonly ScenarioFile[], options: CatalogueOptions = {}): Catalogue {
  const sources = files.map((file): ScenarioSource => {
    const read = readScenarioText(file.text);
    return read.ok ? sourceFromData(file.fileName, read.value.raw) : { fileName: file.fileName, scenario: err(read.error.map((p) => p.message).join('; ')) };
  });
  return catalogueOf(sources, options);
}
