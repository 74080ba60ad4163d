/**
 * The authored shape of a scenario file (YAML or JSON), as one zod schema. Every number an author may set is a
 * "figure": a bare number, or `{ value, source, note, tag }` so that it can name the source it came from.
 * Hard ranges here keep the engine safe; plausibility warnings belong to the scenario checker.
 */
import { z } from 'zod';
import { SITUATION_MEANING, VOICE_PLACEHOLDERS, VOICE_SITUATIONS, VOICE_TONES, type VoiceSituation } from './voice';

export const FORMAT_VERSION = 2;

/** How a figure was obtained: checked in a source, calibrated from sourced figures, or assumed. */
export const FIGURE_TAGS = ['sourced', 'calibrated', 'assumption'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id of letters, digits and hyphens');
/** Names for the shared parts of the generated JSON Schema (scenarios/schema.json). */
export const jsonSchemaNames = z.registry<{ id: string }>();
jsonSchemaNames.add(isoDate, { id: 'Date' });
jsonSchemaNames.add(id, { id: 'Id' });
/** Issue ids may be camelCase (`trainingPosts`): they are keys in offers. */
const issueId = z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'an id of letters, digits and hyphens, starting with a letter');
const text = (max: number) => z.string().min(1).max(max);

/** Figure schemas, so tools can tell a figure (which may carry provenance) from a plain number. */
const FIGURE_SCHEMAS = new WeakSet<z.ZodType>();
export const isFigureSchema = (schema: z.ZodType): boolean => FIGURE_SCHEMAS.has(schema);

/** A number, or the number with its provenance. */
const buildFigure = (n: z.ZodNumber) =>
  z
    .union([
      n,
      z.strictObject({
        value: n,
        source: id.optional().describe('The id of an entry in `sources` this figure comes from.'),
        note: text(2000).optional().describe('How the figure was derived or why it was assumed.'),
        tag: z.enum(FIGURE_TAGS).optional().describe('sourced, calibrated (derived from sourced figures) or assumption.'),
      }),
    ])
    .describe('A number, or { value, source, tag, note } to say where it comes from.');

const figures = new Map<string, ReturnType<typeof buildFigure>>();

/** One schema per kind of figure, shared by every field of that kind, so the JSON Schema defines it once. */
const figure = (name: string, number: () => z.ZodNumber) => {
  let schema = figures.get(name);
  if (!schema) {
    schema = buildFigure(number());
    FIGURE_SCHEMAS.add(schema);
    jsonSchemaNames.add(schema, { id: name });
    figures.set(name, schema);
  }
  return schema;
};

const fraction = () => figure('Fraction', () => z.number().min(0).max(1));
/** A figure with its own description (a described copy is still a figure, so provenance tools find it). */
const described = <T extends ReturnType<typeof buildFigure>>(schema: T, description: string): T => {
  const copy = schema.describe(description) as T;
  FIGURE_SCHEMAS.add(copy);
  return copy;
};
const nonNeg = (max = 1e12) => figure(`NonNegativeUpTo${max}`, () => z.number().min(0).max(max));
const count = (max = 1e9) => figure(`CountUpTo${max}`, () => z.number().int().min(0).max(max));
const level = () => figure('Level0To100', () => z.number().int().min(0).max(100));
const change = () => figure('ChangeMinus1To1', () => z.number().min(-1).max(1));

const points = z
  .array(z.tuple([z.number().min(-1e9).max(1e9), z.number().min(-1e9).max(1e9)]))
  .min(1)
  .max(64);

const sourceSchema = z.strictObject({
  id,
  publisher: text(200),
  date: isoDate,
  title: text(400).optional(),
  url: z.string().max(2000).optional(),
});

const personaSchema = z.strictObject({
  id,
  label: text(60),
  description: text(600),
  /** Concession exponent of the time-dependent tactic: 0.2 Boulware, 1 linear, 2 conceder. */
  concession: z.number().min(0.05).max(10),
  /** Weight of tit-for-tat against the clock, 0..1. */
  reciprocity: z.number().min(0).max(1),
  /** How often the BMA persona strikes when it holds a mandate (strike days per 4 weeks). */
  strikeAppetite: z.number().min(0).max(28),
  descriptions: z
    .strictObject({
      union: text(600).optional().describe('What the persona does as the union, 1–600 characters; defaults to `description`.'),
      employer: text(600).optional().describe('What the persona does as the employer (it never strikes), 1–600 characters; defaults to `description`.'),
    })
    .optional()
    .describe('What the persona does when it plays each side (a Government persona never strikes); defaults to `description`.'),
  unilateralBudget: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe(
      'How far (share of the gap between the two opening positions) the side will concede beyond what the other side has conceded; 0 moves only when the other moves. Default 0.2.',
    ),
});

