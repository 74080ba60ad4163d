/**
 * The law as scenario data: which rules a ballot runs under, whether its result creates a mandate, whether a
 * strike is covered and properly notified. Trade Union Act 2016 tests by default; a dated reform (such as the
 * Employment Rights Act 2025) applies to ballots opened on or after its date when the scenario enables it.
 */
import { BP, clamp, divRound } from './fixed';
import { weekStart, type DayNumber } from './calendar';
import type { BallotRules, Scenario } from './scenario/types';
import type { GameState } from './types';

/** A standing right to strike runs past the horizon by this much (a members' vote may outlast the horizon). */
const OPEN_ENDED_SPARE_WEEKS = 52;

/** Whether a mandate lapses: not with no ballot law (a standing right) nor under a law whose mandates never expire. */
export const mandateExpires = (scenario: Scenario): boolean => !scenario.law.noBallotLaw && !scenario.law.mandateNeverExpires;

/** The last day of a mandate that never lapses: past the end of the game. */
export const openEndedMandateUntil = (scenario: Scenario): DayNumber => weekStart(scenario.startDay, scenario.horizonWeeks + OPEN_ENDED_SPARE_WEEKS);

/** The last day a mandate won by a ballot closing on `closes` covers, under `rules`. */
export const mandateUntil = (scenario: Scenario, rules: BallotRules, closes: DayNumber): DayNumber =>
  mandateExpires(scenario) ? closes + rules.mandateDays : openEndedMandateUntil(scenario);

export const rulesFor = (scenario: Scenario, reformRules: boolean): BallotRules =>
  reformRules && scenario.law.reform ? scenario.law.reform.rules : scenario.law.rules;

/** Whether a ballot opened on `day` falls under the reform. */
export const reformAppliesOn = (scenario: Scenario, day: DayNumber): boolean =>
  scenario.law.reform !== null && day >= scenario.law.reform.fromDay;

/** The rules that govern notice now: those of the ballot behind the mandate in force. */
export const currentRules = (state: GameState): BallotRules => {
  const ballot = state.law.ballot;
  const reform = ballot !== null && ballot.status === 'won' && ballot.reformRules;
  return rulesFor(state.scenario, reform);
};

/** A share in bp as a percentage to one decimal, rounded down, so a share just below a threshold never reads as
 *  the threshold itself (4996 → "49.9%", not "50.0%"). */
const pctDown = (bp: number): string => `${(Math.floor(bp / 10) / 10).toFixed(1)}%`;

/** The first statutory test a result fails, or null when it creates a mandate. */
export const failedTest = (rules: BallotRules, turnoutBp: number, yesBp: number): string | null => {
  if (rules.turnoutThresholdBp !== null && turnoutBp < rules.turnoutThresholdBp) {
    return `turnout ${pctDown(turnoutBp)} was below the ${(rules.turnoutThresholdBp / 100).toFixed(0)}% threshold`;
  }
  const support = rules.supportThresholdBp;
  if (support === undefined ? yesBp * 2 <= BP : yesBp < support) {
    return support === undefined ? `only ${(yesBp / 100).toFixed(1)}% voted yes` : `${(yesBp / 100).toFixed(1)}% voted yes, below the ${(support / 100).toFixed(1)}% required`;
  }
  const yesOfEntitled = divRound(turnoutBp * yesBp, BP);
  if (rules.entitledYesThresholdBp !== null && yesOfEntitled < rules.entitledYesThresholdBp) {
    return `yes votes were ${pctDown(yesOfEntitled)} of those entitled, below the ${(rules.entitledYesThresholdBp / 100).toFixed(0)}% required in health`;
  }
  return null;
};

