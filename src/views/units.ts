// The units the Table and the briefing use, defined where they first appear: what "pp" is on top of (from the
// scenario's own headline issue), what the harm is counted in, and what value and the score out of 100 count.
// One unit per concept: terms are valued in points out of 100, as the coach says too.
import { capitalise, theHarm, type Scenario, type SideId, type Vocabulary } from '../sim/index';

/** "pp: percentage points. A consolidated pay rise … on top of the 5.4% already awarded." (null without a pp issue) */
export function ppDefinition(scenario: Scenario): string | null {
  const pay = scenario.issues.find((i) => i.unit === 'pp');
  return pay ? `pp: percentage points. ${pay.label}: ${pay.description.trim().replace(/\s+/g, ' ')}` : null;
}

/** What the harm is counted in, from the vocabulary: its own sentence when the scenario gives one. */
export const harmUnitDefinition = (v: Vocabulary): string =>
  v.harm.unitMeaning ?? `${capitalise(v.harm.unit.plural)}: what ${theHarm(v)} is counted in.`;

/** What "value to you" counts, and how it differs from the score at the end. */
export function valueDefinition(side: SideId): string {
  const scale =
    side === 'union'
      ? 'Value to you: what terms are worth to your members, in points out of 100 (0: nothing beyond the terms in force; 100: everything you claim).'
      : 'Value to you: what terms are worth to you, in points out of 100 (100: no extra cost; fewer as the terms cost more).';
  return `${scale} It counts the terms alone: your score out of 100 at the end also counts what the dispute cost you.`;
}

/** The Table's one-line reminder under the terms, short enough for the panel. */
export const unitsLine = (scenario: Scenario): string =>
  `${scenario.issues.some((i) => i.unit === 'pp') ? 'pp: percentage points on top of the terms in force · ' : ''}value: points out of 100 for you`;

/** The units for the briefing, in two sentences (the Table's "?" and tiles say more). */
export function briefingUnits(scenario: Scenario): string {
  const pay = scenario.issues.find((i) => i.unit === 'pp');
  const pp = pay ? `${pay.label} is in pp, percentage points: ${pay.description.trim().replace(/\s+/g, ' ').replace(/^./, (c) => c.toLowerCase())} ` : '';
  return `${pp}Terms are valued in points out of 100 for you; your score out of 100 at the end also counts what the dispute cost you.`;
}
