// What-if, as a view: the weeks a student can go back to, the moves a side could have made that week (the
// Table's moves and parameters, from the core's legalActions and the plan's levels), the decision as actions,
// and the two paths side by side once the core's `whatIf` has replayed the fork.
import { capitalise, legalActions, newGame, otherSide, playMoves, replayLog, theHarm, theService, theSide, type Action, type ActionType, type GameState, type LoggedWeek, type Scenario, type SideId } from '../sim/index';
import { ACTION_ORDER, actionLabel } from './moves';
import { niceMax, niceTicks, type ChartSpec, type Point } from './chart-spec';
import { count, issueValue, issueValueShort, millions, money, pct } from './format';
import type { Plan, Study } from '../store/types';
import { planControls } from './move-settings';
import { opinionShares } from './common';

/** The study's game from its start, and its log replayed week by week. */
function replayed(study: Study): { origin: GameState; weeks: readonly LoggedWeek[] } {
  const origin = newGame(study.scenario, { seed: study.seed, players: study.players });
  return { origin, weeks: replayLog(origin, study.log).weeks };
}

/** The log's moves grouped by week (each week's BMA and Government moves, ends of turn left out). */
export function movesByWeek(study: Study): Action[][] {
  const weeks: Action[][] = [];
  for (const week of replayed(study).weeks) {
    for (const { action } of week.actions) if (action.type !== 'endTurn') (weeks[week.week] ??= []).push(action);
  }
  return weeks;
}

export interface ForkPoint {
  readonly week: number;
  readonly label: string;
  /** The week's start: what the side knew and could do. */
  readonly start: GameState;
}

/** The weeks that were played (and so can be changed), each with its start state. */
export function forkPoints(study: Study): ForkPoint[] {
  const { origin, weeks } = replayed(study);
  // Each week starts where the week before it resolved.
  const starts = [origin, ...weeks.filter((w) => w.resolved).map((w) => w.state)];
  return starts.slice(0, Math.max(1, study.state.history.length)).map((start, week) => ({ week, label: `Week ${week + 1}`, start }));
}

/** The sides a student may change: the human ones, or either in a game the computer played on both sides. */
export function forkSides(study: Study): SideId[] {
  const humans = (['union', 'employer'] as const).filter((s) => study.players[s] === 'human');
  return humans.length ? humans : ['union', 'employer'];
}

export interface ParamChoice {
  readonly id: string;
  readonly label: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly selected: string;
}

export interface MoveChoice {
  readonly type: ActionType;
  readonly label: string;
  readonly available: boolean;
  /** Why it was not possible that week (the core's sentence). */
  readonly why: string | null;
  /** Whether the side made this move in the game as played. */
  readonly original: boolean;
  readonly params: readonly ParamChoice[];
}

const offerParams = (start: GameState, side: SideId, offer: Readonly<Record<string, number>> | null): ParamChoice[] => {
  const sc = start.scenario;
  const sq = start.negotiation.statusQuo;
  const standing = start.negotiation.standing[side]?.offer ?? sq;
  return sc.issues.map((issue, i) => {
    const levels = issue.values.slice(sq[i]!);
    const wanted = offer?.[issue.id] ?? issue.values[standing[i]!] ?? levels[0]!;
    return { id: `issue:${issue.id}`, label: issue.label, options: levels.map((v) => ({ value: String(v), label: issueValue(issue, v) })), selected: String(levels.includes(wanted) ? wanted : levels[0]) };
  });
};

/**
 * Every move the side had that week, with its parameters, and which ones it actually made. `plan` is the plan a
 * player starts that week with (the store's planFor, with nothing carried over): it sets the steppers' defaults.
 */