const sideSchema = z.strictObject({
  brief: text(20000),
  personas: z.array(id).min(1).max(12),
  defaultPersona: id,
  openingOffer: z.record(issueId, z.number()).optional(),
});
jsonSchemaNames.add(sideSchema, { id: 'Side' });

/** A party's names as the game writes them (the two sides' names live here, not under `sides`). */
const partyNamesSchema = z.strictObject({
  name: text(120).describe('The full name, 1–120 characters: "British Medical Association", "National Union of Rail, Maritime and Transport Workers".'),
  shortName: text(30).describe('The name in tight spaces and running text, 1–30 characters: "BMA", "RMT", "Government".'),
  takesThe: z
    .boolean()
    .describe('Whether running text puts "the" before the short name: true for "the BMA", "the Government"; false for "Network Rail", "Unite".'),
});
jsonSchemaNames.add(partyNamesSchema, { id: 'PartyNames' });

/** A countable word in its two forms. */
const nounSchema = z.strictObject({
  singular: text(60).describe('The word for one, 1–60 characters: "nurse", "train journey".'),
  plural: text(60).describe('The word for several, 1–60 characters: "nurses", "train journeys".'),
});
jsonSchemaNames.add(nounSchema, { id: 'Noun' });

/** Every word of the dispute the game puts on screen, so no dispute's words are built into the code. */
const vocabularySchema = z.strictObject({
  union: partyNamesSchema.describe('The union side\'s names.'),
  employer: partyNamesSchema.describe('The employer side\'s names (a company, a public body, or a government).'),
  workers: nounSchema.describe('What the striking workers are called: "resident doctor"/"resident doctors", "signaller"/"signallers".'),
  service: z
    .strictObject({
      name: text(60).describe('The service strikes disrupt, 1–60 characters: "NHS", "railway", "Millbrook\'s clinics".'),
      takesThe: z.boolean().describe('Whether running text puts "the" before it: true for "the NHS".'),
    })
    .describe('The service the workers provide.'),
  harm: z
    .strictObject({
      name: text(60).describe('The harm strikes build up, 1–60 characters: "NHS waiting list".'),
      takesThe: z.boolean().describe('Whether running text puts "the" before it: true for "the NHS waiting list".'),
      unit: nounSchema.describe('What the harm is counted in: "pathway"/"pathways" (the figures under `harm.waitingList`).'),
      lost: nounSchema.describe('What a strike day cancels and must be rebooked: "appointment"/"appointments".'),
      contingency: text(80)
        .optional()
        .describe('What the managers\' contingency service is called, 1–80 characters: "the emergency timetable". Needed by `harm.kind: lostService`.'),
      stock: nounSchema
        .optional()
        .describe('What the finished stock is called: "vehicle in stock"/"vehicles in stock". Needed by `harm.kind: lostOutput`.'),
    })
    .describe('What strikes do to the service, as the public counts it.'),
  blame: z
    .strictObject({
      union: text(60).describe('The union side as the public blames it, 1–60 characters: "the doctors", "the rail unions".'),
      employer: text(60).describe('The employer side as the public blames it, 1–60 characters: "the Government", "the rail companies".'),
    })
    .describe('Who the public blames, as a pollster names each side (the shares are `opinion.blame.union` and `.employer`).'),
  currency: z
    .strictObject({
      code: z.string().regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as GBP').describe('The ISO 4217 code of the money in the file: GBP, USD, EUR.'),
      symbol: z.string().min(1).max(4).describe('The symbol written before amounts, 1–4 characters: "£", "$", "€".'),
    })
    .describe('The currency of every amount in the file (fields named GBP, GBPk and GBPm are in this currency, in units, thousands and millions).'),
});

const gridSchema = z.union([
  z.strictObject({ min: z.number().min(-1e9).max(1e9), max: z.number().min(-1e9).max(1e9), step: z.number().positive().max(1e9) }),
  z.strictObject({ values: z.array(z.number().min(-1e9).max(1e9)).min(2).max(200) }),
]);

