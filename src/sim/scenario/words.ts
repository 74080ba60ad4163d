/**
 * The dispute's words in running text, from the scenario's vocabulary: "the BMA" or "Network Rail", "the NHS
 * waiting list", "resident doctors". Every line the game writes about a side, its workers, the service or the
 * harm goes through here, so no dispute's words are built into the code.
 */
import type { HarmKind, SideId, Vocabulary } from './types';

/** A name as running text puts it, with "the" when the name takes it: "the NHS", "Network Rail". */
const withThe = (name: string, takesThe: boolean): string => (takesThe ? `the ${name}` : name);

/** The first letter in capitals, for the start of a sentence ("the BMA" → "The BMA"; never lower-cases). */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A side's short name mid-sentence: "the BMA", "Network Rail". */
export const theSide = (v: Vocabulary, side: SideId): string => withThe(v.sides[side].shortName, v.sides[side].takesThe);

/** The service strikes disrupt, mid-sentence: "the NHS", "Millbrook General". */
export const theService = (v: Vocabulary): string => withThe(v.service.name, v.service.takesThe);

/** The harm strikes build up, mid-sentence: "the NHS waiting list". */
export const theHarm = (v: Vocabulary): string => withThe(v.harm.name, v.harm.takesThe);

/** What became of the units a strike day lost, by harm model: rescheduled (a queue), lost, or never made. */
export const lostAs = (kind: HarmKind): { readonly sentence: string; readonly brief: string } =>
  kind === 'backlog' ? { sentence: 'were rescheduled', brief: 'rescheduled' } : kind === 'lostService' ? { sentence: 'were lost', brief: 'lost' } : { sentence: 'were not made', brief: 'not made' };
