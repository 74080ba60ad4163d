/**
 * The runner's JSON records (scenarios/README.md#json-output): the contract programs read. Units are what a
 * reader expects: percentages of the public with one decimal, shares 0..1, money in millions of the scenario's currency, dates as ISO
 * strings, offers as `{ issueId: value }` terms. week-records.ts builds them from the core's state.
 */
import type { AiMessage, Outcome, ScriptAction, SideId } from '../sim';

export type Terms = Record<string, number>;

export interface OfferRecord {
  readonly from: SideId;
  /** The week it was made; -1 for a side's opening position, which stands before the game starts. */
  readonly week: number;
  readonly offer: Terms;
  /** The week the other side rejected it (it still stands and can be accepted), or null while unanswered. */
  readonly rejectedWeek: number | null;
}

export interface BallotRecord {
  readonly status: 'open' | 'won' | 'lost';
  readonly opened: string;
  readonly closes: string;
  /** Share of those entitled who voted, 0..1; null while the ballot is open. */
  readonly turnout: number | null;
  /** Share of votes cast that were yes, 0..1; null while the ballot is open. */
  readonly yes: number | null;
}

export interface ActionRecord {
  readonly side: SideId;
  /** The action as a script would write it (no `side`). */
  readonly action: ScriptAction;
  readonly rejected?: { readonly reason: string; readonly message: string };
}

/** A core event made JSON-friendly; `type` is the core's event type. */
export type EventRecord = { readonly type: string } & Readonly<Record<string, unknown>>;

export interface ReferendumRecord {
  readonly from: SideId;
  readonly terms: Terms;
  /** Week the members' vote opened and the week it is counted. */
  readonly openedWeek: number;
  readonly closesWeek: number;
  readonly recommended: boolean;
  /** The vote's length in weeks, and whether notified strike days go ahead while members vote. */
  readonly voteWeeks: number;
  readonly continueAction: boolean;
}

export interface WeekRecord {
  readonly week: number;
  /** The Monday the week starts, ISO. */
  readonly date: string;
  /** Shares of the public, percent with one decimal; the three always sum to 100.0. */
  readonly support: number;
  readonly oppose: number;
  readonly neutral: number;
  readonly waitingList: number;
  readonly strikeDays: number;
  readonly rescheduled: number;
  readonly rescheduledTotal: number;
  readonly plannedCareKept: number;
  readonly strikeCostTotalM: number;
  readonly payCostMPerYear: number;
  readonly mandateValidUntil: string | null;
  readonly ballot: BallotRecord | null;
  readonly offerOnTable: OfferRecord | null;
  readonly actions: readonly ActionRecord[];
  readonly events: readonly EventRecord[];
  readonly messages: readonly AiMessage[];
  // Extras beyond the contract's minimum.
  /** Each side's walk-away value (utility of no deal) on its own utility scale, 0..1 (the Government's may go below 0). */
  readonly walkAway: Readonly<Record<SideId, number>>;
  /** Offers made this week, with their utility to each side (same scales as walkAway). */
  readonly offersMade: readonly { readonly from: SideId; readonly offer: Terms; readonly utility: Readonly<Record<SideId, number>> }[];
  /** Both sides' offers still standing (unanswered) after the week. */
  readonly standingOffers: Readonly<Record<SideId, OfferRecord | null>>;
  /** A deal out to the members' vote, or null. */
  readonly referendum: ReferendumRecord | null;
  /** Members' morale and anger, 0..1. */
  readonly morale: number;
  readonly anger: number;
  /** Share of entitled members who strike on a strike day at this week's mood, 0..1. */
  readonly participation: number;
  /** How much the public attends to the dispute, 0..1. */
  readonly salience: number;
  /** Shares of the public blaming each side more, 0..1. */
  readonly blame: { readonly employer: number; readonly union: number };
  readonly strikeDaysTotal: number;
  /** Notified strike days after this week, ISO. */
  readonly upcomingStrikeDays: readonly string[];
  readonly mitigationLevel: number;
  readonly unionLostPayM: number;
  readonly strikeFundM: number;
  readonly budgetHeadroomM: number;
}

export interface OutcomeRecord {
  readonly kind: Outcome['kind'];
  readonly week: number;
  readonly terms: Terms | null;
  readonly scores: Readonly<Record<SideId, number>>;
  /**
   * Each side's par in this game (top-level outcome only): the mean score of the AI playing that seat (its
   * default persona) against the persona the other side was played by, over a fixed set of seeds.
   */
  readonly par?: Readonly<Record<SideId, number>>;
}

export interface RunRecord {
  readonly scenario: string;
  readonly scenarioVersion: string;
  readonly seed: string;
  /** As given to the runner: `ai:<persona>` or `script:FILE`. */
  readonly players: Readonly<Record<SideId, string>>;
  readonly weeks: readonly WeekRecord[];
  /** Null when --weeks stopped the run before the game ended. */
  readonly outcome: OutcomeRecord | null;
  readonly stateHash: string;
  /** A URL-safe code that reopens this game in the browser (`#r=<code>`). */
  readonly replayCode: string;
}