const issueSchema = z.strictObject({
  id: issueId,
  label: text(80),
  unit: text(30),
  description: text(1000),
  grid: gridSchema,
  statusQuo: z.number(),
  unionValue: points.describe(
    "How much the union's members value each level, 0–1, as 1–64 points [level, value] with straight lines between them.",
  ),
  unionWeight: described(fraction(), "The issue's weight in the union's utility, 0–1; the weights of all issues are rescaled to sum to 1."),
  employerCostGBPmPerYear: points.describe(
    'Direct yearly cost to the employer of each level, in millions of the scenario currency a year, as 1–64 points [level, cost] with straight lines between them.',
  ),
  readAcross: z
    .union([z.boolean(), described(fraction(), 'The share of the read-across multiplier this issue carries, 0–1.')])
    .describe('Whether other groups would claim the same: true (the whole read-across multiplier applies to its cost), false (none), or a share 0–1 of it.'),
  direction: z
    .enum(['union', 'employer'])
    .optional()
    .describe('Who wants the issue granted: `union` (the default; members value it more the higher it goes) or `employer` (e.g. modernised working practices: members\' value falls and the employer\'s cost falls, usually below 0, a saving, as it is granted).'),
  cost: z
    .enum(['recurring', 'oneOff'])
    .optional()
    .describe('How `employerCostGBPmPerYear` is paid: `recurring` (the default; every year of `costs.horizonYears`) or `oneOff` (once: a lump sum, in millions of the currency).'),
  source: id.optional(),
});

const ballotLawSchema = z.strictObject({
  noticeDays: count(60),
  mandateDays: count(800),
  /** Minimum turnout of those entitled, or null for none. */
  turnoutThreshold: fraction().nullable(),
  /** Minimum yes votes as a share of those entitled (important public services), or null for none. */
  entitledYesThreshold: fraction().nullable(),
  supportThreshold: described(
    fraction(),
    'Yes votes needed as a share of votes cast, 0–1 (a ballot passes at or above it). Leave it out for the default: more than half.',
  ).optional(),
});
jsonSchemaNames.add(ballotLawSchema, { id: 'BallotRules' });

const lawSchema = z.strictObject({
  name: text(120),
  ballotWindowWeeks: count(20),
  maxStrikeDaysPerCall: count(28),
  collapseAfterFailedBallots: count(10),
  rules: ballotLawSchema,
  /** A later regime (e.g. the Employment Rights Act 2025): ballots opened on or after `from` use its rules. */
  reform: z
    .strictObject({ name: text(120), enabled: z.boolean(), from: isoDate, rules: ballotLawSchema })
    .optional(),
  strikeBallot: z
    .enum(['required', 'none'])
    .optional()
    .describe('Whether a strike needs a won ballot: `required` (the default) or `none` (no ballot law: the union may strike from the start, with notice).'),
  employerMayImpose: z.boolean().optional().describe('Whether the employer may impose terms without agreement; true by default.'),
  contractExpires: isoDate
    .optional()
    .describe('The day the collective agreement in force expires: no strike day may fall on or before it, and both sides\' clocks run toward it (North American bargaining). Leave it out when there is none.'),
});

const initialSchema = z.strictObject({
  /** Last day covered by the strike mandate in force at the start, or null. */
  mandateValidUntil: isoDate.nullable(),
  mandateBallot: z
    .strictObject({ opened: isoDate, closed: isoDate, turnout: fraction(), yes: fraction() })
    .nullable(),
  ballotsHeld: count(50),
  morale: fraction(),
  anger: fraction(),
  strikeFundGBPm: nonNeg(1e4),
  mitigationLevel: level(),
  budgetHeadroomGBPm: nonNeg(1e6),
});

const membersSchema = z.strictObject({
  entitled: count(10_000_000),
  dailyPayGBP: nonNeg(1e5),
  /** The members' resistance point in pay (Ashenfelter–Johnson): the pay level they start out demanding. */
  resistanceOpeningPay: nonNeg(1e6),
  /** The hidden floor it decays toward, drawn per game between these bounds. */
  resistanceFloorMin: nonNeg(1e6),
  resistanceFloorMax: nonNeg(1e6),
  /** Share of the gap above the floor kept after each strike day (e^-τ, computed by the author). */
  resistanceRetainedPerStrikeDay: fraction(),
  /** Share of the gap above the floor kept each week of the dispute, strike or not (weariness with time); 1 by default. */
  resistanceRetainedPerWeek: fraction().optional(),
  /** After a derisory Government offer (headline below the public's reasonable level), the share of the way back up to the opening demand that resistance recovers; 0 by default. */
  resistanceRecoveryPerDerisoryOffer: fraction().optional(),
  /** Share of the grievance kept each week; the rest is replaced by this week's anger. Participation and ballots follow the grievance. 0.9 by default. */
  grievanceRetainedPerWeek: fraction().optional(),
  morale: z.strictObject({
    anchor: fraction(),
    reversionPerWeek: fraction(),
    perStrikeDay: fraction(),
    perSupportPointAbove35: nonNeg(1),
  }),
  anger: z.strictObject({
    anchor: fraction(),
    reversionPerWeek: fraction(),
    /** Anger added by a derisory Government offer; 0 by default. */
    perDerisoryOffer: fraction().optional(),
  }),
  participation: z.strictObject({
    min: fraction(),
    max: fraction(),
    moraleWeight: fraction(),
    noFundFactor: fraction(),
  }),
  fund: z.strictObject({ claimShare: fraction(), coverage: fraction(), donationsGBPkPerWeek: nonNeg(1e6) }),
});

