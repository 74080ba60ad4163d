// The player's working choices on the Table (the offer being built, a strike's dates, a statement's tone…).
// View state, kept in the store so it survives the trip to the WeekResult screen and back; the core checks
// every choice again when it is dispatched.
import { isoFromDay, legalActions, longDate, parseIsoDate, type Action, type ActionType, type GameState, type SideId, type StatementTone } from '../sim/index';

export interface Plan {
  /** Grid index per issue, in the scenario's issue order. */
  readonly draft: readonly number[];
  /** ISO date, or null when no strike can be called now. */
  readonly strikeStart: string | null;
  readonly strikeDays: number;
  readonly tone: StatementTone;
  readonly mitigation: number;
  readonly catchUpGbpM: number;
}

export const EMPTY_PLAN: Plan = { draft: [], strikeStart: null, strikeDays: 3, tone: 'firm', mitigation: 50, catchUpGbpM: 50 };

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

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
    mitigation: state.gov.mitigationLevel, // starts each week at the level in force
    catchUpGbpM: previous?.catchUpGbpM ?? EMPTY_PLAN.catchUpGbpM,
  };
}

/** The levels each of the plan's steppers offers, and where the plan sits on them. */
export interface PlanControls {
  /** Null when no strike can be called now. */
  readonly strike: { readonly dates: readonly string[]; readonly labels: readonly string[]; readonly dateIndex: number; readonly days: readonly string[]; readonly daysIndex: number } | null;
  readonly tone: { readonly levels: readonly StatementTone[]; readonly labels: readonly string[]; readonly index: number };
  readonly mitigation: { readonly levels: readonly number[]; readonly labels: readonly string[]; readonly index: number };
  readonly catchUp: { readonly levels: readonly number[]; readonly labels: readonly string[]; readonly index: number };
}

const TONE_LABELS: Readonly<Record<StatementTone, string>> = { conciliatory: 'Conciliatory', firm: 'Firm', hardline: 'Hard-line' };
const TONES: readonly StatementTone[] = ['conciliatory', 'firm', 'hardline'];
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
  const room = Math.max(CATCH_UP_STEP_GBPM, Math.min(CATCH_UP_MAX_GBPM, Math.floor(state.gov.headroomK / 1000 / CATCH_UP_STEP_GBPM) * CATCH_UP_STEP_GBPM));
  const catchUp = Array.from({ length: room / CATCH_UP_STEP_GBPM }, (_, i) => (i + 1) * CATCH_UP_STEP_GBPM);
  const nearest = (levels: readonly number[], v: number) => levels.reduce((best, x, i) => (Math.abs(x - v) < Math.abs(levels[best]! - v) ? i : best), 0);
  return {
    strike,
    tone: { levels: TONES, labels: TONES.map((t) => TONE_LABELS[t]), index: Math.max(0, TONES.indexOf(plan.tone)) },
    mitigation: { levels: mitigation, labels: mitigation.map((l) => `level ${l} of 100`), index: nearest(mitigation, plan.mitigation) },
    catchUp: { levels: catchUp, labels: catchUp.map((m) => `£${m}m`), index: nearest(catchUp, plan.catchUpGbpM) },
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
    default:
      return { side, type } as Action;
  }
}

/** The action in words, for "Queued: …" and the screen reader. */
export function describeAction(action: Action): string {
  switch (action.type) {
    case 'callStrike':
      return `a ${action.days}-day strike from ${longDate(parseIsoDate(action.start) ?? 0)}`;
    case 'statement':
      return `a ${TONE_LABELS[action.tone].toLowerCase()} statement`;
    case 'setMitigation':
      return `planned care at level ${action.level} of 100`;
    case 'fundCatchUp':
      return `£${action.gbpM}m of catch-up work`;
    case 'propose':
      return 'your offer';
    case 'imposeAward':
      return 'imposing these terms';
    case 'accept':
      return 'accepting their offer';
    case 'putToMembers':
      return "putting their offer to members' vote";
    case 'reject':
      return 'rejecting their offer';
    case 'suspendStrike':
      return 'calling off the notified strike days';
    case 'openBallot':
      return 'a strike ballot';
    case 'endTurn':
      return 'the end of your week';
  }
}