export function moveChoices(start: GameState, side: SideId, original: readonly Action[], plan: Plan): MoveChoice[] {
  const legal = legalActions(start, side);
  const made = (type: ActionType) => original.find((a) => a.type === type && a.side === side) ?? null;
  const controls = planControls(start, side, plan);
  return legal.actions
    .filter((a) => a.type !== 'endTurn' && actionLabel(a.type, side) !== '')
    .sort((a, b) => ACTION_ORDER.indexOf(a.type) - ACTION_ORDER.indexOf(b.type))
    .map((a): MoveChoice => {
      const was = made(a.type);
      let params: ParamChoice[] = [];
      switch (a.type) {
        case 'propose':
        case 'imposeAward':
          params = offerParams(start, side, was && (was.type === 'propose' || was.type === 'imposeAward') ? was.offer : null);
          break;
        case 'callStrike':
          if (controls.strike) {
            const s = controls.strike;
            const start0 = was?.type === 'callStrike' ? was.start : s.dates[s.dateIndex]!;
            const days0 = was?.type === 'callStrike' ? was.days : s.daysIndex + 1;
            params = [
              { id: 'start', label: 'Starting', options: s.dates.map((d, i) => ({ value: d, label: s.labels[i]! })), selected: s.dates.includes(start0) ? start0 : s.dates[0]! },
              { id: 'days', label: 'For', options: s.days.map((label, i) => ({ value: String(i + 1), label })), selected: String(days0) },
            ];
          }
          break;
        case 'statement':
          params = [{ id: 'tone', label: 'Tone', options: controls.tone.levels.map((t, i) => ({ value: t, label: controls.tone.labels[i]! })), selected: was?.type === 'statement' ? was.tone : 'conciliatory' }];
          break;
        case 'setMitigation':
          params = [{ id: 'level', label: 'Level', options: controls.mitigation.levels.map((l, i) => ({ value: String(l), label: controls.mitigation.labels[i]! })), selected: String(was?.type === 'setMitigation' ? was.level : controls.mitigation.levels[controls.mitigation.index]) }];
          break;
        case 'fundCatchUp':
          params = [{ id: 'gbpM', label: 'Amount', options: controls.catchUp.levels.map((l, i) => ({ value: String(l), label: controls.catchUp.labels[i]! })), selected: String(was?.type === 'fundCatchUp' ? was.gbpM : controls.catchUp.levels[controls.catchUp.index]) }];
          break;
        default:
          break;
      }
      return { type: a.type, label: actionLabel(a.type, side), available: a.available, why: a.available ? null : (a.message ?? null), original: was !== null, params };
    });
}

/** The chosen moves as actions for the core. */
export function actionsOf(start: GameState, side: SideId, chosen: readonly { readonly type: ActionType; readonly params: Readonly<Record<string, string>> }[]): Action[] {
  return chosen.map(({ type, params }): Action => {
    switch (type) {
      case 'propose':
      case 'imposeAward': {
        const offer: Record<string, number> = {};
        for (const issue of start.scenario.issues) offer[issue.id] = Number(params[`issue:${issue.id}`] ?? issue.values[start.negotiation.statusQuo[start.scenario.issues.indexOf(issue)]!]);
        return { side, type, offer };
      }
      case 'callStrike':
        return { side, type, start: params.start ?? '', days: Number(params.days ?? 1) };
      case 'statement':
        return { side, type, tone: (params.tone ?? 'firm') as 'firm' };
      case 'setMitigation':
        return { side, type, level: Number(params.level ?? 0) };
      case 'fundCatchUp':
        return { side, type, gbpM: Number(params.gbpM ?? 0) };
      default:
        return { side, type } as Action;
    }
  });
}

/** Checks the moves against the week's start with the core; the first refusal, in words, or null. */
export function checkMoves(start: GameState, actions: readonly Action[]): string | null {
  const refused = playMoves(start, actions.map((action) => ({ action }))).actions.find((a) => a.rejected);
  return refused?.rejected?.message ?? null;
}

export interface ComparisonRow {
  readonly label: string;
  readonly played: string;
  readonly whatIf: string;
  readonly changed: boolean;
}

export interface Comparison {
  readonly headline: string;
  readonly rows: readonly ComparisonRow[];
  readonly charts: readonly ChartSpec[];
}

const OUTCOME_WORDS = { deal: 'A deal', imposed: 'Terms imposed', deadline: 'No settlement', collapse: 'Collapse' } as const;

function describeEnd(s: GameState): string {
  return s.outcome ? `${OUTCOME_WORDS[s.outcome.kind]} in week ${s.outcome.week + 1}` : `Unfinished at week ${s.week + 1}`;
}

