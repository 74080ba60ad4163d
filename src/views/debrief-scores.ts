// How each side's score out of 100 was made, in words: the weighted average of its parts, with the terms' part
// given in the same points of value the value space uses, so the two "out of 100"s never read as one.
import { theSide } from '../sim/index';
import type { Debrief, Scenario, SideId, Vocabulary } from '../sim/index';

type Part = NonNullable<Debrief['scoreParts']>[SideId][number];

/** Each part in words; `{level}` is its level out of 100 and `{value}` the terms' points of value in the value space. */
const PART_WORDS: Readonly<Record<Part['part'], (side: SideId, v: Vocabulary) => string>> = {
  // The union's terms part is the value space's own number; the employer's scores the terms' cost against a
  // fixed reference, so both are given rather than one passed off as the other.
  terms: (side) => (side === 'union' ? 'terms worth {value} points of value' : "terms' cost {level} against the score's reference (the value space puts the terms at {value} points of value)"),
  lostPay: () => 'pay kept {level}',
  support: () => 'public support {level}',
  morale: () => 'morale {level}',
  strikeCost: () => 'strike costs avoided {level}',
  harm: (_side, v) => `${v.harm.name} {level}`,
  blame: () => 'blame avoided {level}',
};

/** "BMA: 27 of 100 is the weighted average of terms worth 0 points of value (55%), pay kept 93 (15%), …". */
export function scoreExplained(scenario: Scenario, d: Debrief, side: SideId, score: number): string | null {
  const parts = d.scoreParts?.[side];
  if (!parts) return null;
  const weight = parts.reduce((sum, p) => sum + p.weightBp, 0);
  if (weight === 0) return null;
  const value = ((side === 'union' ? d.final.union : d.final.employer) / 100).toFixed(0);
  const items = parts
    .filter((p) => p.weightBp > 0)
    .map((p) => `${PART_WORDS[p.part](side, scenario.vocabulary).replace('{level}', (p.levelBp / 100).toFixed(0)).replace('{value}', value)} (${Math.round((p.weightBp * 100) / weight)}%)`);
  return `${score} of 100 for ${theSide(scenario.vocabulary, side)} is the weighted average of ${items.join(', ')}.`;
}
