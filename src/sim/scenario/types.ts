/**
 * The checked, normalised scenario the engine runs on. Authored fractions become basis points (0..10000),
 * money becomes whole thousands of the scenario's currency, dates become day numbers, and grids become explicit value lists, so the
 * engine only ever does integer arithmetic on it.
 */
import type { DayNumber } from '../calendar';
import type { VoiceBook } from './voice';

export type SideId = 'union' | 'employer';
export const SIDES: readonly SideId[] = ['union', 'employer'];
/** The side facing `side`. */
export const otherSide = (side: SideId): SideId => (side === 'union' ? 'employer' : 'union');

export interface Source {
  readonly id: string;
  readonly publisher: string;
  readonly date: string;
  readonly title?: string;
  readonly url?: string;
}

/** Where a figure came from, keyed by its path in the file (`harm.waitingList`). */
export interface Provenance {
  readonly source?: string;
  readonly note?: string;
  readonly tag?: 'sourced' | 'calibrated' | 'assumption';
}

export interface Persona {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** Concession exponent ×100 (20 Boulware, 100 linear, 200 conceder). */
  readonly concessionX100: number;
  readonly reciprocityBp: number;
  /** Strike days per 4 weeks the persona aims for while it holds a mandate (BMA only). */
  readonly strikeAppetite: number;
  /** What the persona does when it plays each side (the generic description when the file gives none). */
  readonly descriptions: Readonly<Record<SideId, string>>;
  /** Concession (share of the gap between the opening positions, bp) the side makes beyond the other side's. */
  readonly unilateralBudgetBp: number;
}

export type CalendarKind = 'payReview' | 'budget' | 'election' | 'reshuffle';

/** A scheduled public date both sides can see coming. */
export interface CalendarDate {
  readonly day: DayNumber;
  /** The game week it falls in (may be before 0 or past the horizon). */
  readonly week: number;
  readonly kind: CalendarKind;
  readonly title: string;
  readonly source: string | null;
}

/** A countable word in its two forms. */
export interface Noun {
  readonly singular: string;
  readonly plural: string;
}

/** A name as running text writes it: `takesThe` puts "the" before it ("the BMA", but "Network Rail"). */
export interface Named {
  readonly name: string;
  readonly takesThe: boolean;
}

/** The words of one dispute, so that no dispute's words are built into the code (scenario `vocabulary`). */
export interface Vocabulary {
  readonly sides: Readonly<Record<SideId, { readonly name: string; readonly shortName: string; readonly takesThe: boolean }>>;
  readonly workers: Noun;
  readonly service: Named;
  readonly harm: Named & { readonly unit: Noun; readonly lost: Noun; readonly unitMeaning?: string; readonly contingency?: string; readonly stock?: Noun };
  /** Each side as the public blames it ("the doctors", "the Government"). */
  readonly blame: Readonly<Record<SideId, string>>;
  readonly currency: { readonly code: string; readonly symbol: string };
}

export interface SideInfo {
  readonly name: string;
  readonly shortName: string;
  readonly brief: string;
  readonly personas: readonly string[];
  readonly defaultPersona: string;
  /** Grid indexes of the opening offer, one per issue; null when the side opens with no offer. */
  readonly openingOffer: readonly number[] | null;
}

/** The unit of an issue that is either granted (level 1) or not (level 0): shown as "yes" or "no". */
export const YES_NO = 'yes/no';

export interface Issue {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly description: string;
  /** The grid, in the issue's own units. Offers are stored as indexes into it. */
  readonly values: readonly number[];
  readonly statusQuo: number;
  /** Members' value of each grid level, bp. */
  readonly unionValueBp: readonly number[];
  /** Normalised weight in the BMA's utility, bp; the weights of all issues sum to 10000. */
  readonly unionWeightBp: number;
  /** Direct cost per year of each grid level above the status quo, £k (may be negative below it). */
  readonly employerCostK: readonly number[];
  readonly readAcross: boolean;
  /** Share of the drawn read-across this issue carries, bp; absent for all of it (or none, when `readAcross` is false). */
  readonly readAcrossShareBp?: number;
  /** Present when the employer, not the union, wants the issue (members' value falls as it is granted). */
  readonly direction?: 'employer';
  /** Present when the cost is paid once, not each year of the horizon. */
  readonly oneOff?: true;
}