const ballotModelSchema = z.strictObject({
  turnoutBase: fraction(),
  turnoutPerMorale: nonNeg(2),
  turnoutPerAnger: nonNeg(2),
  /** Each new ballot loses this share of the turnout above `turnoutFloor` (fatigue that levels off). */
  turnoutDecayPerBallot: fraction(),
  turnoutFloor: fraction(),
  turnoutNoise: fraction(),
  yesBase: fraction(),
  yesPerAnger: nonNeg(2),
  yesNoise: fraction(),
  referenceMorale: fraction(),
  referenceAnger: fraction(),
});

const referendumSchema = z.strictObject({
  weeks: count(12),
  passMark: fraction(),
  /** Yes share when the terms are worth exactly the members' resistance point to them. */
  yesAtResistance: fraction(),
  /** Extra yes share per 0.1 of utility above (or below) the resistance point. */
  yesPerTenthUtility: fraction(),
  recommendationBonus: fraction(),
  turnoutByWeeks: z
    .tuple([fraction(), fraction(), fraction(), fraction()])
    .optional()
    .describe(
      "The turnout of a members' vote lasting 1, 2, 3 and 4 weeks, as a share of the turnout a statutory strike ballot would get at the time (`ballot` model). Shorter votes reach fewer members. Default [0.75, 0.82, 0.87, 0.9].",
    ),
  engagedLean: fraction()
    .optional()
    .describe(
      "How much more the members who vote even in a short vote follow their committee than those a short vote loses: a yes-share gap, toward yes when the committee recommends the deal and toward no when it does not. A vote of the scenario's own length (`weeks`) is unaffected. Default 0.2.",
    ),
});

const weekendFactor = () =>
  z
    .tuple([fraction(), fraction()])
    .describe('Saturday\'s and Sunday\'s planned units as a share of a weekday\'s, each 0–1.');
const winterMonths = () =>
  z
    .array(z.number().int().min(1).max(12))
    .max(12)
    .describe('Months (1–12) counted as winter, when strike fatigue weighs more on opinion and the employer feels more pressure.');

/** `harm.kind: backlog`: a waiting list as stock and flow (format 1's `nhs` section). */
const backlogHarmSchema = z
  .strictObject({
    kind: z.literal('backlog').describe('A waiting list: units of work lost to strikes join a queue (pathways waiting).'),
    waitingList: described(count(), 'Pathways (units of work) waiting at the start, a whole number 0–1e9.'),
    referralsPerWeek: described(count(), 'New units joining the list each week, 0–1e9.'),
    capacityPerWeek: described(count(), 'Units treated (leaving the list) each week, 0–1e9.'),
    removalsSharePerWeek: described(fraction(), 'Share of the list removed by validation each week, 0–1.'),
    plannedEpisodesPerWeekday: described(count(), 'Planned units (episodes) scheduled on a weekday, 0–1e9.'),
    weekendFactor: weekendFactor(),
    lostShareAtReference: described(fraction(), 'Share of a day\'s planned units a strike loses at the reference participation with no mitigation, 0–1.'),
    referenceParticipation: described(fraction(), 'The strike participation (share of those entitled) the loss share is measured at, 0–1.'),
    unbookedShare: described(fraction(), 'Work never booked on known strike days, as a share of what is reported lost, 0–1.'),
    clockStopsPerCancellation: described(fraction(), 'Share of lost units that would have left the list (treatments that stop a clock), 0–1.'),
    rebookSharePerWeek: described(fraction(), 'Share of the rebooking queue seen each week, 0–1.'),
    winterMonths: winterMonths(),
    winterCapacityFactor: described(fraction(), 'Capacity in winter as a share of the usual, 0–1.'),
    christmasReferralFactor: described(fraction(), 'Referrals in the Christmas week as a share of the usual, 0–1.'),
    christmasCapacityFactor: described(fraction(), 'Capacity in the Christmas week as a share of the usual, 0–1.'),
    catchUpCostPerEpisodeGBP: described(nonNeg(1e6), 'What one catch-up unit bought with `fundCatchUp` costs, whole currency units, 0–1e6.'),
    catchUpMaxEpisodesPerWeek: described(count(), 'Catch-up units that can be delivered in a week, at most, 0–1e9.'),
  })
  .describe('The backlog harm model (the NHS waiting list in the bundled scenarios).');

