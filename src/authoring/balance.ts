/**
 * Balance runs: many AI-against-AI games of one scenario, spread over every persona pairing, summarised per
 * pairing. Game i plays pairing i mod P with seed `<prefix>-<floor(i / P) + 1>`, so every pairing meets the
 * same hidden draws and the same luck (common random numbers), and the result depends only on the scenario,
 * the number of runs and the prefix, never on how the games were shared out between workers.
 */
import { harmLevel } from '../sim/harm';
import { publicShares } from '../sim/opinion';
import { newGame } from '../sim/new-game';
import { AI_CONTROLLER, playGame } from '../sim/play';
import type { Scenario, SideId } from '../sim/scenario/types';
import type { OutcomeKind } from '../sim/types';
import { sideNames, type SideNames } from './side-names';
import { spreadOf, type Spread } from './stats';
import { trackZopa } from './zopa';

export interface Pairing {
  readonly union: string;
  readonly employer: string;
}

export const pairingsOf = (scenario: Scenario): Pairing[] =>
  scenario.sides.union.personas.flatMap((union) => scenario.sides.employer.personas.map((employer) => ({ union, employer })));

const pairingLabel = (p: Pairing): string => `${p.union} v ${p.employer}`;

/** The seeds of every balance run, `balance-1`, `balance-2`, …: the command line's default and the Workbench's. */
export const DEFAULT_SEED_PREFIX = 'balance';

/** Which pairing and seed game `index` plays. */
export const gameAt = (pairings: readonly Pairing[], index: number, seedPrefix: string): { pairing: number; seed: string } => ({
  pairing: index % pairings.length,
  seed: `${seedPrefix}-${Math.floor(index / pairings.length) + 1}`,
});

/** One game, boiled down to what the report needs (small, so workers can send thousands cheaply). */
export interface GameSummary {
  readonly index: number;
  readonly pairing: number;
  readonly seed: string;
  readonly outcome: OutcomeKind;
  /** Weeks played. */
  readonly weeks: number;
  readonly strikeDays: number;
  /** Public support at the end, percent. */
  readonly support: number;
  readonly waitingList: number;
  readonly scoreUnion: number;
  readonly scoreEmployer: number;
  /** The headline issue's value in the final terms (null when nothing was agreed or imposed). */
  readonly headline: number | null;
  /** Weeks whose walk-away values left a zone of agreement. */
  readonly zopaWeeks: number;
  readonly fired: readonly string[];
}

const playSummary = (scenario: Scenario, pairings: readonly Pairing[], index: number, seedPrefix: string): GameSummary => {
  const { pairing, seed } = gameAt(pairings, index, seedPrefix);
  const p = pairings[pairing]!;
  const start = newGame(scenario, { seed, players: { union: `ai:${p.union}`, employer: `ai:${p.employer}` } });
  const played = playGame(start, { union: AI_CONTROLLER, employer: AI_CONTROLLER });
  const end = played.state;
  const outcome = end.outcome!;
  const zopa = trackZopa(start, played);
  return {
    index,
    pairing,
    seed,
    outcome: outcome.kind,
    weeks: played.weeks.length,
    strikeDays: end.strikes.daysHeld,
    support: publicShares(scenario, end.opinion).supportBp / 100,
    waitingList: harmLevel(end),
    scoreUnion: outcome.scores.union,
    scoreEmployer: outcome.scores.employer,
    headline: outcome.terms ? scenario.issues[0]!.values[outcome.terms[0]!]! : null,
    zopaWeeks: zopa.openWeeks,
    fired: end.firedEvents,
  };
};

/** Plays games [from, to) in this thread (workers call this on their share). */
export const playRange = (scenario: Scenario, from: number, to: number, seedPrefix: string): GameSummary[] => {
  const pairings = pairingsOf(scenario);
  const out: GameSummary[] = [];
  for (let i = from; i < to; i += 1) out.push(playSummary(scenario, pairings, i, seedPrefix));
  return out;
};

export interface PairingRow {
  readonly label: string;
  readonly games: number;
  readonly outcomes: Readonly<Record<OutcomeKind, number>>;
  readonly dealRate: number;
  readonly weeks: Spread | null;
  readonly strikeDays: Spread | null;
  readonly support: Spread | null;
  readonly waitingList: Spread | null;
  readonly scoreUnion: Spread | null;
  readonly scoreEmployer: Spread | null;
  /** The headline value of deals only. */
  readonly dealHeadline: Spread | null;
  /** Share of all weeks played with a zone of agreement, and share of games where it never opened. */
  readonly zopaWeekShare: number;
  readonly neverZopa: number;
  /** Share of this pairing's deals ratified in the scenario's final six weeks (0 when there were none). */
  readonly lateDealShare: number;
}

