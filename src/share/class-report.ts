/**
 * The class report: many session files in, one table of outcomes out (with a CSV export). Each file is checked
 * and replayed; a file with a problem is listed with its message and the rest are still reported. Nothing
 * leaves the browser: this runs on the files the teacher drops in.
 */
import Papa from 'papaparse';
import { harmLevel, ok, otherSide, personaOf, publicShares, type GameState, type Result, type Scenario, type SideId } from '../sim/index';
import { parForGame, seatPar, type ParTable } from './par';
import { readSessionText, verifySession, type SessionFile } from './session-file';

export interface ReportRow {
  readonly file: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly scenario: string;
  readonly seed: string;
  /** `human` or the AI persona, per side. */
  readonly union: string;
  readonly employer: string;
  readonly outcome: string;
  readonly week: number;
  /** Final terms by issue id (the status quo when no deal). */
  readonly terms: Readonly<Record<string, number>>;
  readonly strikeDays: number;
  readonly supportPct: number;
  readonly opposePct: number;
  readonly waitingList: number;
  readonly strikeCostM: number;
  readonly scoreUnion: number;
  readonly scoreEmployer: number;
  /** The side a person played, when exactly one did; null for a game between two people or two computers. */
  readonly player: SideId | null;
  /** That side's par (the computer's mean score in its seat against the same opponent); null when unknown. */
  readonly par: number | null;
  /** The player's score minus par, one decimal: how much better than the computer they played the position. */
  readonly scoreMinusPar: number | null;
  /**
   * Each seat a person played, in a finished game with par: its par facing the other seat's player (the persona's
   * par facing the computer, the mean over the personas facing a person; `seatPar`), and its score minus that par.
   * Null for a seat the computer played. A one-player game's player seat has the same figures as `par` and
   * `scoreMinusPar`; a game between two people (a class pair) has them for both seats.
   */
  readonly seatPar: Readonly<Record<SideId, number | null>>;
  readonly seatMinusPar: Readonly<Record<SideId, number | null>>;
}

export interface ReportProblem {
  readonly file: string;
  readonly message: string;
}

export interface ClassReport {
  readonly rows: readonly ReportRow[];
  readonly problems: readonly ReportProblem[];
}

/** Finds the scenario a session names: bundled by id and version, or from the text it carries. */
export type ScenarioResolver = (session: SessionFile) => Result<Scenario, string>;

const who = (player: string): string => (player === 'human' ? 'human' : (personaOf(player as `ai:${string}`) ?? player));

/** A scenario's par table by its content hash (bundled, or computed for a scenario of the player's own), if known. */
export type ParLookup = (scenarioHash: string) => ParTable | null;

const humanSide = (players: Readonly<Record<SideId, string>>): SideId | null => {
  const humans = (['union', 'employer'] as const).filter((side) => players[side] === 'human');
  return humans.length === 1 ? humans[0]! : null;
};

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Each seat's par and score minus par: for the seats people played in a finished game, else null. */
const seatFigures = (state: GameState, table: ParTable | null): Pick<ReportRow, 'seatPar' | 'seatMinusPar'> => {
  const parOfSeat = (side: SideId) => (state.outcome && state.players[side] === 'human' ? seatPar(table, state, side) : null);
  const seatParBySide = { union: parOfSeat('union'), employer: parOfSeat('employer') };
  const minus = (side: SideId) => {
    const par = seatParBySide[side];
    return par === null || !state.outcome ? null : round1(state.outcome.scores[side] - par);
  };
  return { seatPar: seatParBySide, seatMinusPar: { union: minus('union'), employer: minus('employer') } };
};

const rowOf = (file: string, session: SessionFile, scenario: Scenario, state: GameState, parOf: ParLookup): ReportRow => {
  const shares = publicShares(scenario, state.opinion);
  const terms = state.outcome?.terms ?? state.negotiation.statusQuo;
  const player = humanSide(state.players);
  const table = parOf(state.scenarioHash);
  const gamePar = player && state.outcome ? parForGame(table, state) : null;
  const par = player && gamePar ? gamePar[player] : null;
  return {
    file,
    labels: session.labels ?? {},
    scenario: `${scenario.id} ${scenario.version}`,
    seed: session.seed,
    union: who(session.players.union),
    employer: who(session.players.employer),
    outcome: state.outcome?.kind ?? 'unfinished',
    week: state.outcome?.week ?? state.week,
    terms: Object.fromEntries(scenario.issues.map((issue, i) => [issue.id, issue.values[terms[i]!]!])),
    strikeDays: state.strikes.daysHeld,
    supportPct: shares.supportBp / 100,
    opposePct: shares.opposeBp / 100,
    waitingList: harmLevel(state),
    strikeCostM: state.employer.strikeCostK / 1000,
    scoreUnion: state.outcome?.scores.union ?? 0,
    scoreEmployer: state.outcome?.scores.employer ?? 0,
    player,
    par,
    scoreMinusPar: player && par !== null && state.outcome ? round1(state.outcome.scores[player] - par) : null,
    ...seatFigures(state, table),
  };
};

