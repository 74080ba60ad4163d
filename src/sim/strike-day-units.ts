/** What a week's strike days put at risk and lose, in whichever units a harm model counts (episodes, journeys, vehicles). */
import type { DayNumber } from './calendar';
import { mulBp } from './fixed';

/** Units planned on the strike days, and the share `lostBp` of each day's units lost to the strike. */
export const unitsOnStrikeDays = (strikeDays: readonly DayNumber[], unitsOn: (day: DayNumber) => number, lostBp: number): { planned: number; lost: number } => {
  let planned = 0;
  let lost = 0;
  for (const day of strikeDays) {
    const units = unitsOn(day);
    planned += units;
    lost += mulBp(units, lostBp);
  }
  return { planned, lost };
};
