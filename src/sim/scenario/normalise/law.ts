/** The law on industrial action, the mandate and money in hand at the start, and how ballots and referendums go. */
import type { BallotRulesInput, ScenarioFile } from '../schema';
import type { BallotRules, Scenario } from '../types';
import type { Checker } from './context';
import { bp, k, num } from './units';

const rules = (r: BallotRulesInput): BallotRules => ({
  noticeDays: num(r.noticeDays),
  mandateDays: num(r.mandateDays),
  turnoutThresholdBp: r.turnoutThreshold === null ? null : bp(r.turnoutThreshold),
  entitledYesThresholdBp: r.entitledYesThreshold === null ? null : bp(r.entitledYesThreshold),
  ...(r.supportThreshold === undefined ? {} : { supportThresholdBp: bp(r.supportThreshold) }),
});

export const normaliseLaw = (law: ScenarioFile['law'], checker: Checker): Scenario['law'] => ({
  name: law.name,
  ballotWindowWeeks: num(law.ballotWindowWeeks),
  maxStrikeDaysPerCall: num(law.maxStrikeDaysPerCall),
  collapseAfterFailedBallots: num(law.collapseAfterFailedBallots),
  rules: rules(law.rules),
  reform: law.reform?.enabled ? { name: law.reform.name, fromDay: checker.day(law.reform.from, ['law', 'reform', 'from']), rules: rules(law.reform.rules) } : null,
  ...(law.strikeBallot === 'none' ? { noBallotLaw: true as const } : {}),
  ...(law.mandateExpires === false ? { mandateNeverExpires: true as const } : {}),
  ...(law.employerMayImpose === false ? { imposeForbidden: true as const } : {}),
  ...(law.contractExpires === undefined ? {} : { contractExpiryDay: checker.day(law.contractExpires, ['law', 'contractExpires']) }),
});

export const normaliseInitial = (init: ScenarioFile['initial'], checker: Checker): Scenario['initial'] => ({
  mandateValidUntil: init.mandateValidUntil === null ? null : checker.day(init.mandateValidUntil, ['initial', 'mandateValidUntil']),
  mandateBallot:
    init.mandateBallot === null
      ? null
      : {
          opened: checker.day(init.mandateBallot.opened, ['initial', 'mandateBallot', 'opened']),
          closed: checker.day(init.mandateBallot.closed, ['initial', 'mandateBallot', 'closed']),
          turnoutBp: bp(init.mandateBallot.turnout),
          yesBp: bp(init.mandateBallot.yes),
        },
  ballotsHeld: num(init.ballotsHeld),
  moraleBp: bp(init.morale),
  angerBp: bp(init.anger),
  strikeFundK: k(init.strikeFundM),
  mitigationLevel: num(init.mitigationLevel),
  budgetHeadroomK: k(init.budgetHeadroomM),
});

export const normaliseBallot = (b: ScenarioFile['ballot']): Scenario['ballot'] => ({
  turnoutBaseBp: bp(b.turnoutBase),
  turnoutPerMoraleBp: bp(b.turnoutPerMorale),
  turnoutPerAngerBp: bp(b.turnoutPerAnger),
  turnoutDecayPerBallotBp: bp(b.turnoutDecayPerBallot),
  turnoutFloorBp: bp(b.turnoutFloor),
  turnoutNoiseBp: bp(b.turnoutNoise),
  yesBaseBp: bp(b.yesBase),
  yesPerAngerBp: bp(b.yesPerAnger),
  yesNoiseBp: bp(b.yesNoise),
  referenceMoraleBp: bp(b.referenceMorale),
  referenceAngerBp: bp(b.referenceAnger),
});

export const normaliseReferendum = (r: ScenarioFile['referendum']): Scenario['referendum'] => ({
  weeks: num(r.weeks),
  passMarkBp: bp(r.passMark),
  yesAtResistanceBp: bp(r.yesAtResistance),
  yesPerTenthUtilityBp: bp(r.yesPerTenthUtility),
  recommendationBonusBp: bp(r.recommendationBonus),
  turnoutByWeeksBp: r.turnoutByWeeks ? [bp(r.turnoutByWeeks[0]), bp(r.turnoutByWeeks[1]), bp(r.turnoutByWeeks[2]), bp(r.turnoutByWeeks[3])] : [7500, 8200, 8700, 9000],
  engagedLeanBp: r.engagedLean === undefined ? 2000 : bp(r.engagedLean),
});