/** One file's row: read, its scenario found, and replayed to the state it records; or why it has none. */
const readRow = (name: string, text: string, resolve: ScenarioResolver, parOf: ParLookup): Result<ReportRow, string> => {
  const read = readSessionText(text);
  if (!read.ok) return read;
  const scenario = resolve(read.value);
  if (!scenario.ok) return scenario;
  const state = verifySession(read.value, scenario.value);
  if (!state.ok) return state;
  return ok(rowOf(name, read.value, scenario.value, state.value, parOf));
};

/** `parOf` gives each finished game its par: the one player's, and each seat a person played (none: the par columns stay empty). */
export const buildClassReport = (files: readonly { readonly name: string; readonly text: string }[], resolve: ScenarioResolver, parOf: ParLookup = () => null): ClassReport => {
  const rows: ReportRow[] = [];
  const problems: ReportProblem[] = [];
  for (const { name, text } of files) {
    const row = readRow(name, text, resolve, parOf);
    if (row.ok) rows.push(row.value);
    else problems.push({ file: name, message: row.error });
  }
  return { rows, problems };
};

/** The report as CSV: one row per game, terms and labels spread into their own columns. */
export const reportCsv = (report: ClassReport): string => {
  const issueIds = [...new Set(report.rows.flatMap((r) => Object.keys(r.terms)))];
  const labelKeys = [...new Set(report.rows.flatMap((r) => Object.keys(r.labels)))].sort();
  const header = ['file', ...labelKeys, 'scenario', 'seed', 'union', 'employer', 'outcome', 'week', ...issueIds, 'strikeDays', 'supportPct', 'opposePct', 'waitingList', 'strikeCostM', 'scoreUnion', 'scoreEmployer', 'par', 'scoreMinusPar', 'parUnion', 'parEmployer', 'scoreMinusParUnion', 'scoreMinusParEmployer'];
  const data = report.rows.map((r) => [
    r.file,
    ...labelKeys.map((k) => r.labels[k] ?? ''),
    r.scenario,
    r.seed,
    r.union,
    r.employer,
    r.outcome,
    r.week,
    ...issueIds.map((id) => r.terms[id] ?? ''),
    r.strikeDays,
    r.supportPct,
    r.opposePct,
    r.waitingList,
    r.strikeCostM,
    r.scoreUnion,
    r.scoreEmployer,
    r.par ?? '',
    r.scoreMinusPar ?? '',
    r.seatPar.union ?? '',
    r.seatPar.employer ?? '',
    r.seatMinusPar.union ?? '',
    r.seatMinusPar.employer ?? '',
  ]);
  // Formula-looking cells are quoted away so a spreadsheet never runs them.
  return Papa.unparse({ fields: header, data }, { escapeFormulae: true, newline: '\n' });
};

/**
 * The players ranked by score minus par, best first: how much better than the computer each played the seat
 * they had, so a union player in a weak position can top the class. Games without par follow, in file order.
 */
export const rankByPar = (rows: readonly ReportRow[]): ReportRow[] =>
  rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (b.row.scoreMinusPar ?? -Infinity) - (a.row.scoreMinusPar ?? -Infinity) || a.i - b.i)
    .map(({ row }) => row);

export interface Distribution {
  readonly n: number;
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly mean: number;
}

export const distribution = (xs: readonly number[]): Distribution | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return { n: s.length, min: s[0]!, median: mid, max: s[s.length - 1]!, mean: s.reduce((a, b) => a + b, 0) / s.length };
};

/** `side`'s score in each game where the other side was played by `persona` (or by a person). */
export const scoresAgainst = (rows: readonly ReportRow[], side: SideId, persona: string): number[] =>
  rows.filter((r) => r[otherSide(side)] === persona).map((r) => (side === 'union' ? r.scoreUnion : r.scoreEmployer));

/** Scores by side and by the persona played against, for the report's summary table. */
export const scoresByPersona = (rows: readonly ReportRow[]): { side: SideId; persona: string; scores: Distribution }[] => {
  const out: { side: SideId; persona: string; scores: Distribution }[] = [];
  for (const side of ['union', 'employer'] as const) {
    const personas = [...new Set(rows.map((r) => r[otherSide(side)]))].sort();
    for (const persona of personas) {
      const xs = scoresAgainst(rows, side, persona);
      const d = distribution(xs);
      if (d) out.push({ side, persona, scores: d });
    }
  }
  return out;
};
