// The steppers under the Table's moves (a strike's dates and length, a statement's tone, planned care, catch-up
// money, a members' vote's length and whether strikes go on during it): the levels each offers and where the
// player's plan sits on them.
import { clamp, isoFromDay, legalActions, longDate, MAX_VOTE_WEEKS, moneyM, parseIsoDate, STATEMENT_TONES, type GameState, type SideId, type StatementTone } from '../sim/index';
import type { Plan } from '../store/types';

/** The levels each of the plan's steppers offers, and where the plan sits on them. */
export interface PlanControls {
  /** Null when no strike can be called now. */
  readonly strike: { readonly dates: readonly string[]; readonly labels: readonly string[]; readonly dateIndex: number; readonly days: readonly string[]; readonly daysIndex: number } | null;
  readonly tone: { readonly levels: readonly StatementTone[]; readonly labels: readonly string[]; readonly index: number };
  readonly mitigation: { readonly levels: readonly number[]; readonly labels: readonly string[]; readonly index: number };
  readonly catchUp: { readonly levels: readonly number[]; readonly labels: readonly string[]; readonly index: number };
  /** How the union runs a members' vote (its length, and whether strikes go on); null for the Government. */
  readonly vote: {
    /** Short labels for the canvas, and what a screen reader says for each. */
    readonly weeks: { readonly labels: readonly string[]; readonly spoken: readonly string[]; readonly index: number };
    readonly action: { readonly labels: readonly string[]; readonly spoken: readonly string[]; readonly index: number };
  } | null;
}

/** The two ways a union can run notified strike days during a members' vote, as the Table shows and says them. */
const VOTE_ACTION_LABELS = ['Strikes off', 'Strikes on'] as const;
const VOTE_ACTION_SPOKEN = ['Strikes paused: notified strike days are called off while members vote', 'Strikes go on: notified strike days go ahead while members vote'] as const;
export const voteWeeksLabel = (weeks: number): string => `${weeks} week${weeks === 1 ? '' : 's'}`;

export const TONE_LABELS: Readonly<Record<StatementTone, string>> = { conciliatory: 'Conciliatory', firm: 'Firm', hardline: 'Hard-line' };
const MITIGATION_STEP = 5;
const CATCH_UP_STEP_GBPM = 10;
const CATCH_UP_MAX_GBPM = 500;

export function planControls(state: GameState, side: SideId, plan: Plan): PlanControls {
  const window = legalActions(state, side).strikeWindow;
  let strike: PlanControls['strike'] = null;
  if (window) {
    const first = parseIsoDate(window.earliest)!;
    const last = parseIsoDate(window.latest)!;
    const days = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    const chosen = plan.strikeStart ? parseIsoDate(plan.strikeStart) : null;
    strike = {
      dates: days.map(isoFromDay),
      labels: days.map((d) => longDate(d).replace(/ \d{4}$/, '')),
      dateIndex: chosen === null ? 0 : clamp(chosen - first, 0, days.length - 1),
      days: Array.from({ length: window.maxDays }, (_, i) => `${i + 1} day${i === 0 ? '' : 's'}`),
      daysIndex: clamp(plan.strikeDays - 1, 0, window.maxDays - 1),
    };
  }
  const mitigation = Array.from({ length: 100 / MITIGATION_STEP + 1 }, (_, i) => i * MITIGATION_STEP);
  const room = Math.max(CATCH_UP_STEP_GBPM, Math.min(CATCH_UP_MAX_GBPM, Math.floor(state.employer.headroomK / 1000 / CATCH_UP_STEP_GBPM) * CATCH_UP_STEP_GBPM));
  const catchUp = Array.from({ length: room / CATCH_UP_STEP_GBPM }, (_, i) => (i + 1) * CATCH_UP_STEP_GBPM);
  const nearest = (levels: readonly number[], v: number) => levels.reduce((best, x, i) => (Math.abs(x - v) < Math.abs(levels[best]! - v) ? i : best), 0);
  return {
    strike,
    tone: { levels: STATEMENT_TONES, labels: STATEMENT_TONES.map((t) => TONE_LABELS[t]), index: Math.max(0, STATEMENT_TONES.indexOf(plan.tone)) },
    mitigation: { levels: mitigation, labels: mitigation.map((l) => `level ${l} of 100`), index: nearest(mitigation, plan.mitigation) },
    catchUp: { levels: catchUp, labels: catchUp.map((m) => moneyM(m, state.scenario.vocabulary.currency)), index: nearest(catchUp, plan.catchUpGbpM) },
    vote:
      side === 'union'
        ? {
            weeks: {
              labels: Array.from({ length: MAX_VOTE_WEEKS }, (_, i) => `Vote ${i + 1} wk`),
              spoken: Array.from({ length: MAX_VOTE_WEEKS }, (_, i) => `Vote: ${voteWeeksLabel(i + 1)}`),
              index: clamp(plan.voteWeeks, 1, MAX_VOTE_WEEKS) - 1,
            },
            action: { labels: VOTE_ACTION_LABELS, spoken: VOTE_ACTION_SPOKEN, index: plan.continueAction ? 1 : 0 },
          }
        : null,
  };
}
