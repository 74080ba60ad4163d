// The player's working choices on the Table (the offer being built, a strike's dates, a statement's tone…).
// View state, kept in the store so it survives the trip to the WeekResult screen and back; the core checks
// every choice again when it is dispatched. What the plan's steppers offer is in views/move-settings.ts.
import { clamp, isoFromDay, legalActions, MAX_VOTE_WEEKS, parseIsoDate, type Action, type ActionType, type GameState, type SideId, type StatementTone } from '../sim/index';

export interface Plan {
  /** Grid index per issue, in the scenario's issue order. */
  readonly draft: readonly number[];
  /** ISO date, or null when no strike can be called now. */
  readonly strikeStart: string | null;
  readonly strikeDays: number;
  readonly tone: StatementTone;
  readonly mitigation: number;
  readonly catchUpGbpM: number;
  /** How the union runs a members' vote on a deal it accepts or puts to members: length in weeks (1–4)… */
  readonly voteWeeks: number;
  /** …and whether its notified strike days go ahead while members vote. */
  readonly continueAction: boolean;
}

export const EMPTY_PLAN: Plan = { draft: [], strikeStart: null, strikeDays: 3, tone: 'firm', mitigation: 50, catchUpGbpM: 50, voteWeeks: 4, continueAction: false };

/** The plan for the week now starting, keeping what the player chose before where it is still possible. */
export function planFor(state: GameState, side: SideId, previous: Plan | null): Plan {
  const sq = state.negotiation.statusQuo;
  const own = state.negotiation.standing[side];
  const base = previous && previous.draft.length === sq.length ? previous.draft : (own?.offer ?? sq);
  const draft = base.map((index, i) => Math.max(index, sq[i] ?? 0));

  const window = legalActions(state, side).strikeWindow;
  let strikeStart: string | null = null;
  let strikeDays = previous?.strikeDays ?? EMPTY_PLAN.strikeDays;
  if (window) {
    const earliest = parseIsoDate(window.earliest)!;
    const latest = parseIsoDate(window.latest)!;
    const wanted = previous?.strikeStart ? parseIsoDate(previous.strikeStart) : null;
    strikeStart = isoFromDay(wanted !== null && wanted >= earliest && wanted <= latest ? wanted : earliest);
    strikeDays = clamp(strikeDays, 1, window.maxDays);
  }
  return {
    draft,
    strikeStart,
    strikeDays,
    tone: previous?.tone ?? EMPTY_PLAN.tone,
    mitigation: state.employer.mitigationLevel, // starts each week at the level in force
    catchUpGbpM: previous?.catchUpGbpM ?? EMPTY_PLAN.catchUpGbpM,
    voteWeeks: clamp(previous?.voteWeeks ?? state.scenario.referendum.weeks, 1, MAX_VOTE_WEEKS),
    continueAction: previous?.continueAction ?? EMPTY_PLAN.continueAction,
  };
}

/** The action a player means when choosing `type` on the Table, with the plan's parameters filled in. */
export function actionFromPlan(state: GameState, side: SideId, plan: Plan, type: ActionType): Action {
  const terms = (): Record<string, number> => {
    const out: Record<string, number> = {};
    state.scenario.issues.forEach((issue, i) => (out[issue.id] = issue.values[plan.draft[i] ?? state.negotiation.statusQuo[i]!] ?? 0));
    return out;
  };
  switch (type) {
    case 'propose':
      return { side, type, offer: terms() };
    case 'imposeAward':
      return { side, type, offer: terms() };
    case 'callStrike':
      return { side, type, start: plan.strikeStart ?? '', days: plan.strikeDays };
    case 'statement':
      return { side, type, tone: plan.tone };
    case 'setMitigation':
      return { side, type, level: plan.mitigation };
    case 'fundCatchUp':
      return { side, type, gbpM: plan.catchUpGbpM };
    case 'accept':
    case 'putToMembers':
      // Only the union sets how its members vote; the Government's acceptance takes the scenario's vote.
      return side === 'union' ? { side, type, voteWeeks: plan.voteWeeks, continueAction: plan.continueAction } : { side, type };
    default:
      return { side, type } as Action;
  }
}
