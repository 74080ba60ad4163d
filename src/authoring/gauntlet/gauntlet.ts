/**
 * The strategy gauntlet: every strategy in the library plays its seat against every persona of the other side
 * over the same seeds, and so does the AI's own play in that seat (its default persona), so each strategy's
 * mean score stands beside the AI's against the same opponents and the same luck. A strategy is an error when
 * it beats the AI's own play by more than `MAX_EDGE` points on average, or ends the dispute by breaking the
 * other side in more than `MAX_BREAK_SHARE` of its games.
 *
 * Breaking the other side: for a Government strategy, the union's dispute collapses (no mandate left, ballots
 * failed in a row: outcome `collapse`); for a union strategy, the Government capitulates (a deal ratified with
 * the headline at or above the union's opening claim). Games are numbered, as in balance runs, so that worker
 * threads can play any share of them and the report never depends on who played what. Pure of Node.
 */
import { newGame } from '../../sim/new-game';
import { AI_CONTROLLER, playGame, type Controller } from '../../sim/play';
import { otherSide, SIDES, type Scenario, type SideId } from '../../sim/scenario/types';
import type { GameState, OutcomeKind } from '../../sim/types';
import { STRATEGIES, strategyById, strategyController, type Family, type Strategy } from './strategies';

/** How many points (mean score) a strategy may beat the AI's own play in its seat by before it is an error. */
export const MAX_EDGE = 3;
/** The largest share of its games a strategy may end by breaking the other side. */
export const MAX_BREAK_SHARE = 0.25;
export const DEFAULT_GAUNTLET_SEEDS = 20;
const GAUNTLET_SEED_PREFIX = 'gauntlet';

/** The AI's own play in a seat, listed where a strategy id would be. */
export const AI_OWN = 'ai';

/** One game of the gauntlet: who plays the seat, which persona the other side is, which seed. */
export interface GauntletTask {
  readonly seat: SideId;
  /** A strategy id, or `AI_OWN`. */
  readonly player: string;
  readonly opponent: string;
  readonly seed: string;
}

/** Every game the gauntlet plays, in a fixed order: seat, player (the AI's own first), opponent persona, seed. */
export const gauntletTasks = (scenario: Scenario, seeds: number, strategies: readonly Strategy[] = STRATEGIES, seedPrefix = GAUNTLET_SEED_PREFIX): GauntletTask[] =>
  SIDES.flatMap((seat) => {
    const players = [AI_OWN, ...strategies.filter((s) => s.side === seat).map((s) => s.id)];
    const opponents = scenario.sides[otherSide(seat)].personas;
    return players.flatMap((player) =>
      opponents.flatMap((opponent) => Array.from({ length: seeds }, (_, i) => ({ seat, player, opponent, seed: `${seedPrefix}-${i + 1}` }))),
    );
  });

export interface GauntletGame {
  readonly seat: SideId;
  readonly player: string;
  readonly opponent: string;
  readonly seed: string;
  readonly outcome: OutcomeKind;
  /** The seat's score. */
  readonly score: number;
  /** Whether the game ended by breaking the other side (see the module's note). */
  readonly broke: boolean;
}

/** Whether the game that ended in `end` broke the side that did not play `seat`. */
const brokeOther = (end: GameState, seat: SideId): boolean => {
  const outcome = end.outcome!;
  if (seat === 'employer') return outcome.kind === 'collapse';
  const claim = end.scenario.sides.union.openingOffer;
  return outcome.kind === 'deal' && claim !== null && outcome.terms !== null && outcome.terms[0]! >= claim[0]!;
};

/** Plays one game: the seat by its strategy (or the AI's default persona), the other side by the AI with the opponent persona. */
export const playGauntletGame = (scenario: Scenario, task: GauntletTask, strategies: readonly Strategy[] = STRATEGIES): GauntletGame => {
  const { seat, player, opponent, seed } = task;
  const other = otherSide(seat);
  const own = player === AI_OWN;
  const strategy = own ? null : (strategies.find((s) => s.id === player) ?? strategyById(player));
  if (!own && !strategy) throw new RangeError(`gauntlet: no strategy "${player}"`);
  const players = { [seat]: own ? `ai:${scenario.sides[seat].defaultPersona}` : 'human', [other]: `ai:${opponent}` } as Record<SideId, string>;
  const start = newGame(scenario, { seed, players });
  const mine: Controller = strategy ? strategyController(strategy) : AI_CONTROLLER;
  const controllers = { [seat]: mine, [other]: AI_CONTROLLER } as Record<SideId, Controller>;
  const end = playGame(start, controllers).state;
  return { seat, player, opponent, seed, outcome: end.outcome!.kind, score: end.outcome!.scores[seat], broke: brokeOther(end, seat) };
};

/** Plays tasks [from, to) in this thread (workers call this on their share). */
export const playGauntletRange = (scenario: Scenario, tasks: readonly GauntletTask[], from: number, to: number, strategies: readonly Strategy[] = STRATEGIES): GauntletGame[] =>
  tasks.slice(from, to).map((task) => playGauntletGame(scenario, task, strategies));

export type Verdict = 'ok' | 'error';