export interface BallotRules {
  readonly noticeDays: number;
  readonly mandateDays: number;
  readonly turnoutThresholdBp: number | null;
  readonly entitledYesThresholdBp: number | null;
  /** Yes votes needed as a share of votes cast, bp; absent for the default, more than half. */
  readonly supportThresholdBp?: number;
}

/** The NHS-style waiting list: a stock of pathways with referrals in and treatment capacity out. */
export interface BacklogHarm {
  readonly kind: 'backlog';
  readonly waitingList: number;
  readonly referralsPerWeek: number;
  readonly capacityPerWeek: number;
  readonly removalsBp: number;
  readonly plannedEpisodesPerWeekday: number;
  readonly weekendFactorBp: readonly [number, number];
  readonly lostShareAtReferenceBp: number;
  readonly referenceParticipationBp: number;
  readonly unbookedBp: number;
  readonly clockStopsPerCancellationBp: number;
  readonly rebookShareBp: number;
  readonly winterMonths: readonly number[];
  readonly winterCapacityBp: number;
  readonly christmasReferralBp: number;
  readonly christmasCapacityBp: number;
  readonly catchUpCostPerEpisode: number;
  readonly catchUpMaxEpisodesPerWeek: number;
}

/** What every harm model without a queue shares: units of service or output planned a day, and the share a strike loses. */
interface DailyUnits {
  readonly unitsPerWeekday: number;
  readonly weekendFactorBp: readonly [number, number];
  readonly lostShareAtReferenceBp: number;
  readonly referenceParticipationBp: number;
  /** Share of what a strike would lose that managers' contingency service keeps at mitigation level 100, bp. */
  readonly contingencyShareAt100Bp: number;
  readonly winterMonths: readonly number[];
}

/** Units of service (journeys, school days) lost on strike days and never made up: no queue. */
export interface LostServiceHarm extends DailyUnits {
  readonly kind: 'lostService';
  /** What a lost unit costs the employer (fares refunded, revenue lost), whole currency units. */
  readonly valuePerUnitLost: number;
}

/** A private employer's output lost on strike days: revenue lost, finished stock drawn down, orders caught up later. */
export interface LostOutputHarm extends DailyUnits {
  readonly kind: 'lostOutput';
  /** Revenue (margin) lost per unit not made, whole currency units. */
  readonly marginPerUnit: number;
  /** Finished stock at the start, which meets customers' orders before any go unfilled. */
  readonly inventoryUnits: number;
  /** Cost of each unit drawn from stock (holding and rebuilding it), whole currency units. */
  readonly inventoryCostPerUnit: number;
  /** Unfilled orders made up each week by overtime, at most. */
  readonly catchUpUnitsPerWeek: number;
  readonly catchUpCostPerUnit: number;
}

export type Harm = BacklogHarm | LostServiceHarm | LostOutputHarm;
export type HarmKind = Harm['kind'];

export interface Effect {
  /** Change in net support, basis points of the public (100 = one point). */
  readonly supportBp: number;
  readonly salienceBp: number;
  readonly blameBp: number;
  readonly angerBp: number;
  readonly moraleBp: number;
  readonly capacityFactorBp: number | null;
  readonly capacityWeeks: number;
}

export type Trigger =
  | { readonly kind: 'week'; readonly week: number }
  | { readonly kind: 'window'; readonly fromWeek: number; readonly toWeek: number; readonly chanceBp: number }
  | {
      readonly kind: 'threshold';
      readonly figure: ThresholdFigure;
      readonly op: '<' | '<=' | '>' | '>=';
      /** In the figure's stored unit: bp for shares, whole patients, days. */
      readonly value: number;
      readonly chanceBp: number;
    };

