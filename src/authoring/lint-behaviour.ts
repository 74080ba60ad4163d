/**
 * "Will the AI ever strike, or ever move?" Over the same AI-against-AI games as the zone-of-agreement check (every
 * persona pairing, at the kindest, middle and harshest hidden values), warns when the union never calls a strike in
 * any of them, or the employer never tables anything better for the union than where it started. Either makes a
 * dispute without a standoff; the message says which condition of the AI's rule failed, and the fix names the
 * fields that move it (behaviour-why.ts; docs/ai.md, "Tuning a scenario").
 */
import type { Scenario } from '../sim/scenario/types';
import { warning, type Problem } from '../sim/scenario/problem';
import type { GameState } from '../sim/types';
import { unionUtility } from '../sim/utility';
import type { LintContext } from './lint-context';
import { whyNoMove, whyNoStrike } from './behaviour-why';
import { pairingGames, type PairingGame } from './pairing-games';
import { inText } from './side-names';

const calledStrike = ({ played }: PairingGame): boolean => played.weeks.some((w) => w.events.some((e) => e.type === 'strikeCalled'));

/** The value to the union of the employer's position at the start: its opening offer, or the status quo. */
const startingValue = (scenario: Scenario, start: GameState): number =>
  unionUtility(scenario, start.negotiation.standing.employer?.offer ?? start.negotiation.statusQuo);

const employerMoved = (scenario: Scenario, { start, played }: PairingGame): boolean => {
  const from = startingValue(scenario, start);
  return played.weeks.some((w) => w.events.some((e) => e.type === 'offerMade' && e.side === 'employer' && unionUtility(scenario, e.offer) > from));
};

export const lintBehaviour = ({ scenario }: LintContext): Problem[] => {
  const pairings = pairingGames(scenario);
  const games = pairings.flatMap((p) => p.games);
  const problems: Problem[] = [];
  const union = inText(scenario.vocabulary.sides.union);
  const employer = inText(scenario.vocabulary.sides.employer);
  const played = `in ${games.length} simulated games (every persona pairing, at the kindest, middle and harshest hidden values)`;
  if (!games.some(calledStrike)) {
    const { why, fix } = whyNoStrike(scenario, pairings);
    problems.push(
      warning(
        'never-strikes',
        'sides.union',
        `${union} never calls a strike: ${played} the computer playing ${union} struck in none, because ${why}`,
        `${fix}; see docs/ai.md, "Industrial and policy moves" and "Tuning a scenario"`,
      ),
    );
  }
  if (!games.some((g) => employerMoved(scenario, g))) {
    const { why, fix } = whyNoMove(pairings);
    problems.push(
      warning(
        'never-moves',
        'sides.employer',
        `${employer} never moves: ${played} the computer playing ${employer} never offered ${union} more than it started with; mostly because ${why}`,
        `${fix}; see docs/ai.md, "Tuning a scenario"`,
      ),
    );
  }
  return problems;
};
