/**
 * Persona descriptions per side: the player reads the description for the side the persona plays against them.
 * A persona offered to the employer that has no `descriptions.employer` shows its shared `description` there,
 * and one that talks about striking then tells the player their employer opponent strikes, which it never does.
 */
import { warning, type Problem } from '../sim/scenario/problem';
import type { LintContext } from './lint-context';
import { inText } from './side-names';

const SPEAKS_OF_STRIKING = /\bstrik(e|es|ing)\b/i;

export const lintPersonas = ({ file, scenario }: LintContext): Problem[] => {
  const employer = inText(scenario.vocabulary.sides.employer);
  const offered = new Set(file.sides.employer.personas);
  return file.personas.flatMap((persona, i) =>
    offered.has(persona.id) && persona.descriptions?.employer === undefined && SPEAKS_OF_STRIKING.test(persona.description)
      ? [
          warning(
            'persona-description-side',
            `personas[${i}].description`,
            `persona "${persona.id}" is offered to ${employer}, which never strikes, but with no descriptions.employer the player facing it reads "${persona.description}"`,
            `add descriptions: { union: …, employer: … } to say what it does on each side (see docs/ai.md, "Personas")`,
          ),
        ]
      : [],
  );
};
