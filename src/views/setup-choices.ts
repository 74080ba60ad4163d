// What the Setup screen shows for each choice: the scenarios as cards, the sides, the opponent's personas and
// the players a choice makes. Pure: the scene only draws these and passes the player's picks back.
import { capitalise, longDate, otherSide, theSide, type Scenario, type SideId } from '../sim/index';
import type { CatalogueEntry } from '../store/types';

export interface ScenarioCard {
  readonly id: string;
  readonly title: string;
  /** One line: real or made up, when, how long, and what is special about it. */
  readonly facts: string;
  /** A short mark at the card's corner ("START HERE", "YOUR FILE"), or ''. */
  readonly tag: string;
  readonly summary: string;
}

const monthYear = (day: number): string => longDate(day).replace(/^\w+ \d+ /, ''); // "Jul 2025"

export function scenarioCard(entry: CatalogueEntry): ScenarioCard {
  const kind = entry.real ? `Real dispute, from ${monthYear(entry.startDay)}` : 'Made up';
  const facts = [kind, `${entry.horizonWeeks} week${entry.horizonWeeks === 1 ? '' : 's'}`, ...(entry.tutorial ? ['a coach guides you'] : [])];
  return {
    id: entry.id,
    title: entry.title,
    facts: facts.join(' · '),
    tag: entry.custom ? 'YOUR FILE' : entry.tutorial ? 'START HERE' : '',
    summary: entry.summary.trim().replace(/\s+/g, ' '),
  };
}

export interface SideChoice {
  readonly id: SideId;
  readonly label: string;
  /** What the side is, in a few words, and its full name. */
  readonly role: string;
  readonly name: string;
}

export const sideChoices = (scenario: Scenario): SideChoice[] => [
  { id: 'union', label: scenario.sides.union.shortName, role: 'The union', name: scenario.sides.union.name },
  { id: 'employer', label: scenario.sides.employer.shortName, role: 'The employer', name: scenario.sides.employer.name },
];

export interface PersonaChoice {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

/** The computer opponent's styles for the side facing `side`, and which is the scenario's default. */
export function opponentChoices(scenario: Scenario, side: SideId): { choices: PersonaChoice[]; defaultIndex: number } {
  const opponent = scenario.sides[otherSide(side)];
  const choices = opponent.personas.map((id) => {
    const p = scenario.personas.find((q) => q.id === id);
    return { id, label: p?.label ?? id, description: p?.descriptions[otherSide(side)] ?? '' };
  });
  return { choices, defaultIndex: Math.max(0, opponent.personas.indexOf(opponent.defaultPersona)) };
}

/** "played by the computer as “Steady”": a persona's label may be a noun (Hardliner) or an adjective (Steady),
 *  so it is quoted as a name rather than fitted into the sentence. */
export const playedByComputer = (label: string): string => `played by the computer as \u201c${label}\u201d`;

/** "The Government, played by the computer as “Pragmatist”. Concedes steadily…" */
export function opponentAbout(scenario: Scenario, side: SideId, persona: PersonaChoice): string {
  return `${capitalise(theSide(scenario.vocabulary, otherSide(side)))}, ${playedByComputer(persona.label)}. ${persona.description}`.trim();
}

/** Who plays each side: the player one, the computer (with a persona) the other. */
export const playersFor = (side: SideId, persona: string): Readonly<Record<SideId, string>> =>
  side === 'union' ? { union: 'human', employer: `ai:${persona}` } : { union: `ai:${persona}`, employer: 'human' };

export const HOT_SEAT_ABOUT = 'Two players take turns on this screen; a hand-over screen keeps each side\u2019s brief and private figures from the other.';

/** Setup's last opponent choice: a second person on this screen. */
export const HOT_SEAT_LABEL = 'A second player';
