/**
 * "Will the AI ever strike, or ever move?" Over the same AI-against-AI games as the zone-of-agreement check (every
 * persona pairing, at the kindest, middle and harshest hidden values), warns when the union never calls a strike in
 * any of them, or the employer never tables anything better for the union than where it started. Either makes a
 * dispute without a standoff; the fix names the fields that move each (docs/ai.md, "Tuning a scenario").
 */
import type { Scenario } from '../sim/scenario/types';
import { warning, type Problem } from '../sim/scenario/problem';
import type { GameState } from '../sim/types';
import { unionUtility } from '../sim/utility';
import type { LintContext } from './lint-context';
import { pairingGames, type PairingGame } from './pairing-games';

const calledStrike = ({ played }: PairingGame): boolean => played.weeks.some((w) => w.events.some((e) => e.type === 'strikeCalled'));

/** The value to the union of the employer's position at the start: its opening offer, or the status quo. */
const startingValue = (scenario: Scenario, start: GameState): number =>
  unionUtility(scenario, start.negotiation.standing.employer?.offer ?? start.negotiation.statusQuo);

const employerMoved = (scenario: Scenario, { start, played }: PairingGame): boolean => {
  const from = startingValue(scenario, start);
  return played.weeks.some((w) => w.events.some((e) => e.type === 'offerMade' && e.side === 'employer' && unionUtility(scenario, e.offer) > from));
};

export const lintBehaviour = ({ scenario }: LintContext): Problem[] => {
  const games = pairingGames(scenario).flatMap((p) => p.games);
  const problems: Problem[] = [];
  const union = scenario.sides.union.shortName;
  const employer = scenario.sides.employer.shortName;
  if (!games.some(calledStrike)) {
    problems.push(
      warning(
        'never-strikes',
        'sides.union',
        `the ${union} never calls a strike: in ${games.length} simulated games (every persona pairing, at the kindest, middle and harshest hidden values) the computer's ${union} struck in none`,
        "give strikes a point: a higher persona strikeAppetite, a mandate it can win and keep (law.rules.mandateDays, the ballot's turnout figures), a strike day that costs the employer more than it costs members (costs.strikeDayGBPmAtReference), or a cheaper headline point (issues[0].employerCostGBPmPerYear); see docs/ai.md, \"Tuning a scenario\"",
      ),
    );
  }
  if (!games.some((g) => employerMoved(scenario, g))) {
    problems.push(
      warning(
        'never-moves',
        'sides.employer',
        `the ${employer} never moves: in ${games.length} simulated games (every persona pairing, at the kindest, middle and harshest hidden values) the computer's ${employer} never offered the ${union} more than it started with`,
        'give the employer a reason to move: dearer strikes or delay (costs.strikeDayGBPmAtReference, politicalCostGBPmPerWeekAtFullPressure, planningWeeks), more pressure (costs.pressureWeights), dates in calendar, a larger persona concession or unilateralBudget, or cheap items the union values; see docs/ai.md, "Tuning a scenario"',
      ),
    );
  }
  return problems;
};
