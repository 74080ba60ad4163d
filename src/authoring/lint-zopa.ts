/**
 * "Is a deal possible at all?" Walk-away values move with play (members' resistance falls with each strike day
 * toward a hidden floor; the Government's walk-away falls as it expects more strikes and more political heat),
 * so a sum at week 0 cannot answer for later weeks. The checker therefore plays AI-against-AI games for every
 * persona pairing and tests, exactly, whether any deal beat both sides' recorded walk-away values at week 0 or
 * in any week to the end. Rather than trusting luck to draw the hidden values, each pairing is played at three
 * settings of them: the most favourable to agreement (the lowest floor and read-across the scenario allows),
 * the middle, and the least favourable. The warning fires when no pairing ever has a zone of agreement: then
 * no deal is possible however the sides are played by the AI. Pairings that never reach one while others do are
 * a balance finding, listed in the balance report.
 */
import type { Scenario } from '../sim/scenario/types';
import { warning, type Problem } from '../sim/scenario/problem';
import type { LintContext } from './lint-context';
import { inText } from './side-names';
import { pairingGames } from './pairing-games';
import { trackZopa, type ZopaTrack } from './zopa';

export interface PairingZopa {
  readonly union: string;
  readonly employer: string;
  /** One game per setting of the hidden values: most favourable, middle, least favourable. */
  readonly games: readonly ZopaTrack[];
  readonly everOpen: boolean;
}

const pairingZopas = (scenario: Scenario): PairingZopa[] =>
  pairingGames(scenario).map(({ union, employer, games }) => {
    const tracks = games.map(({ start, played }) => trackZopa(start, played));
    return { union, employer, games: tracks, everOpen: tracks.some((g) => g.atStart || g.openWeeks > 0) };
  });

const range = (xs: readonly (number | null)[]): string => {
  const v = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (v.length === 0) return 'nothing';
  return v[0] === v[v.length - 1] ? String(v[0]) : `${v[0]}–${v[v.length - 1]}`;
};

export const lintZopa = ({ scenario }: LintContext): Problem[] => {
  const results = pairingZopas(scenario);
  if (results.some((r) => r.everOpen)) return [];
  const unit = scenario.issues[0]!.unit;
  const employer = inText(scenario.vocabulary.sides.employer);
  const union = inText(scenario.vocabulary.sides.union);
  const games = results.flatMap((r) => r.games);
  return [
    warning(
      'no-zopa',
      'issues[0]',
      `no deal is possible: in ${games.length} simulated games (every persona pairing, at the kindest, middle and harshest hidden values) ` +
        `the two sides' walk-away values never left a zone of agreement. At week 0 members want at least ${range(games.map((g) => g.start.resistance))} ${unit} ` +
        `and ${employer} would pay at most ${range(games.map((g) => g.start.employerPays))} ${unit}; at the end, ${range(games.map((g) => g.end.resistance))} against ${range(games.map((g) => g.end.employerPays))} ${unit}`,
      `bring the sides within reach: a lower members.resistanceFloorMin, costlier strikes or delay for ${employer} (costs.strikeDayMAtReference, ` +
        `politicalCostMPerWeekAtFullPressure, planningWeeks), a smaller costs.readAcrossMin, or cheap items ${union} values`,
    ),
  ];
};
