/**
 * Cross-field checks that convert nothing: shares that must add up, minimums that must not pass their maximums,
 * a start that must be a Monday. (Checks that resolve a reference, such as a date or a level on a grid, live
 * with the converter that resolves it.)
 */
import { isoFromDay, weekday, type DayNumber } from '../../calendar';
import type { ScenarioFile } from '../schema';
import type { Checker } from './context';
import { num } from './units';

export const checkStartIsMonday = (start: string, startDay: DayNumber, checker: Checker): void => {
  if (weekday(startDay) !== 0) {
    checker.fail(['start'], `the start ${start} must be a Monday (weeks run Monday to Sunday)`, `use ${isoFromDay(startDay - weekday(startDay))}, the Monday of that week`);
  }
};

/** Group weights share out the population; within a group and in blame, shares cannot pass the whole. */
export const checkOpinionShares = (opinion: ScenarioFile['opinion'], checker: Checker): void => {
  const groupWeight = opinion.groups.reduce((a, g) => a + num(g.weight), 0);
  if (Math.abs(groupWeight - 1) > 0.001) {
    checker.fail(['opinion', 'groups'], `group weights sum to ${groupWeight.toFixed(3)}; they must sum to 1`, 'make the weights shares of the population that add up to 1');
  }
  opinion.groups.forEach((g, i) => {
    if (num(g.support) + num(g.oppose) > 1) checker.fail(['opinion', 'groups', i], 'support plus oppose must not exceed 1', 'lower support or oppose; the rest of the group is neutral');
    if (num(g.engagedMin) > num(g.engagedMax)) checker.fail(['opinion', 'groups', i, 'engagedMin'], 'engagedMin must not exceed engagedMax', 'swap engagedMin and engagedMax');
  });
  const { blame } = opinion;
  if (num(blame.employer) + num(blame.equal) + num(blame.union) > 1) {
    checker.fail(['opinion', 'blame'], 'blame shares must not sum to more than 1', 'lower government, equal or doctors; the rest do not know');
  }
};

/** Ranges written as a minimum and a maximum. */
export const checkRanges = (file: ScenarioFile, checker: Checker): void => {
  const m = file.members;
  if (num(m.resistanceFloorMin) > num(m.resistanceFloorMax)) {
    checker.fail(['members', 'resistanceFloorMin'], 'the floor minimum must not exceed its maximum', 'swap resistanceFloorMin and resistanceFloorMax');
  }
  if (num(m.participation.min) > num(m.participation.max)) checker.fail(['members', 'participation', 'min'], 'participation min must not exceed max', 'swap min and max');
  if (num(file.costs.readAcrossMin) > num(file.costs.readAcrossMax)) {
    checker.fail(['costs', 'readAcrossMin'], 'readAcrossMin must not exceed readAcrossMax', 'swap readAcrossMin and readAcrossMax');
  }
};
