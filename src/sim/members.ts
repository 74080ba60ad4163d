/**
 * The union's members: morale (worn down by strike days, lifted by public support) and anger (raised by
 * insults, derisory offers and imposed terms), each pulled back toward its anchor; their grievance, a slow
 * average of anger that turnout follows; and their resistance point on the headline issue, which falls toward
 * a hidden floor with time and with each strike day (Ashenfelter and Johnson's decaying demand), and climbs
 * back toward the opening demand after a derisory offer.
 */
import { BP, clamp, divRound, mulBp } from './fixed';
import type { Scenario } from './scenario/types';
import type { GameState } from './types';

export interface MembersInputs {
  readonly strikeDays: number;
  readonly supportBp: number;
  readonly moraleBp: number;
  readonly angerBp: number;
  /** The Government tabled a new offer this week whose headline is below the public's reasonable level. */
  readonly derisoryOffer: boolean;
  /** Weeks since the union last called action or the Government last conceded (large if neither ever happened). */
  readonly idleWeeks: number;
}

/** Weeks members wait for their union to act on their grievance, or for talks to move, before they lose heart. */
const IDLE_GRACE_WEEKS = 8;
/** Share of the members' grievance that comes off morale each week the union sits on it past the grace (bp). */
const IDLE_DRAIN_BP = 600;

export const advanceMembers = (
  scenario: Scenario,
  union: GameState['union'],
  floorX100: number,
  input: MembersInputs,
): Pick<GameState['union'], 'moraleBp' | 'angerBp' | 'grievanceBp' | 'resistanceX100'> => {
  const m = scenario.members;
  const moraleBp = clamp(
    union.moraleBp +
      mulBp(m.morale.anchorBp - union.moraleBp, m.morale.reversionBp) -
      input.strikeDays * m.morale.perStrikeDayBp +
      divRound((input.supportBp - 3500) * m.morale.perSupportPointBp, 100) +
      input.moraleBp -
      (input.idleWeeks >= IDLE_GRACE_WEEKS ? mulBp(union.grievanceBp, IDLE_DRAIN_BP) : 0),
    0,
    BP,
  );
  const insult = input.derisoryOffer ? m.anger.perDerisoryOfferBp : 0;
  const angerBp = clamp(union.angerBp + mulBp(m.anger.anchorBp - union.angerBp, m.anger.reversionBp) + input.angerBp + insult, 0, BP);
  const grievanceBp = mulBp(union.grievanceBp, m.grievanceRetainedBp) + mulBp(angerBp, BP - m.grievanceRetainedBp);
  let resistanceX100 = union.resistanceX100;
  if (resistanceX100 > floorX100) resistanceX100 = floorX100 + mulBp(resistanceX100 - floorX100, m.resistanceRetainedPerWeekBp);
  for (let d = 0; d < input.strikeDays; d += 1) {
    if (resistanceX100 > floorX100) resistanceX100 = floorX100 + mulBp(resistanceX100 - floorX100, m.resistanceRetainedBp);
  }
  if (input.derisoryOffer && resistanceX100 < m.resistanceOpeningX100) {
    resistanceX100 += mulBp(m.resistanceOpeningX100 - resistanceX100, m.resistanceRecoveryPerDerisoryBp);
  }
  return { moraleBp, angerBp, grievanceBp, resistanceX100 };
};