/** Fields the models without a queue share. */
const dailyUnits = {
  unitsPerWeekday: described(count(), 'Units of service or output planned on a weekday (journeys, school days, vehicles), 0–1e9.'),
  weekendFactor: weekendFactor(),
  lostShareAtReference: described(fraction(), 'Share of a day\'s units a strike loses at the reference participation with no contingency service, 0–1.'),
  referenceParticipation: described(fraction(), 'The strike participation (share of those entitled) the loss share is measured at, 0–1.'),
  contingencyShareAt100: described(
    fraction(),
    'Share of what a strike would lose that managers\' contingency service keeps running at mitigation level 100 (in proportion below it), 0–1.',
  ),
  winterMonths: winterMonths(),
};

/** `harm.kind: lostService`: units of service lost on strike days and never made up. */
const lostServiceHarmSchema = z
  .strictObject({
    kind: z.literal('lostService').describe('Units of service lost for good (train journeys, school days): no queue, so no catch-up funding.'),
    ...dailyUnits,
    valuePerUnitLostGBP: described(nonNeg(1e6), 'What each unit lost costs the employer (fares refunded, revenue lost), whole currency units, 0–1e6.'),
  })
  .describe('The lost-service harm model: the harm level is the units lost so far.');

/** `harm.kind: lostOutput`: a private employer's lost production. */
const lostOutputHarmSchema = z
  .strictObject({
    kind: z.literal('lostOutput').describe('A private employer\'s production lost: stock drawn down, then customers\' orders unfilled until overtime catches up.'),
    ...dailyUnits,
    marginPerUnitGBP: described(nonNeg(1e7), 'Margin (revenue less saved costs) lost on each unit not made, whole currency units, 0–1e7.'),
    inventoryUnits: described(count(), 'Finished stock at the start, which meets orders before any go unfilled, units, 0–1e9.'),
    inventoryCostPerUnitGBP: described(nonNeg(1e6), 'Cost of each unit drawn from stock (holding and rebuilding it), whole currency units, 0–1e6.'),
    catchUpUnitsPerWeek: described(count(), 'Unfilled orders overtime makes up in a week without strike days, at most, units, 0–1e9.'),
    catchUpCostPerUnitGBP: described(nonNeg(1e6), 'Overtime cost of each unit caught up, whole currency units, 0–1e6.'),
  })
  .describe('The lost-output harm model: the harm level is customers\' orders unfilled.');

const harmSchema = z
  .discriminatedUnion('kind', [backlogHarmSchema, lostServiceHarmSchema, lostOutputHarmSchema])
  .describe('How strikes harm the service: `kind` chooses the model (backlog, lostService or lostOutput), each with its own figures.');

const mitigationSchema = z.strictObject({
  /** Extra cost per strike day at level 100, £m (premium cover rates for consultants). */
  extraCostGBPmPerDayAt100: nonNeg(1e4),
  /** Level above which pressing on with planned care risks a safety story. */
  safetyRiskFromLevel: level(),
  /** Weekly chance of a safety story per level point above that, on weeks with strike days. */
  safetyRiskPerLevel: fraction(),
  /** How much mitigation angers strikers (anger per level point above 50 per strike week). */
  angerPerLevelAbove50: fraction(),
});

const costsSchema = z.strictObject({
  strikeDayGBPmAtReference: nonNeg(1e4),
  horizonYears: figure('Years1To10', () => z.number().int().min(1).max(10)),
  readAcrossMin: nonNeg(10),
  readAcrossMax: nonNeg(10),
  /** Weeks ahead the Government counts dispute costs over when valuing "no deal". */
  planningWeeks: count(104),
  /** Strike days per week the Government expects while a mandate is live, before it has seen any. */
  expectedStrikeDaysPerWeek: nonNeg(7),
  /** Chance the Government gives that the union wins a new mandate once the current one ends. */
  mandateRenewalChance: fraction(),
  /** Political cost per week at full pressure, £m-equivalent. */
  politicalCostGBPmPerWeekAtFullPressure: nonNeg(1e5),
  /** What makes the dispute cost the Government politically: blame on it, public support for the strikers, list growth. */
  pressureWeights: z.strictObject({ blame: fraction(), support: fraction(), waitingList: fraction() }),
  /** Waiting-list growth (pathways) that counts as full pressure from the list. */
  waitingListPressureAt: count(),
  /** Value of a planned episode lost to a strike (paid-for capacity that produced nothing), £; 0 by default. */
  lostEpisodeValueGBP: nonNeg(1e6).optional(),
});

const groupSchema = z.strictObject({
  id,
  label: text(40),
  weight: fraction(),
  support: fraction(),
  oppose: fraction(),
  /** Share of the group with a view (support + oppose) at zero and at full salience. */
  engagedMin: fraction(),
  engagedMax: fraction(),
});

