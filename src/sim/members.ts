/**
 * The union's members: morale (worn down by strike days, lifted by public support) and anger (raised by
 * insults and imposed terms), each pulled back toward its anchor; and their resistance point on the headline
 * issue, which falls toward a hidden floor with each strike day (Ashenfelter and Johnson's decaying demand).
 */
import { BP, clamp, divRound, mulBp } from './fixed';
import type { Scenario } from './scenario/types';
import type { GameState } from './types';

export interface MembersInputs {
  readonly strikeDays: number;
  readonly supportBp: number;
  readonly moraleBp: number;
  readonly angerBp: number;
}

export const advanceMembers = (
  scenario: Scenario,
  bma: GameState['bma'],
  floorX100: number,
  input: MembersInputs,
): Pick<GameState['bma'], 'moraleBp' | 'angerBp' | 'resistanceX100'> => {
  const m = scenario.members;
  const moraleBp = clamp(
    bma.moraleBp +
      mulBp(m.morale.anchorBp - bma.moraleBp, m.morale.reversionBp) -
      input.strikeDays * m.morale.perStrikeDayBp +
      divRound((input.supportBp - 3500) * m.morale.perSupportPointBp, 100) +
      input.moraleBp,
    0,
    BP,
  );
  const angerBp = clamp(bma.angerBp + mulBp(m.anger.anchorBp - bma.angerBp, m.anger.reversionBp) + input.angerBp, 0, BP);
  let resistanceX100 = bma.resistanceX100;
  for (let d = 0; d < input.strikeDays; d += 1) {
    if (resistanceX100 > floorX100) resistanceX100 = floorX100 + mulBp(resistanceX100 - floorX100, m.resistanceRetainedBp);
  }
  return { moraleBp, angerBp, resistanceX100 };
};