/** Both paths side by side: outcome, terms, scores, strike days, opinion, waiting list, and charts of the weeks. */
export function compare(scenario: Scenario, played: GameState, fork: GameState, week: number, side: SideId): Comparison {
  const sc = scenario;
  const terms = (s: GameState) => s.outcome?.terms ?? s.negotiation.statusQuo;
  const rows: ComparisonRow[] = [];
  const row = (label: string, a: string, b: string) => rows.push({ label, played: a, whatIf: b, changed: a !== b });
  row('Outcome', describeEnd(played), describeEnd(fork));
  const termsText = (s: GameState) => sc.issues.map((issue, i) => issueValueShort(issue, issue.values[terms(s)[i]!]!)).join(' · ');
  row(`Terms (${sc.issues.map((i) => i.label.split(' ')[0]!.toLowerCase()).join(' · ')})`, termsText(played), termsText(fork));
  for (const s of ['union', 'employer'] as const) row(`${sc.sides[s].shortName} score`, played.outcome ? String(played.outcome.scores[s]) : '—', fork.outcome ? String(fork.outcome.scores[s]) : '—');
  row('Strike days held', count(played.strikes.daysHeld), count(fork.strikes.daysHeld));
  row('Public support at the end', pct(opinionShares(played).supportBp), pct(opinionShares(fork).supportBp));
  row('Public opposition at the end', pct(opinionShares(played).opposeBp), pct(opinionShares(fork).opposeBp));
  row(`${capitalise(sc.vocabulary.harm.name)} at the end`, millions(played.nhs.waitingList), millions(fork.nhs.waitingList));
  row(`Cost of strikes to ${theService(sc.vocabulary)}`, money(played.employer.strikeCostK, sc.vocabulary.currency), money(fork.employer.strikeCostK, sc.vocabulary.currency));

  const n = Math.max(played.history.length, fork.history.length);
  const x = { label: 'Week', min: 0.5, max: n + 0.5, ticks: niceTicks(1, n, 6, String).filter((t) => Number.isInteger(t.value)) };
  const series = (s: GameState, f: (h: GameState['history'][number]) => number): Point[] => s.history.map((h) => [h.week + 1, f(h)]);
  let strikesA = 0;
  let strikesB = 0;
  const cumA = series(played, (h) => (strikesA += h.strikeDays));
  const cumB = series(fork, (h) => (strikesB += h.strikeDays));
  const pair = (title: string, summary: string, yLabel: string, a: Point[], b: Point[], fmt: (v: number) => string, floor0 = true): ChartSpec => {
    const all = [...a, ...b].map((p) => p[1]);
    const hi = niceMax(Math.max(...all, floor0 ? 1 : -Infinity));
    const lo = floor0 ? 0 : Math.floor(Math.min(...all) * 20) / 20;
    const max = floor0 ? hi : Math.ceil(Math.max(...all) * 20) / 20 + 0.05;
    return {
      title,
      summary,
      x,
      y: { label: yLabel, min: lo, max, ticks: niceTicks(lo, max, 4, fmt) },
      layers: [
        { kind: 'rule', label: `The change: week ${week + 1}`, tone: 'muted', axis: 'x', at: week + 0.5, dash: true },
        { kind: 'line', label: 'As played', tone: 'text', points: a, marker: 'circle', endLabel: 'Played' },
        { kind: 'line', label: 'What if', tone: side === 'union' ? 'union' : 'employer', points: b, marker: 'diamond', dash: true, endLabel: 'What if' },
      ],
      table: {
        caption: `${title}: as played and what if`,
        head: ['Week', 'As played', 'What if'],
        rows: Array.from({ length: n }, (_, i) => [String(i + 1), a[i] ? fmt(a[i]![1]) : '—', b[i] ? fmt(b[i]![1]) : '—']),
      },
    };
  };
  const headline = sc.issues[0]!;
  const offerPath = (s: GameState): Point[] => s.history.flatMap((h) => h.offers.filter((o) => o.from !== side).map((o): Point => [h.week + 1, headline.values[o.offer[0]!]!]));
  const charts = [
    pair('Strike days so far', `Strike days: ${count(played.strikes.daysHeld)} as played, ${count(fork.strikes.daysHeld)} in the what-if.`, 'Strike days (total)', cumA, cumB, (v) => String(Math.round(v))),
    pair('Public support for the strikes', `Support at the end: ${pct(opinionShares(played).supportBp)} as played, ${pct(opinionShares(fork).supportBp)} in the what-if.`, 'Support (%)', series(played, (h) => h.supportBp / 100), series(fork, (h) => h.supportBp / 100), (v) => `${Math.round(v)}%`),
    pair(capitalise(theHarm(sc.vocabulary)), `At the end: ${millions(played.nhs.waitingList)} as played, ${millions(fork.nhs.waitingList)} in the what-if.`, 'Millions', series(played, (h) => h.waitingList / 1e6), series(fork, (h) => h.waitingList / 1e6), (v) => `${v.toFixed(2)}m`, false),
    pair(
      `The other side's offers on ${headline.label.toLowerCase()}`,
      `What ${theSide(sc.vocabulary, otherSide(side))} offered on ${headline.label.toLowerCase()}, week by week, on each path.`,
      headline.unit,
      offerPath(played),
      offerPath(fork),
      (v) => issueValue(headline, v),
    ),
  ];
  const a = played.outcome;
  const b = fork.outcome;
  const better = a && b ? b.scores[side] - a.scores[side] : null;
  const headlineText =
    better === null
      ? `As played: ${describeEnd(played).toLowerCase()}. What if: ${describeEnd(fork).toLowerCase()}.`
      : `As played: ${describeEnd(played).toLowerCase()}, ${sc.sides[side].shortName} score ${a!.scores[side]}. What if: ${describeEnd(fork).toLowerCase()}, score ${b!.scores[side]} (${better === 0 ? 'no change' : better > 0 ? `${better} better` : `${-better} worse`}).`;
  return { headline: headlineText, rows, charts };
}