const effectSchema = z.strictObject({
  support: figure('PointsMinus100To100', () => z.number().min(-100).max(100)).optional(),
  salience: change().optional(),
  blame: change().optional(),
  anger: change().optional(),
  morale: change().optional(),
  capacityFactor: fraction().optional(),
  capacityWeeks: count(52).optional(),
});
jsonSchemaNames.add(effectSchema, { id: 'Effect' });

const opinionSchema = z.strictObject({
  groups: z.array(groupSchema).min(1).max(12),
  reversionPerWeek: fraction(),
  salience: z.strictObject({ initial: fraction(), anchor: fraction(), reversionPerWeek: fraction(), perStrikeDay: fraction() }),
  payMemory: z.strictObject({
    /** Pay rises awarded before the start, for the record: the starting poll already reflects them, so the engine does not read them. */
    awards: z.array(z.strictObject({ date: isoDate, percent: z.number().min(-100).max(100), source: id.optional() })).max(50).optional(),
    /** Not read by the engine (pay once paid is not forgotten); accepted so that older files still load. */
    retainedPerWeek: fraction().optional(),
    /** Net support lost per percent of headline pay paid since the start (the public's fairness gap closing). */
    netPointsPerPercent: nonNeg(20),
  }),
  fatigue: z.strictObject({ retainedPerWeek: fraction(), netPointsPerStrikeDay: nonNeg(20), winterMultiplier: nonNeg(5) }),
  disruption: z.strictObject({ retainedPerWeek: fraction(), netPointsPer10kCancellations: nonNeg(100) }),
  blame: z.strictObject({
    /** Initial shares blaming each side more, or both equally (the rest do not know). */
    employer: described(fraction(), 'The share of the public blaming the employer more at the start, 0–1 (employer + equal + union ≤ 1).'),
    equal: fraction(),
    union: described(fraction(), 'The share of the public blaming the union more at the start, 0–1.'),
    reversionPerWeek: fraction(),
    netPointsPerBlame: nonNeg(200),
    /** A headline offer (in the issue's units) the public sees as reasonable: rejecting one shifts blame. */
    reasonablePay: z.number(),
    /** Net blame points moved toward the union per remembered strike day (the fatigue memory); 0 by default. */
    netPointsPerStrikeDay: nonNeg(20).optional(),
    /** Net blame points moved toward the employer per remembered 10,000 cancelled episodes; 0 by default. */
    netPointsPer10kCancellations: nonNeg(20).optional(),
    /** Net blame points on the Government per headline point its best offer falls short of `reasonablePay`, from where it stood at the start; 0 by default. */
    netPointsPerPointOfferShort: nonNeg(20).optional(),
    /** Net blame points on the union per headline point its public claim stands above `reasonablePay`, from where it stood at the start; 0 by default. */
    netPointsPerPointClaimAbove: nonNeg(20).optional(),
  }),
  /** How much a statement is believed: repetition wears it out, and a conciliatory one needs a concession behind it. */
  statementCredibility: z
    .strictObject({
      /** Share of the memory of a side's statements kept each week; each statement adds one. */
      repeatRetainedPerWeek: fraction(),
      /** Share of a conciliatory statement's effect that lands when the side has made no concession within `backingWeeks`. */
      unbackedShare: fraction(),
      /** Weeks a concession (an offer better for the other side than any before) backs conciliatory statements. */
      backingWeeks: count(52),
    })
    .optional(),
  media: z.strictObject({ retainedPerWeek: fraction(), durableShare: fraction() }),
});

/** How the world reacts to some moves, as effects. */
const reactionsSchema = z.strictObject({
  rejectedReasonableOffer: effectSchema,
  imposedAward: effectSchema,
  safetyStory: effectSchema,
  failedReferendum: effectSchema,
});

const statementEffects = z.strictObject({ conciliatory: effectSchema, firm: effectSchema, hardline: effectSchema });
jsonSchemaNames.add(statementEffects, { id: 'StatementEffects' });

const triggerSchema = z.union([
  z.strictObject({ date: isoDate }),
  z.strictObject({ week: count(1000) }),
  z.strictObject({ from: isoDate, to: isoDate, chancePerWeek: fraction() }),
  z.strictObject({
    when: z.strictObject({
      figure: z.enum(['support', 'oppose', 'waitingList', 'morale', 'anger', 'strikeDays', 'salience']),
      op: z.enum(['<', '<=', '>', '>=']),
      value: z.number(),
    }),
    chancePerWeek: fraction().optional(),
  }),
]);