export interface GauntletRow {
  readonly seat: SideId;
  readonly strategy: string;
  readonly family: Family;
  readonly description: string;
  readonly games: number;
  /** Mean score of the strategy in its seat, over every opponent persona and seed. */
  readonly mean: number;
  /** Mean score of the AI's own play in the same seat against the same opponents and seeds. */
  readonly aiMean: number;
  /** `mean - aiMean`: positive when the strategy does better than the AI. */
  readonly difference: number;
  /** Share of the strategy's games that ended by breaking the other side. */
  readonly brokeShare: number;
  /** The same for the AI's own play. */
  readonly aiBrokeShare: number;
  /** Mean score against each opponent persona. */
  readonly byOpponent: Readonly<Record<string, number>>;
  readonly verdict: Verdict;
  /** Why it is an error, in words (empty when ok). */
  readonly reasons: readonly string[];
}

export interface GauntletReport {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  readonly seeds: number;
  readonly seedPrefix: string;
  readonly maxEdge: number;
  readonly maxBreakShare: number;
  /** The AI's own play per seat: its persona, mean, and mean against each opponent persona. */
  readonly ai: Readonly<Record<SideId, { readonly persona: string; readonly mean: number; readonly brokeShare: number; readonly byOpponent: Readonly<Record<string, number>> }>>;
  readonly rows: readonly GauntletRow[];
  readonly errors: number;
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const round1 = (x: number): number => Math.round(x * 10) / 10;

const byOpponentOf = (scenario: Scenario, seat: SideId, games: readonly GauntletGame[]): Record<string, number> =>
  Object.fromEntries(scenario.sides[otherSide(seat)].personas.map((p) => [p, round1(mean(games.filter((g) => g.opponent === p).map((g) => g.score)))]));

const share = (games: readonly GauntletGame[]): number => (games.length ? games.filter((g) => g.broke).length / games.length : 0);

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The report for a set of gauntlet games (any order). */
export const summariseGauntlet = (
  scenario: Scenario,
  games: readonly GauntletGame[],
  seeds: number,
  strategies: readonly Strategy[] = STRATEGIES,
  seedPrefix = GAUNTLET_SEED_PREFIX,
): GauntletReport => {
  const ai = Object.fromEntries(
    SIDES.map((seat) => {
      const own = games.filter((g) => g.seat === seat && g.player === AI_OWN);
      return [seat, { persona: scenario.sides[seat].defaultPersona, mean: round1(mean(own.map((g) => g.score))), brokeShare: share(own), byOpponent: byOpponentOf(scenario, seat, own) }];
    }),
  ) as GauntletReport['ai'];
  const rows = strategies.map((strategy): GauntletRow => {
    const seat = strategy.side;
    const mine = games.filter((g) => g.seat === seat && g.player === strategy.id);
    const own = games.filter((g) => g.seat === seat && g.player === AI_OWN);
    const m = mean(mine.map((g) => g.score));
    const aiM = mean(own.map((g) => g.score));
    const brokeShare = share(mine);
    const difference = round1(m - aiM);
    const reasons: string[] = [];
    if (difference > MAX_EDGE) reasons.push(`beats the AI's own play by ${difference.toFixed(1)} points (more than ${MAX_EDGE})`);
    if (brokeShare > MAX_BREAK_SHARE) reasons.push(`breaks the other side in ${pct(brokeShare)} of its games (more than ${pct(MAX_BREAK_SHARE)})`);
    return {
      seat,
      strategy: strategy.id,
      family: strategy.family,
      description: strategy.description,
      games: mine.length,
      mean: round1(m),
      aiMean: round1(aiM),
      difference,
      brokeShare,
      aiBrokeShare: share(own),
      byOpponent: byOpponentOf(scenario, seat, mine),
      verdict: reasons.length ? 'error' : 'ok',
      reasons,
    };
  });
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seeds,
    seedPrefix,
    maxEdge: MAX_EDGE,
    maxBreakShare: MAX_BREAK_SHARE,
    ai,
    rows,
    errors: rows.filter((r) => r.verdict === 'error').length,
  };
};

/** Plays the whole gauntlet in this thread (tests, the Workbench; the CLI shares it out to workers). */
export const runGauntlet = (scenario: Scenario, seeds: number, strategies: readonly Strategy[] = STRATEGIES): GauntletReport => {
  const tasks = gauntletTasks(scenario, seeds, strategies);
  return summariseGauntlet(scenario, playGauntletRange(scenario, tasks, 0, tasks.length, strategies), seeds, strategies);
};

const pad = (text: string, width: number, right = false): string => (right ? text.padStart(width) : text.padEnd(width));

/** The report as a plain-text table: seat, strategy, family, mean, AI's mean, difference, broke-other share, verdict. */
export const gauntletTable = (report: GauntletReport): string => {
  const head = ['seat', 'strategy', 'family', 'mean', 'AI mean', 'diff', 'broke', 'verdict'];
  const body = report.rows.map((r) => [
    r.seat,
    r.strategy,
    r.family,
    r.mean.toFixed(1),
    r.aiMean.toFixed(1),
    `${r.difference > 0 ? '+' : ''}${r.difference.toFixed(1)}`,
    pct(r.brokeShare),
    r.verdict === 'error' ? 'ERROR' : 'ok',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const numeric = [false, false, false, true, true, true, true, false];
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, widths[i]!, numeric[i])).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n') + '\n';
};