/**
 * The harm model's own figures that events and news can follow by name (see harm-figures.ts): units lost to
 * strikes so far, what they cost (models without a queue) and finished stock left (lostOutput).
 */
export const HARM_FIGURES = ['unitsLost', 'revenueLost', 'stock'] as const;
export type HarmFigure = (typeof HARM_FIGURES)[number];

/** The harm models that keep each of those figures. */
export const HARM_FIGURE_MODELS: Readonly<Record<HarmFigure, readonly HarmKind[]>> = {
  unitsLost: ['backlog', 'lostService', 'lostOutput'],
  revenueLost: ['lostService', 'lostOutput'],
  stock: ['lostOutput'],
};

export type ThresholdFigure = 'support' | 'oppose' | 'harm' | 'morale' | 'anger' | 'strikeDays' | 'salience' | HarmFigure;

export interface ScenarioEvent {
  readonly id: string;
  readonly headline: string;
  readonly detail: string | null;
  readonly trigger: Trigger;
  readonly effect: Effect;
  readonly source: string | null;
}

/** A dated real event with its source, for the debrief's "what really happened" panel. */
export interface HistoryItem {
  /** ISO date, as written. */
  readonly date: string;
  readonly day: DayNumber;
  readonly title: string;
  readonly detail: string | null;
  readonly source: string;
}

/** Something that first happens to the player, for a coach prompt to answer. */
export type CoachEvent = 'firstOfferReceived' | 'firstStrikeCalled' | 'offerAboveWalkAway' | 'ballotAtRisk';

/** A teaching prompt shown at the start of a week (`week`) or when something first happens (`on`); one of the two. */
export interface CoachPrompt {
  readonly week: number | null;
  readonly on: CoachEvent | null;
  readonly title: string;
  /** May hold `{value}` and `{walkAway}`, filled from the player's own view. */
  readonly text: string;
}

/** Something that happened in a week, for a news item to follow. */
export type NewsEvent =
  | 'strikeCalled'
  | 'strikeHeld'
  | 'strikeCalledOff'
  | 'offerMade'
  | 'offerRejected'
  | 'dealRatified'
  | 'dealRejected'
  | 'voteOpened'
  | 'ballotWon'
  | 'ballotLost'
  | 'termsImposed';

/** A public figure a news item can follow: support and oppose in bp of the public, the harm level in its units, and the harm model's own figures. */
export type NewsFigure = 'support' | 'oppose' | 'harm' | HarmFigure;

export type NewsTrigger =
  | { readonly kind: 'event'; readonly on: NewsEvent; readonly side: SideId | null }
  | { readonly kind: 'crosses'; readonly figure: NewsFigure; readonly above: boolean; readonly value: number }
  | { readonly kind: 'change'; readonly figure: NewsFigure; readonly change: number; readonly overWeeks: number }
  | { readonly kind: 'scenarioEvent'; readonly id: string };

/** A headline or short quote from people outside the talks: real (with the id of its source) or invented. */
export interface NewsEntry {
  readonly id: string;
  readonly trigger: NewsTrigger;
  readonly voice: 'press' | 'public' | 'leaders' | 'members';
  readonly who: string;
  readonly text: string;
  /** The id of its entry in `sources` for a real item; null for one invented for the game. */
  readonly source: string | null;
}

export interface OpinionGroup {
  readonly id: string;
  readonly label: string;
  readonly weightBp: number;
  readonly supportBp: number;
  readonly opposeBp: number;
  readonly engagedMinBp: number;
  readonly engagedMaxBp: number;
}