const eventSchema = z.strictObject({
  id,
  headline: text(200),
  detail: text(1000).optional(),
  trigger: triggerSchema,
  effects: effectSchema,
  source: id.optional(),
});

/** A dated real event, for the debrief's "what really happened" panel. */
const historySchema = z.strictObject({
  date: isoDate,
  title: text(200),
  detail: text(2000).optional(),
  source: id.describe('The id of an entry in `sources` that reports the event.'),
});

/** A scheduled public date both sides can see coming: the AI's political and pay-round clocks. */
const calendarSchema = z.strictObject({
  date: isoDate,
  kind: z
    .enum(['payReview', 'budget', 'election', 'reshuffle'])
    .describe('payReview: the next pay review body report or award; budget: a fiscal event; election or reshuffle: a political change.'),
  title: text(200),
  source: id.optional().describe('The id of an entry in `sources` that announced or implies the date.'),
  note: text(1000).optional(),
});

/** What a coach prompt waits for: a week's start, or the first time something happens to the player. */
const COACH_EVENTS = ['firstOfferReceived', 'firstStrikeCalled', 'offerAboveWalkAway', 'ballotAtRisk'] as const;

const coachText = {
  title: text(120),
  text: text(4000).describe(
    'The prompt. `{value}` and `{walkAway}` are replaced by the offer on the table\'s value to the player and their walk-away, in points of value out of 100, as the Table shows them.',
  ),
};

/** A teaching prompt the game shows at the start of a week, or when something first happens (the tutorial is built from them). */
const coachSchema = z.union([
  z.strictObject({ week: z.number().int().min(0).max(1000).describe('The week (0 is the first) whose start shows the prompt.'), ...coachText }),
  z.strictObject({
    on: z
      .enum(COACH_EVENTS)
      .describe(
        'firstOfferReceived: the first offer from the other side; firstStrikeCalled: the first strike called; offerAboveWalkAway: the first offer from the other side worth more to the player than walking away; ballotAtRisk: a strike ballot open with turnout expected below the legal threshold, or the mandate in its last 4 weeks.',
      ),
    ...coachText,
  }),
]);

/** What picks a news item: something that happened this week, or a public figure crossing a level or moving a lot. */
const NEWS_EVENTS = [
  'strikeCalled',
  'strikeHeld',
  'strikeCalledOff',
  'offerMade',
  'offerRejected',
  'dealRatified',
  'dealRejected',
  'voteOpened',
  'ballotWon',
  'ballotLost',
  'termsImposed',
] as const;

const newsFigure = z.enum(['support', 'oppose', 'waitingList']).describe('support and oppose: % of the public; waitingList: pathways waiting.');

const newsTriggerSchema = z.union([
  z.strictObject({
    on: z.enum(NEWS_EVENTS),
    side: z.enum(['union', 'employer']).optional().describe('Only when this side acted (offers and rejections).'),
  }),
  z.strictObject({ figure: newsFigure, crosses: z.enum(['above', 'below']), value: z.number().describe('In the figure\'s unit: % for support and oppose.') }),
  z.strictObject({
    figure: newsFigure,
    change: z.number().describe('A move of at least this much (negative: a fall) within the last `overWeeks` weeks, in the figure\'s unit; the item runs the first week it is reached.'),
    overWeeks: z.number().int().min(1).max(52),
  }),
  z.strictObject({ scenarioEvent: id.describe('The id of an entry in `events`: the item runs the week it fires.') }),
]);

/** A headline or short quote from people outside the talks, shown in the news when its trigger fires. */
const newsSchema = z.strictObject({
  id,
  trigger: newsTriggerSchema,
  voice: z.enum(['press', 'patients', 'leaders', 'members']).describe('Who speaks: the press, patients or service users, service leaders, or the union\'s members\' forums.'),
  who: text(120).describe('The speaker or publication as shown: "A patient in Leeds", "The Guardian".'),
  text: text(280).describe('The headline or quote, in the scenario author\'s own words.'),
  source: id.optional().describe('For a real item: the id of the entry in `sources` (publication, date, URL) that reports it.'),
  invented: z.literal(true).optional().describe('Marks an item written for the game; shown labelled as invented. Give either this or `source`.'),
});

const voiceLineSchema = z.union([
  text(300),
  z.strictObject({
    tone: z.enum(VOICE_TONES).describe('hard, steady or warm: the persona that says it (by how fast it concedes); a line with no tone suits any.'),
    text: text(300),
  }),
]).describe('A line the side says, with {placeholders}; a plain string suits any persona.');

