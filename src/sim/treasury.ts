/**
 * The Treasury steps in when the Government's spending on the dispute runs far past its budget headroom: once
 * the headroom has fallen below minus `TREASURY_OVERRUN_SHARE_BP` of what it was at the start (for the bundled
 * disputes, £1.5bn of headroom: an overrun of £750m), the Treasury intervenes, once in a dispute. From then on
 * the dispute presses harder on the Government (`TREASURY_PRESSURE_BP` added to its political pressure), so it
 * expects a continuing dispute to cost more and is readier to settle. Both figures are assumptions (docs/model.md).
 */
import { mulBp } from './fixed';
import type { Scenario } from './scenario/types';
import type { GameState } from './types';

/** How far below zero (bp of the starting headroom) the headroom must fall before the Treasury steps in. */
const TREASURY_OVERRUN_SHARE_BP = 5000;
/** Political pressure (bp) the Treasury's intervention adds for the rest of the dispute. */
export const TREASURY_PRESSURE_BP = 1500;

/** Whether the Treasury steps in this week, given the Government's finances after the week's spending. */
export const treasuryIntervenes = (scenario: Scenario, employer: GameState['employer']): boolean =>
  employer.treasuryWeek === null && employer.headroomK < -mulBp(scenario.initial.budgetHeadroomK, TREASURY_OVERRUN_SHARE_BP);

/** The extra political pressure on the Government from a Treasury intervention, bp. */
export const treasuryPressureBp = (state: GameState): number => (state.employer.treasuryWeek === null ? 0 : TREASURY_PRESSURE_BP);
