/**
 * A week being resolved, phase by phase. Each phase is a pure function from the week so far (and the week's
 * pre-rolled draws) to the week after it and the events it produced; `resolveWeek` folds them in order.
 */
import type { HarmWeek } from '../harm';
import type { DayNumber } from '../calendar';
import type { Effect, ScenarioEvent } from '../scenario/types';
import type { GameState, Offer, QueuedAction, SideId, SimEvent } from '../types';

/** The week's effects on opinion and members, summed from events, reactions and statements. */
export interface Effects {
  readonly supportBp: number;
  readonly salienceBp: number;
  readonly blameBp: number;
  readonly angerBp: number;
  readonly moraleBp: number;
}

/** What the phases work out and hand on to the later ones; none of it is kept in the game state. */
export interface WeekNotes {
  readonly monday: DayNumber;
  readonly sunday: DayNumber;
  readonly fx: Effects;
  readonly capacityShock: GameState['nhs']['capacityShock'];
  readonly fired: readonly ScenarioEvent[];
  /** Terms the members ratified this week (the deal), if any. */
  readonly ratified: Offer | null;
  /** The change in the headline pay award this week (ratified or imposed), in hundredths of a percent. */
  readonly payAwardedX100: number;
  readonly strikeDays: readonly DayNumber[];
  readonly participationBp: number;
  /** The strike fund could not pay strike pay this week, so fewer members walked out. */
  readonly noStrikePay: boolean;
  readonly strikeCostK: number;
  readonly offers: readonly { readonly from: SideId; readonly offer: Offer }[];
  readonly backlog: HarmWeek | null;
  readonly payCostKPerYear: number;
}

export interface WeekInProgress {
  /** The state as both sides left it: the week's start, with their queued actions. */
  readonly start: GameState;
  /** The state so far. */
  readonly state: GameState;
  readonly notes: WeekNotes;
}

/** The week's pre-rolled draws (see WORLD_SLOTS). */
export type Draws = readonly number[];

export interface PhaseResult {
  readonly week: WeekInProgress;
  readonly events: readonly SimEvent[];
}

export type Phase = (week: WeekInProgress, draws: Draws) => PhaseResult;

export const NO_EFFECTS: Effects = { supportBp: 0, salienceBp: 0, blameBp: 0, angerBp: 0, moraleBp: 0 };

/** Adds an effect to the week's sums; a capacity shock replaces any earlier one. */
export const withEffect = (notes: WeekNotes, e: Effect): WeekNotes => ({
  ...notes,
  fx: {
    supportBp: notes.fx.supportBp + e.supportBp,
    salienceBp: notes.fx.salienceBp + e.salienceBp,
    blameBp: notes.fx.blameBp + e.blameBp,
    angerBp: notes.fx.angerBp + e.angerBp,
    moraleBp: notes.fx.moraleBp + e.moraleBp,
  },
  capacityShock: e.capacityFactorBp !== null && e.capacityWeeks > 0 ? { factorBp: e.capacityFactorBp, weeksLeft: e.capacityWeeks } : notes.capacityShock,
});

/** A side's queued action of one type, if it queued one. */
export const queued = <T extends QueuedAction['type']>(state: GameState, side: SideId, type: T) =>
  state.turn[side].actions.find((a): a is Extract<QueuedAction, { type: T }> => a.type === type);

/** The headline issue's value for an offer, in hundredths (pay, in hundredths of a percent). */
export const headlinePctX100 = (state: GameState, offer: Offer): number => Math.round((state.scenario.issues[0]!.values[offer[0]!] ?? 0) * 100);