/** One side's lines, by situation (see VOICE_PLACEHOLDERS for what each may fill in). */
const voiceBookSchema = z.strictObject(
  Object.fromEntries(
    VOICE_SITUATIONS.map((s) => [
      s,
      z.array(voiceLineSchema).min(1).max(40).optional().describe(`Lines for ${SITUATION_MEANING[s]}. Placeholders: ${VOICE_PLACEHOLDERS[s].map((p) => `{${p}}`).join(', ')}.`),
    ]),
  ) as Record<VoiceSituation, z.ZodOptional<z.ZodArray<typeof voiceLineSchema>>>,
);

/**
 * Provenance for every figure under a field path that gives none of its own, so a section of design choices
 * (statements, scoring) or a fictional scenario can say once where its numbers come from.
 */
const defaultProvenanceSchema = z.strictObject({
  under: z.string().max(200).describe('A field path such as `statements` or `opinion.groups`; "" for the whole file.'),
  source: id.optional(),
  note: text(2000).optional(),
  tag: z.enum(FIGURE_TAGS).optional(),
});

const scoringSchema = z.strictObject({
  union: z
    .strictObject({ terms: fraction(), lostPay: fraction(), support: fraction(), morale: fraction(), lostPayReferenceGBPm: nonNeg(1e5) })
    .describe("The union's score, 0–100: a weighted mix of the terms' value to members, pay not lost, public support and morale."),
  employer: z.strictObject({
    terms: fraction(),
    strikeCost: fraction(),
    waitingList: fraction(),
    blame: fraction(),
    strikeCostReferenceGBPm: nonNeg(1e6),
    /** Effective cost of the terms (over the horizon, with read-across) that scores zero. */
    termsReferenceGBPm: nonNeg(1e7),
    waitingListReference: count(),
  }).describe("The employer's score, 0–100: a weighted mix of the terms' cost, strike costs, the harm and blame."),
});

export const scenarioFileSchema = z.strictObject({
  formatVersion: z.literal(FORMAT_VERSION).describe('The format this file is written in: 2. Format 1 files still load (migrated as they are read); `npm run scenario:migrate` rewrites one.'),
  id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version written MAJOR.MINOR.PATCH'),
  title: text(120),
  summary: text(2000),
  start: isoDate,
  horizonWeeks: z.number().int().min(1).max(260),
  sources: z.array(sourceSchema).max(500),
  vocabulary: vocabularySchema.describe('The words the game uses for this dispute: the sides\' names, the workers, the service, its harm, who is blamed and the currency.'),
  sides: z
    .strictObject({ union: sideSchema.describe('The union side.'), employer: sideSchema.describe('The employer side.') })
    .describe('Each side\'s brief, personas and opening offer (their names are in `vocabulary`).'),
  personas: z.array(personaSchema).min(1).max(24),
  issues: z.array(issueSchema).min(1).max(12),
  law: lawSchema,
  initial: initialSchema,
  members: membersSchema,
  ballot: ballotModelSchema,
  referendum: referendumSchema,
  harm: harmSchema,
  mitigation: mitigationSchema,
  costs: costsSchema,
  opinion: opinionSchema,
  statements: z
    .strictObject({
      union: statementEffects.describe("The effect of each tone of the union's public statements."),
      employer: statementEffects.describe("The effect of each tone of the employer's public statements."),
    })
    .describe('What a public statement does, per side and tone.'),
  reactions: reactionsSchema,
  events: z.array(eventSchema).max(200),
  scoring: scoringSchema,
  history: z.array(historySchema).max(500).optional().describe('Dated real events with sources, for the debrief.'),
  calendar: z
    .array(calendarSchema)
    .max(100)
    .optional()
    .describe('Scheduled public dates (pay review reports, budgets, elections) that put time pressure on the AI; see docs/ai.md.'),
  coach: z.array(coachSchema).max(200).optional().describe('Teaching prompts shown at the start of given weeks or when something first happens.'),
  voice: z
    .strictObject({ union: voiceBookSchema.optional(), employer: voiceBookSchema.optional() })
    .optional()
    .describe("What each side says when the computer plays it, by situation and tone; situations left out use the game's own lines."),
  news: z
    .array(newsSchema)
    .max(500)
    .optional()
    .describe('Headlines and quotes from the press, patients, service leaders and members, chosen by what happened; each real (with a source) or invented.'),
  defaultProvenance: z
    .array(defaultProvenanceSchema)
    .max(100)
    .optional()
    .describe('Where the figures under a path come from, when they do not say so themselves.'),
});

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type FigureInput = number | { value: number; source?: string; note?: string; tag?: (typeof FIGURE_TAGS)[number] };
export type EffectInput = z.infer<typeof effectSchema>;
export type TriggerInput = z.infer<typeof triggerSchema>;
export type NewsInput = z.infer<typeof newsSchema>;
export type BallotRulesInput = z.infer<typeof ballotLawSchema>;
