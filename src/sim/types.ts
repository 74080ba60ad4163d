/**
 * The core's data: actions in (commands), events out (past-tense facts), and the game state between them.
 * All of it is plain, serialisable, integer data so that a game is its scenario, seed and action log.
 */
import type { DayNumber } from './calendar';
import type { OpponentBelief } from './ai/opponent-model';
import type { Scenario, SideId, StatementTone } from './scenario/types';

export type { SideId, StatementTone };

/** Who plays a side: a person, or the AI with a persona id (`ai:pragmatist`). */
export type PlayerKind = 'human' | `ai:${string}`;
export type Players = Readonly<Record<SideId, PlayerKind>>;

/** Offer terms as written by players and scripts: issue id → value in the units. */
export type OfferTerms = Readonly<Record<string, number>>;

/** Offer terms as stored: one grid index per scenario issue, in the scenario's issue order. */
export type Offer = readonly number[];

interface ActionBase {
  readonly side: SideId;
}

/**
 * How the union runs a members' vote on a deal it accepts or puts to members (both optional; the union's only):
 * its length in weeks (1–4; by default the scenario's `referendum.weeks`) and whether notified strike days go
 * ahead while members vote (by default they are called off).
 */
export interface VoteOptions {
  readonly voteWeeks?: number;
  readonly continueAction?: boolean;
}

/** A members' vote as the union set it up, after checking. */
export interface VoteChoice {
  readonly weeks: number;
  readonly continueAction: boolean;
}

/** A command from a side. The shapes (less `side`) are the headless runner's script format. */
export type Action =
  | (ActionBase & { readonly type: 'propose'; readonly offer: OfferTerms })
  | (ActionBase & { readonly type: 'accept' } & VoteOptions)
  | (ActionBase & { readonly type: 'reject' })
  /** Takes this side's own standing offer off the table. */
  | (ActionBase & { readonly type: 'withdraw' })
  | (ActionBase & { readonly type: 'endTurn' })
  | (ActionBase & { readonly type: 'callStrike'; readonly start: string; readonly days: number })
  | (ActionBase & { readonly type: 'suspendStrike' })
  | (ActionBase & { readonly type: 'openBallot' })
  | (ActionBase & { readonly type: 'putToMembers' } & VoteOptions)
  | (ActionBase & { readonly type: 'statement'; readonly tone: StatementTone })
  | (ActionBase & { readonly type: 'imposeAward'; readonly offer: OfferTerms })
  | (ActionBase & { readonly type: 'setMitigation'; readonly level: number })
  | (ActionBase & { readonly type: 'fundCatchUp'; readonly gbpM: number });

export type ActionType = Action['type'];

export const ACTION_TYPES: readonly ActionType[] = [
  'propose',
  'accept',
  'reject',
  'withdraw',
  'callStrike',
  'suspendStrike',
  'openBallot',
  'putToMembers',
  'statement',
  'imposeAward',
  'setMitigation',
  'fundCatchUp',
  'endTurn',
];