/** Turnout a ballot opened now would get before chance: fatigue with each ballot, moved by morale and grievance. */
export const expectedTurnoutBp = (scenario: Scenario, state: GameState): number => {
  const b = scenario.ballot;
  let aboveFloor = b.turnoutBaseBp - b.turnoutFloorBp;
  for (let n = 0; n <= state.law.ballotsHeld - scenario.initial.ballotsHeld && n < 50; n += 1) aboveFloor -= divRound(aboveFloor * b.turnoutDecayPerBallotBp, BP);
  return (
    b.turnoutFloorBp +
    aboveFloor +
    divRound((state.union.moraleBp - b.referenceMoraleBp) * b.turnoutPerMoraleBp, BP) +
    divRound((state.union.grievanceBp - b.referenceAngerBp) * b.turnoutPerAngerBp, BP)
  );
};

/** Yes share a ballot would get before chance. */
const expectedYesBp = (scenario: Scenario, state: GameState): number =>
  scenario.ballot.yesBaseBp + divRound((state.union.grievanceBp - scenario.ballot.referenceAngerBp) * scenario.ballot.yesPerAngerBp, BP);

/**
 * A ballot's result from members' morale and grievance, the turnout lost with each successive ballot, and two
 * pre-rolled uniforms (0..9999) for noise, so what-if branches share the same luck.
 */
export const ballotResult = (
  scenario: Scenario,
  state: GameState,
  turnoutDraw: number,
  yesDraw: number,
): { turnoutBp: number; yesBp: number } => {
  const b = scenario.ballot;
  const noise = (draw: number, spreadBp: number) => divRound((draw - 5000) * 2 * spreadBp, BP);
  const turnout = expectedTurnoutBp(scenario, state) + noise(turnoutDraw, b.turnoutNoiseBp);
  const yes = expectedYesBp(scenario, state) + noise(yesDraw, b.yesNoiseBp);
  return { turnoutBp: clamp(turnout, 500, 9900), yesBp: clamp(yes, 1000, 9950) };
};

/** Whether the mandate in force covers every day from `start` for `days` days. */
export const mandateCovers = (state: GameState, start: DayNumber, days: number): boolean => {
  const m = state.law.mandate;
  return m !== null && start >= m.from && start + days - 1 <= m.until;
};

/** Expected turnout of a members' vote lasting `weeks` weeks, before chance: a share of what a strike ballot would get now. */
const expectedVoteTurnoutBp = (scenario: Scenario, state: GameState, weeks: number): number => {
  const shares = scenario.referendum.turnoutByWeeksBp;
  const share = shares[clamp(weeks, 1, shares.length) - 1]!;
  return clamp(divRound(expectedTurnoutBp(scenario, state) * share, BP), 500, 9900);
};

/**
 * Turnout of a members' vote on a deal lasting `weeks` weeks: the turnout a strike ballot would get now (the
 * members' engagement: morale, anger, fatigue with voting), scaled by the vote's length, with the ballot's noise
 * from a pre-rolled uniform (0..9999).
 */
export const voteTurnoutBp = (scenario: Scenario, state: GameState, weeks: number, draw: number): number =>
  clamp(expectedVoteTurnoutBp(scenario, state, weeks) + divRound((draw - 5000) * 2 * scenario.ballot.turnoutNoiseBp, BP), 500, 9900);

/**
 * How a vote's length moves its yes share, bp. A shorter vote than the scenario's own loses the least engaged
 * members; those who still vote lean the committee's way by `engagedLean` (toward yes when it recommends the
 * deal, toward no when it does not). With T0 the turnout at the scenario's length and T at this one, the
 * voters lost are (T0 − T) and the yes share moves by (T0 − T) × lean / T. A longer vote brings in less
 * engaged members and moves it the other way. Zero at the scenario's own length.
 */
export const voteLengthTiltBp = (scenario: Scenario, state: GameState, weeks: number, recommended: boolean): number => {
  const own = expectedVoteTurnoutBp(scenario, state, scenario.referendum.weeks);
  const here = expectedVoteTurnoutBp(scenario, state, weeks);
  const tilt = divRound((own - here) * scenario.referendum.engagedLeanBp, here);
  return recommended ? tilt : -tilt;
};