export interface Scenario {
  readonly formatVersion: number;
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly summary: string;
  readonly startDay: DayNumber;
  readonly horizonWeeks: number;
  readonly sources: readonly Source[];
  /** The dispute's words; they change no figure, so they stay out of the scenario's fingerprint. */
  readonly vocabulary: Vocabulary;
  readonly sides: { readonly union: SideInfo; readonly employer: SideInfo };
  readonly personas: readonly Persona[];
  readonly issues: readonly Issue[];
  readonly law: {
    readonly name: string;
    readonly ballotWindowWeeks: number;
    readonly maxStrikeDaysPerCall: number;
    readonly collapseAfterFailedBallots: number;
    readonly rules: BallotRules;
    readonly reform: { readonly name: string; readonly fromDay: DayNumber; readonly rules: BallotRules } | null;
    /**
     * The law variants beyond the UK's, each absent at the UK default so existing scenarios keep their
     * fingerprints: no ballot law at all (the union may strike from the start), an employer that may not
     * impose terms, and a contract in force until a date (no strike before it; the deadline the clocks read).
     */
    readonly noBallotLaw?: true;
    /** A won mandate never lapses (a US strike authorisation): it lasts until the dispute ends. */
    readonly mandateNeverExpires?: true;
    readonly imposeForbidden?: true;
    readonly contractExpiryDay?: DayNumber;
  };
  readonly initial: {
    readonly mandateValidUntil: DayNumber | null;
    readonly mandateBallot: {
      readonly opened: DayNumber;
      readonly closed: DayNumber;
      readonly turnoutBp: number;
      readonly yesBp: number;
    } | null;
    readonly ballotsHeld: number;
    readonly moraleBp: number;
    readonly angerBp: number;
    readonly strikeFundK: number;
    readonly mitigationLevel: number;
    readonly budgetHeadroomK: number;
  };
  readonly members: {
    readonly entitled: number;
    readonly dailyPay: number;
    /** Resistance point on the headline issue (the first), in hundredths of its unit. */
    readonly resistanceOpeningX100: number;
    readonly resistanceFloorMinX100: number;
    readonly resistanceFloorMaxX100: number;
    readonly resistanceRetainedBp: number;
    /** Share of the gap above the floor kept each week, strike or not. */
    readonly resistanceRetainedPerWeekBp: number;
    /** Share of the way back to the opening demand recovered after a derisory offer. */
    readonly resistanceRecoveryPerDerisoryBp: number;
    readonly grievanceRetainedBp: number;
    readonly morale: { readonly anchorBp: number; readonly reversionBp: number; readonly perStrikeDayBp: number; readonly perSupportPointBp: number };
    readonly anger: { readonly anchorBp: number; readonly reversionBp: number; readonly perDerisoryOfferBp: number };
    readonly participation: { readonly minBp: number; readonly maxBp: number; readonly moraleWeightBp: number; readonly noFundFactorBp: number };
    readonly fund: { readonly claimShareBp: number; readonly coverageBp: number; readonly donationsKPerWeek: number };
  };
  readonly ballot: {
    readonly turnoutBaseBp: number;
    readonly turnoutPerMoraleBp: number;
    readonly turnoutPerAngerBp: number;
    readonly turnoutDecayPerBallotBp: number;
    readonly turnoutFloorBp: number;
    readonly turnoutNoiseBp: number;
    readonly yesBaseBp: number;
    readonly yesPerAngerBp: number;
    readonly yesNoiseBp: number;
    readonly referenceMoraleBp: number;
    readonly referenceAngerBp: number;
  };
  readonly referendum: {
    readonly weeks: number;
    readonly passMarkBp: number;
    readonly yesAtResistanceBp: number;
    readonly yesPerTenthUtilityBp: number;
    readonly recommendationBonusBp: number;
    /** Turnout of a vote of 1..4 weeks, bp of a statutory ballot's expected turnout. */
    readonly turnoutByWeeksBp: readonly [number, number, number, number];
    /** Yes-share gap between the members who vote in a short vote and those it loses, bp. */
    readonly engagedLeanBp: number;
  };
  /** How strikes harm the service: one of the harm models (see `harm.ts`). */
  readonly harm: Harm;
  readonly mitigation: {
    readonly extraCostKPerDayAt100: number;
    readonly safetyRiskFromLevel: number;
    readonly safetyRiskPerLevelBp: number;
    readonly angerPerLevelAbove50Bp: number;
  };
  readonly costs: {
    readonly strikeDayKAtReference: number;
    readonly horizonYears: number;
    readonly readAcrossMinBp: number;
    readonly readAcrossMaxBp: number;
    readonly planningWeeks: number;
    readonly expectedStrikeDaysPerWeekX100: number;
    readonly mandateRenewalChanceBp: number;
    readonly politicalCostKPerWeekAtFull: number;
    readonly pressureWeights: { readonly blameBp: number; readonly supportBp: number; readonly harmBp: number };
    readonly harmPressureAt: number;
    readonly lostEpisodeValue: number;
  };
  readonly opinion: {
    readonly groups: readonly OpinionGroup[];
    readonly reversionBp: number;
    readonly salience: { readonly initialBp: number; readonly anchorBp: number; readonly reversionBp: number; readonly perStrikeDayBp: number };
    /** Net support (bp) lost per whole percent of headline pay paid since the start. */
    readonly payMemoryNetBpPerPercent: number;
    readonly fatigue: { readonly retainedBp: number; readonly netBpPerStrikeDay: number; readonly winterMultiplierBp: number };
    readonly disruption: { readonly retainedBp: number; readonly netBpPer10k: number };
    readonly blame: {
      readonly employerBp: number;
      readonly equalBp: number;
      readonly unionBp: number;
      readonly reversionBp: number;
      readonly netBpPerBlameBp: number;
      readonly reasonablePayIndex: number;
      readonly netBpPerStrikeDay: number;
      readonly netBpPer10kCancellations: number;
      readonly netBpPerPointOfferShort: number;
      readonly netBpPerPointClaimAbove: number;
    };
    readonly statementCredibility: { readonly repeatRetainedBp: number; readonly unbackedBp: number; readonly backingWeeks: number };
    readonly media: { readonly retainedBp: number; readonly durableBp: number };
  };
  readonly statements: Readonly<Record<SideId, Readonly<Record<StatementTone, Effect>>>>;
  readonly reactions: {
    readonly rejectedReasonableOffer: Effect;
    readonly imposedAward: Effect;
    readonly safetyStory: Effect;
    readonly failedReferendum: Effect;
  };
  readonly events: readonly ScenarioEvent[];
  readonly scoring: {
    readonly union: { readonly termsBp: number; readonly lostPayBp: number; readonly supportBp: number; readonly moraleBp: number; readonly lostPayReferenceK: number };
    readonly employer: {
      readonly termsBp: number;
      readonly strikeCostBp: number;
      readonly harmBp: number;
      readonly blameBp: number;
      readonly strikeCostReferenceK: number;
      readonly termsReferenceK: number;
      readonly harmReference: number;
    };
  };
  readonly provenance: Readonly<Record<string, Provenance>>;
  /** Real events in date order (empty for a fictional dispute). */
  readonly history: readonly HistoryItem[];
  /** Teaching prompts in week order (empty when the scenario has none). */
  readonly coach: readonly CoachPrompt[];
  /** People in the news: headlines and quotes chosen by what happened (empty when the scenario has none). */
  readonly news: readonly NewsEntry[];
  /** Scheduled public dates in date order (empty when the scenario has none). */
  readonly calendar: readonly CalendarDate[];
  /** What each side says when the computer plays it (empty books use the game's own lines). */
  readonly voice: Readonly<Record<SideId, VoiceBook>>;
}

export const STATEMENT_TONES = ['conciliatory', 'firm', 'hardline'] as const;
export type StatementTone = (typeof STATEMENT_TONES)[number];