/** Why an action was refused; each comes with a sentence a player can read. */
export const REJECTION_REASONS = [
  'game-over',
  'turn-ended',
  'not-your-lever',
  'malformed',
  'unknown-issue',
  'off-grid',
  'below-status-quo',
  'already-this-week',
  'no-offer',
  'offer-too-new',
  'referendum-running',
  'no-mandate',
  'mandate-too-short',
  'notice-too-short',
  'too-many-days',
  'strike-overlap',
  'past-horizon',
  'no-strike',
  'ballot-open',
  'out-of-range',
  'over-budget',
  'already-rejected',
  'no-own-offer',
  'not-in-this-dispute',
  'contract-in-force',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export interface Rejection {
  readonly reason: RejectionReason;
  readonly message: string;
}

/** An action after checking, in the engine's own units (an end of turn is checked too, but never queued). */
export type QueuedAction =
  | { readonly type: 'endTurn' }
  | { readonly type: 'propose'; readonly offer: Offer }
  | { readonly type: 'accept'; readonly vote?: VoteChoice }
  | { readonly type: 'reject' }
  | { readonly type: 'withdraw' }
  | { readonly type: 'callStrike'; readonly start: DayNumber; readonly days: number }
  | { readonly type: 'suspendStrike' }
  | { readonly type: 'openBallot' }
  | { readonly type: 'putToMembers'; readonly vote?: VoteChoice }
  | { readonly type: 'statement'; readonly tone: StatementTone }
  | { readonly type: 'imposeAward'; readonly offer: Offer }
  | { readonly type: 'setMitigation'; readonly level: number }
  | { readonly type: 'fundCatchUp'; readonly gbpK: number };

export interface TurnQueue {
  readonly actions: readonly QueuedAction[];
  readonly ended: boolean;
}

export interface StrikeCall {
  readonly calledWeek: number;
  readonly start: DayNumber;
  readonly days: number;
  /** First day called off, or null while the whole call stands. */
  readonly suspendedFrom: DayNumber | null;
}

export interface Ballot {
  readonly opened: DayNumber;
  readonly closes: DayNumber;
  readonly status: 'open' | 'won' | 'lost';
  /** Turnout of those entitled and yes share of votes cast, bp; null while open. */
  readonly turnoutBp: number | null;
  readonly yesBp: number | null;
  /** Whether the later regime's rules apply to this ballot. */
  readonly reformRules: boolean;
}

/**
 * An offer on the table. It stands until its maker withdraws it or replaces it with a new proposal, or talks
 * close (a deal goes to members, or terms are imposed). A rejection answers it without removing it: the offer
 * can still be accepted later.
 */
export interface StandingOffer {
  readonly from: SideId;
  readonly week: number;
  readonly offer: Offer;
  /** The week the other side rejected it, or null while unanswered. */
  readonly rejectedWeek: number | null;
}

export interface Referendum {
  readonly terms: Offer;
  /** Whose offer the terms were. */
  readonly from: SideId;
  readonly opened: number;
  /** The week the vote is counted in (its length is `closesWeek - opened` weeks). */
  readonly closesWeek: number;
  readonly recommended: boolean;
  /**
   * Present (true) only when notified strike days go ahead during the vote; absent when they were called off,
   * so games played before the choice existed keep their state hashes.
   */
  readonly continueAction?: true;
}

export interface OpinionGroupState {
  /** Support minus opposition, bp of the group. */
  readonly netBp: number;
  /** Support plus opposition (those with a view), bp. */
  readonly engagedBp: number;
}

export type OutcomeKind = 'deal' | 'imposed' | 'deadline' | 'collapse';

export interface Outcome {
  readonly kind: OutcomeKind;
  readonly week: number;
  readonly terms: Offer | null;
  readonly scores: Readonly<Record<SideId, number>>;
}

/** What the core keeps of each resolved week, for records, charts and the debrief. */
export interface WeekSummary {
  readonly week: number;
  readonly supportBp: number;
  readonly opposeBp: number;
  readonly waitingList: number;
  readonly strikeDays: number;
  readonly rescheduled: number;
  readonly plannedCareKeptBp: number;
  readonly strikeCostK: number;
  readonly payCostKPerYear: number;
  readonly moraleBp: number;
  readonly angerBp: number;
  readonly participationBp: number;
  readonly salienceBp: number;
  readonly blameEmployerBp: number;
  readonly blameUnionBp: number;
  /** Each side's walk-away value (utility of no deal), bp of its own utility scale. */
  readonly walkAway: Readonly<Record<SideId, number>>;
  /** Offers made this week with their utility to both sides. */
  readonly offers: readonly { readonly from: SideId; readonly offer: Offer; readonly utility: Readonly<Record<SideId, number>> }[];
}

export interface GameState {
  /** The scenario the game runs on, shared by reference between states (never copied, not hashed). */
  readonly scenario: Scenario;
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  /** A hash of the scenario's content, so two different files with the same id never share a state hash. */
  readonly scenarioHash: string;
  readonly seed: string;
  readonly players: Players;
  /** The week now being played (both sides queue actions for it). */
  readonly week: number;
  readonly turn: Readonly<Record<SideId, TurnQueue>>;
  /** Pre-rolled uniforms in 0..9999, [week][slot], drawn at game start from the world stream. */
  readonly world: readonly (readonly number[])[];
  /** Values each side keeps private; the other side's AI never reads them. */
  readonly hidden: { readonly unionFloorX100: number; readonly employerReadAcrossBp: number };
  readonly law: {
    readonly mandate: { readonly from: DayNumber; readonly until: DayNumber } | null;
    readonly ballot: Ballot | null;
    readonly ballotsHeld: number;
    readonly failedInRow: number;
  };
  readonly strikes: { readonly calls: readonly StrikeCall[]; readonly daysHeld: number };
  readonly union: {
    readonly moraleBp: number;
    readonly angerBp: number;
    /** The members' grievance: a slow average of their anger, which turnout at strikes and ballots follows, bp. */
    readonly grievanceBp: number;
    readonly fundK: number;
    readonly lostPayK: number;
    /** Members' resistance point on the headline issue, hundredths of its unit. */
    readonly resistanceX100: number;
  };
  readonly employer: {
    readonly mitigationLevel: number;
    readonly strikeCostK: number;
    readonly catchUpSpentK: number;
    readonly catchUpEpisodesPending: number;
    readonly headroomK: number;
    /** The week the Treasury stepped in over the budget overrun (treasury.ts), or null. */
    readonly treasuryWeek: number | null;
    readonly imposed: Offer | null;
  };
  readonly nhs: {
    readonly waitingList: number;
    readonly rebookQueue: number;
    readonly rescheduledTotal: number;
    readonly lostStopsTotal: number;
    /** Finished stock left (lostOutput only; absent otherwise, so other games keep their state hashes). */
    readonly inventory?: number;
    readonly capacityShock: { readonly factorBp: number; readonly weeksLeft: number } | null;
  };
  readonly opinion: {
    readonly groups: readonly OpinionGroupState[];
    readonly salienceBp: number;
    /** Headline pay paid since the start (ratified or imposed), hundredths of a percent; never forgotten. */
    readonly paidX100: number;
    /** Remembered strike days ×100, decaying. */
    readonly fatigueX100: number;
    /** Remembered cancellations for blame, in units of 10,000 episodes ×100, decaying as fatigue does. */
    readonly cancelledMemoryX100: number;
    /** The public positions: the headline of the Government's best offer and of the union's lowest claim, ×100. */
    readonly employerBestX100: number;
    readonly unionClaimX100: number;
    /** Each side's statements, remembered ×100 (one statement adds 100), for their wear from repetition. */
    readonly statementsX100: Readonly<Record<SideId, number>>;
    /** The week of each side's latest concession (an offer better for the other side than any before), or null. */
    readonly concededWeek: Readonly<Record<SideId, number | null>>;
    /** Remembered cancellations, in units of 10,000 episodes ×100, decaying. */
    readonly disruptionX100: number;
    /** Blaming the Government more, minus blaming the doctors more, bp of the public. */
    readonly blameNetBp: number;
    readonly blameEqualBp: number;
    readonly mediaImpulseBp: number;
    readonly mediaDurableBp: number;
  };
  readonly negotiation: {
    readonly standing: Readonly<Record<SideId, StandingOffer | null>>;
    readonly lastOffer: StandingOffer | null;
    readonly statusQuo: Offer;
    readonly referendum: Referendum | null;
  };
  /** What each side believes about the other, from public information only (updated each week). */
  readonly beliefs: Readonly<Record<SideId, OpponentBelief>>;
  readonly firedEvents: readonly string[];
  readonly history: readonly WeekSummary[];
  readonly outcome: Outcome | null;
}

/** What happened, in the past tense, for screens to animate and the log to record. */
export type SimEvent =
  | { readonly type: 'actionQueued'; readonly side: SideId; readonly action: QueuedAction }
  | { readonly type: 'turnEnded'; readonly side: SideId }
  | { readonly type: 'weekResolved'; readonly week: number }
  | { readonly type: 'offerMade'; readonly side: SideId; readonly offer: Offer }
  | { readonly type: 'offerAccepted'; readonly side: SideId; readonly offer: Offer }
  | { readonly type: 'offerRejected'; readonly side: SideId; readonly offer: Offer; readonly reasonable: boolean }
  | { readonly type: 'offerWithdrawn'; readonly side: SideId; readonly offer: Offer }
  | { readonly type: 'referendumOpened'; readonly terms: Offer; readonly closesWeek: number; readonly recommended: boolean; readonly weeks: number; readonly continueAction: boolean }
  | { readonly type: 'referendumClosed'; readonly terms: Offer; readonly yesBp: number; readonly passed: boolean; readonly turnoutBp: number; readonly weeks: number }
  | { readonly type: 'dealRatified'; readonly terms: Offer }
  | { readonly type: 'awardImposed'; readonly terms: Offer }
  | { readonly type: 'strikeCalled'; readonly start: DayNumber; readonly days: number }
  | { readonly type: 'strikeSuspended'; readonly from: DayNumber; readonly daysCalledOff: number }
  | { readonly type: 'strikeDaysHeld'; readonly days: readonly DayNumber[]; readonly participationBp: number; readonly rescheduled: number; readonly costK: number; readonly noStrikePay: boolean }
  | { readonly type: 'treasuryIntervened'; readonly headroomK: number; readonly pressureBp: number }
  | { readonly type: 'ballotOpened'; readonly closes: DayNumber; readonly reformRules: boolean }
  | { readonly type: 'ballotClosed'; readonly turnoutBp: number; readonly yesBp: number; readonly won: boolean; readonly failedTest: string | null; readonly mandateUntil: DayNumber | null }
  | { readonly type: 'mandateExpired'; readonly on: DayNumber }
  | { readonly type: 'statementMade'; readonly side: SideId; readonly tone: StatementTone }
  | { readonly type: 'mitigationSet'; readonly level: number }
  | { readonly type: 'catchUpFunded'; readonly gbpK: number; readonly episodes: number }
  | { readonly type: 'scenarioEvent'; readonly id: string; readonly headline: string }
  | { readonly type: 'safetyConcernReported' }
  | { readonly type: 'gameEnded'; readonly outcome: Outcome };

export interface StepResult {
  readonly state: GameState;
  readonly events: readonly SimEvent[];
  readonly rejected?: Rejection;
}