export interface BalanceReport {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  readonly title: string;
  readonly runs: number;
  readonly seedPrefix: string;
  readonly headline: { readonly label: string; readonly unit: string };
  /** The sides' names from the scenario's vocabulary, for the report's headings and findings. */
  readonly sides: Readonly<Record<SideId, SideNames>>;
  /** What the harm figure is called ("NHS waiting list"), and whether running text puts "the" before it. */
  readonly harm: { readonly name: string; readonly takesThe: boolean };
  readonly horizonWeeks: number;
  /** Weeks played in games that ended in a deal, over all pairings. */
  readonly dealWeeks: Spread | null;
  readonly rows: readonly PairingRow[];
  readonly total: PairingRow;
  /** Share of games in which each scenario event fired. */
  readonly events: readonly { readonly id: string; readonly share: number }[];
}

/** Deals ratified in the final this-many weeks of the scenario count as late. */
const LATE_DEAL_WEEKS = 6;

const row = (label: string, games: readonly GameSummary[], horizonWeeks: number): PairingRow => {
  const outcomes: Record<OutcomeKind, number> = { deal: 0, imposed: 0, deadline: 0, collapse: 0 };
  for (const g of games) outcomes[g.outcome] += 1;
  const weeksPlayed = games.reduce((a, g) => a + g.weeks, 0);
  return {
    label,
    games: games.length,
    outcomes,
    dealRate: games.length ? outcomes.deal / games.length : 0,
    weeks: spreadOf(games.map((g) => g.weeks)),
    strikeDays: spreadOf(games.map((g) => g.strikeDays)),
    support: spreadOf(games.map((g) => g.support)),
    waitingList: spreadOf(games.map((g) => g.waitingList)),
    scoreUnion: spreadOf(games.map((g) => g.scoreUnion)),
    scoreEmployer: spreadOf(games.map((g) => g.scoreEmployer)),
    dealHeadline: spreadOf(games.filter((g) => g.outcome === 'deal' && g.headline !== null).map((g) => g.headline!)),
    zopaWeekShare: weeksPlayed ? games.reduce((a, g) => a + g.zopaWeeks, 0) / weeksPlayed : 0,
    neverZopa: games.length ? games.filter((g) => g.zopaWeeks === 0).length / games.length : 0,
    lateDealShare: outcomes.deal ? games.filter((g) => g.outcome === 'deal' && g.weeks > horizonWeeks - LATE_DEAL_WEEKS).length / outcomes.deal : 0,
  };
};

/**
 * A whole balance run in this thread, reporting progress as it goes: the Workbench's quick balance. The same
 * games, seeds and report as `npm run scenario:balance -- --runs <runs>` (which shares them out over workers).
 */
export const balanceRun = (scenario: Scenario, runs: number, onProgress?: (done: number) => void): BalanceReport => {
  const pairings = pairingsOf(scenario);
  const games: GameSummary[] = [];
  for (let i = 0; i < runs; i += 1) {
    games.push(playSummary(scenario, pairings, i, DEFAULT_SEED_PREFIX));
    onProgress?.(i + 1);
  }
  return summariseBalance(scenario, games, DEFAULT_SEED_PREFIX);
};

/** The report for a set of games (in any order: they are sorted by index first). */
export const summariseBalance = (scenario: Scenario, games: readonly GameSummary[], seedPrefix: string): BalanceReport => {
  const pairings = pairingsOf(scenario);
  const sorted = [...games].sort((a, b) => a.index - b.index);
  const headline = scenario.issues[0]!;
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    title: scenario.title,
    runs: sorted.length,
    seedPrefix,
    headline: { label: headline.label, unit: headline.unit },
    sides: { union: sideNames(scenario.vocabulary.sides.union), employer: sideNames(scenario.vocabulary.sides.employer) },
    harm: { name: scenario.vocabulary.harm.name, takesThe: scenario.vocabulary.harm.takesThe },
    horizonWeeks: scenario.horizonWeeks,
    dealWeeks: spreadOf(sorted.filter((g) => g.outcome === 'deal').map((g) => g.weeks)),
    rows: pairings.map((p, i) => row(pairingLabel(p), sorted.filter((g) => g.pairing === i), scenario.horizonWeeks)),
    total: row('all pairings', sorted, scenario.horizonWeeks),
    events: scenario.events.map((e) => ({ id: e.id, share: sorted.length ? sorted.filter((g) => g.fired.includes(e.id)).length / sorted.length : 0 })),
  };
};
