/**
 * The scenario format as a JSON Schema, generated from the zod schema so the two cannot drift. Editors read
 * it (YAML files name it in a `# yaml-language-server: $schema=./schema.json` line) to autocomplete fields
 * and flag mistakes as authors type. `npm run scenario:schema` writes it to scenarios/schema.json.
 */
import { z } from 'zod';
import { FORMAT_VERSION, jsonSchemaNames, scenarioFileSchema } from './schema';

/**
 * Each part's metadata for the generator: its name for a shared definition (ours) together with its
 * description (`.describe()` records those in zod's global registry, which a named registry would hide).
 */
class NamesAndDescriptions extends z.core.$ZodRegistry<Record<string, unknown>> {
  override get<S extends z.core.$ZodType>(schema: S): Record<string, unknown> | undefined {
    const merged = { ...z.globalRegistry.get(schema), ...jsonSchemaNames.get(schema) };
    return Object.keys(merged).length ? merged : undefined;
  }
}

/** The JSON Schema object (draft-07, which editors support most widely). */
const scenarioJsonSchema = (): Record<string, unknown> => {
  const metadata = new NamesAndDescriptions();
  const generated = z.toJSONSchema(scenarioFileSchema, { target: 'draft-7', io: 'input', metadata }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: `Standoff scenario (format ${FORMAT_VERSION})`,
    description: 'A dispute for Standoff, written in YAML or JSON. Generated from src/sim/scenario/schema.ts by `npm run scenario:schema`; do not edit by hand. The authoring guide is scenarios/README.md.',
    ...rest,
  };
};

/** The file's text, exactly as written to scenarios/schema.json. */
export const scenarioJsonSchemaText = (): string => `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
