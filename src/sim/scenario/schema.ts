/**
 * The authored shape of a scenario file (YAML or JSON), as one zod schema. Every number an author may set is a
 * "figure": a bare number, or `{ value, source, note, tag }` so that it can name the source it came from.
 * Hard ranges here keep the engine safe; plausibility warnings belong to the scenario checker.
 */
import { z } from 'zod';
import { HARM_FIGURES } from './types';
import { SITUATION_MEANING, VOICE_PLACEHOLDERS, VOICE_SITUATIONS, VOICE_TONES, type VoiceSituation } from './voice';

export const FORMAT_VERSION = 2;

/** How a figure was obtained: checked in a source, calibrated from sourced figures, or assumed. */
export const FIGURE_TAGS = ['sourced', 'calibrated', 'assumption'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD').describe('A date written YYYY-MM-DD.');
const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id of letters, digits and hyphens').describe('An id: lowercase letters, digits and hyphens, starting with a letter.');
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
        value: n.describe("The number itself, in the field's unit and range."),
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
  id: id.describe('The id figures, issues and events cite this source by (`source: <id>`).'),
  publisher: text(200).describe('Who published it, 1–200 characters: "NHS England", "BMA".'),
  date: isoDate.describe('When it was published, YYYY-MM-DD.'),
  title: text(400).optional().describe('Its title, 1–400 characters.'),
  url: z.string().max(2000).optional().describe('Where to read it, up to 2,000 characters (never fetched by the game).'),
});

const personaSchema = z.strictObject({
  id: id.describe('The id `sides.<side>.personas` and `defaultPersona` use.'),
  label: text(60).describe('The name shown to players, 1–60 characters: "Hardliner".'),
  description: text(600).describe('One sentence on how it plays, 1–600 characters; shown when `descriptions` gives none for the side.'),
  /** Concession exponent of the time-dependent tactic: 0.2 Boulware, 1 linear, 2 conceder. */
  concession: z
    .number()
    .min(0.05)
    .max(10)
    .describe('How its aim falls as its clocks run, an exponent 0.05–10: below 1 holds out until late (0.2 hardline), 1 concedes steadily, above 1 early (2). See docs/ai.md.'),
  /** Weight of tit-for-tat against the clock, 0..1. */
  reciprocity: z
    .number()
    .min(0)
    .max(1)
    .describe("How much it matches the other side's concessions rather than following its clock, 0–1; 0.5 or more lets the union call off a strike after a real move."),
  /** How often the union persona strikes when it holds a mandate (strike days per 4 weeks). */
  strikeAppetite: z
    .number()
    .min(0)
    .max(28)
    .describe('As the union, the strike days per four weeks it aims for while it holds a mandate, 0–28; 5 or more calls 5-day strikes, less 3-day ones; 0 never strikes. Ignored for the employer.'),
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

const sideSchema = z
  .strictObject({
    brief: text(20000).describe("The side's confidential brief, up to 20,000 characters: what it wants, what only it knows, its levers."),
    personas: z.array(id).min(1).max(12).describe("The ids of the personas (1–12, from `personas`) the computer may play this side with."),
    defaultPersona: id.describe('The persona plain `ai` means: one of this side\'s `personas`.'),
    openingOffer: z
      .record(issueId, z.number())
      .optional()
      .describe("The side's position standing at the start, as { issueId: level } on each issue's grid; issues left out stay at the status quo. None: the side opens with no offer."),
  })
  .describe("One side's brief, personas and opening offer.");
jsonSchemaNames.add(sideSchema, { id: 'Side' });

/** A party's names as the game writes them (the two sides' names live here, not under `sides`). */
const partyNamesSchema = z
  .strictObject({
  name: text(120).describe('The full name, 1–120 characters: "British Medical Association", "National Union of Rail, Maritime and Transport Workers".'),
  shortName: text(30).describe('The name in tight spaces and running text, 1–30 characters: "BMA", "RMT", "Government".'),
  takesThe: z
    .boolean()
    .describe('Whether running text puts "the" before the short name: true for "the BMA", "the Government"; false for "Network Rail", "Unite".'),
  })
  .describe("A side's names: full, short, and whether it takes \"the\".");
jsonSchemaNames.add(partyNamesSchema, { id: 'PartyNames' });

/** A countable word in its two forms. */
const nounSchema = z
  .strictObject({
    singular: text(60).describe('The word for one, 1–60 characters: "nurse", "train journey".'),
    plural: text(60).describe('The word for several, 1–60 characters: "nurses", "train journeys".'),
  })
  .describe('A countable word in its two forms.');
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
      unitMeaning: text(400)
        .optional()
        .describe('What one unit of the harm is, in a sentence or two for the glossary and the info panels, 1–400 characters: "Pathways: the NHS counts its waiting list in pathways, …". Without it the game says only what the harm is counted in.'),
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
    .describe('The currency of every amount in the file (money fields ending in M are in millions of it, K in thousands, the rest in whole units); money on screen is written with its symbol.'),
});

const gridSchema = z.union([
  z.strictObject({
    min: z.number().min(-1e9).max(1e9).describe("The lowest level, in the issue's unit."),
    max: z.number().min(-1e9).max(1e9).describe("The highest level, in the issue's unit."),
    step: z.number().positive().max(1e9).describe("The step between levels, in the issue's unit; it must divide max − min (at most 401 levels)."),
  }),
  z.strictObject({ values: z.array(z.number().min(-1e9).max(1e9)).min(2).max(200).describe("The levels, 2–200 of them, strictly increasing, in the issue's unit.") }),
]);

const issueSchema = z.strictObject({
  id: issueId.describe('The key in offers: letters, digits and hyphens, camelCase allowed ("trainingPosts").'),
  label: text(80).describe('The name shown in the offer builder, 1–80 characters: "Pay uplift".'),
  unit: text(30).describe('The unit of its levels, 1–30 characters: "pp", "posts", "%", "level" (shown as "level 2"), or "yes/no" for an issue with levels 0 and 1 (shown as "no" and "yes").'),
  description: text(1000).describe('What the issue is, 1–1,000 characters, shown to players.'),
  grid: gridSchema.describe('The levels an offer may take: { min, max, step } or { values }. The first issue is the headline (usually pay).'),
  statusQuo: z.number().describe("What is in force with no deal: a level of the grid, in the issue's unit."),
  unionValue: points.describe(
    "How much the union's members value each level, 0–1, as 1–64 points [level, value] with straight lines between them.",
  ),
  unionWeight: described(fraction(), "The issue's weight in the union's utility, 0–1; the weights of all issues are rescaled to sum to 1."),
  employerCostMPerYear: points.describe(
    'Direct yearly cost to the employer of each level, in millions of the scenario\'s currency (vocabulary.currency) a year, as 1–64 points [level, cost] with straight lines between them.',
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
    .describe('How `employerCostMPerYear` is paid: `recurring` (the default; every year of `costs.horizonYears`) or `oneOff` (once: a lump sum, in millions of the currency).'),
  source: id.optional().describe('The id of the entry in `sources` the cost or value comes from.'),
});

const ballotLawSchema = z
  .strictObject({
    noticeDays: described(count(60), 'Days of notice a strike needs, from the Monday of the week it is called, 0–60.'),
    mandateDays: described(count(800), "Days a won ballot's mandate lasts from the ballot's close, 0–800 (6 months is 182)."),
    /** Minimum turnout of those entitled, or null for none. */
    turnoutThreshold: fraction().nullable().describe('The turnout of those entitled a ballot needs to be valid, 0–1 (0.5 is 50%); null for none.'),
    /** Minimum yes votes as a share of those entitled (important public services), or null for none. */
    entitledYesThreshold: fraction()
      .nullable()
      .describe('Yes votes needed as a share of all entitled to vote, 0–1 (0.4 for important public services under the 2016 Act); null for none.'),
    supportThreshold: described(
      fraction(),
      'Yes votes needed as a share of votes cast, 0–1 (a ballot passes at or above it). Leave it out for the default: more than half.',
    ).optional(),
  })
  .describe('What a strike ballot needs and what a mandate allows.');
jsonSchemaNames.add(ballotLawSchema, { id: 'BallotRules' });

const lawSchema = z.strictObject({
  name: text(120).describe('The law in force, 1–120 characters: "Trade Union Act 2016".'),
  ballotWindowWeeks: described(count(20), 'Weeks a strike ballot stays open, 0–20 (plausible 1–12).'),
  maxStrikeDaysPerCall: described(count(28), 'The most strike days one call may notify, 0–28 (plausible 1–14).'),
  collapseAfterFailedBallots: described(count(10), "Failed ballots in a row, with no mandate left, that end the game as a collapse of the union's action, 0–10."),
  rules: ballotLawSchema.describe('The ballot rules in force at the start.'),
  /** A later regime (e.g. the Employment Rights Act 2025): ballots opened on or after `from` use its rules. */
  reform: z
    .strictObject({
      name: text(120).describe('The later law, 1–120 characters: "Employment Rights Act 2025".'),
      enabled: z.boolean().describe('Whether the reform applies in this game (false keeps the old rules throughout).'),
      from: isoDate.describe('Ballots opened on or after this date (YYYY-MM-DD) use the reform\'s rules.'),
      rules: ballotLawSchema.describe("The reform's ballot rules (the same fields as `law.rules`)."),
    })
    .optional()
    .describe('A later regime: when enabled, ballots opened on or after `from` use its rules.'),
  strikeBallot: z
    .enum(['required', 'none'])
    .optional()
    .describe('Whether a strike needs a won ballot: `required` (the default) or `none` (no ballot law: the union may strike from the start, with notice).'),
  mandateExpires: z
    .boolean()
    .optional()
    .describe('Whether a mandate lapses: true (the default) ends it `rules.mandateDays` after its ballot; false keeps a won mandate, and one in force at the start, until the dispute ends, as a US strike authorisation vote (`mandateDays` and the date of `initial.mandateValidUntil` are then not read).'),
  employerMayImpose: z.boolean().optional().describe('Whether the employer may impose terms without agreement; true by default.'),
  contractExpires: isoDate
    .optional()
    .describe('The day the collective agreement in force expires: no strike day may fall on or before it, and both sides\' clocks run toward it (North American bargaining). Leave it out when there is none.'),
});

const initialSchema = z.strictObject({
  /** Last day covered by the strike mandate in force at the start, or null. */
  mandateValidUntil: isoDate.nullable().describe('The last day (YYYY-MM-DD) the strike mandate in force at the start covers, or null for none.'),
  mandateBallot: z
    .strictObject({
      opened: isoDate.describe('When the ballot opened, YYYY-MM-DD.'),
      closed: isoDate.describe('When it closed, YYYY-MM-DD (the mandate runs from here).'),
      turnout: described(fraction(), 'Its turnout, as a share of those entitled, 0–1.'),
      yes: described(fraction(), 'Its yes share of the votes cast, 0–1.'),
    })
    .nullable()
    .describe('The ballot behind the mandate in force at the start, or null.'),
  ballotsHeld: described(count(50), 'Ballots already held in the dispute before the start, 0–50 (turnout falls with each).'),
  morale: described(fraction(), 'Members\' morale at the start, 0–1.'),
  anger: described(fraction(), 'Members\' anger at the start, 0–1.'),
  strikeFundM: described(nonNeg(1e4), 'The union\'s strike (hardship) fund at the start, in millions of the scenario\'s currency (vocabulary.currency), 0–10,000.'),
  mitigationLevel: described(level(), 'How hard the employer presses on with the service during strikes at the start, 0–100 (whole number).'),
  budgetHeadroomM: described(nonNeg(1e6), 'What the employer can spend on catch-up before other spending suffers, in millions of the scenario\'s currency (vocabulary.currency), 0–1,000,000.'),
});

const membersSchema = z.strictObject({
  entitled: described(count(10_000_000), 'Members entitled to vote and strike, people, 0–10 million.'),
  dailyPay: described(nonNeg(1e5), 'Pay docked per member per strike day, in whole units of the scenario\'s currency (vocabulary.currency), 0–100,000.'),
  /** The members' resistance point in pay (Ashenfelter–Johnson): the pay level they start out demanding. */
  resistanceOpeningPay: described(nonNeg(1e6), 'Members\' resistance point at the start: the headline level they demand, in the headline issue\'s unit.'),
  /** The hidden floor it decays toward, drawn per game between these bounds. */
  resistanceFloorMin: described(nonNeg(1e6), 'The lowest the members\' hidden floor can be drawn, in the headline issue\'s unit (min ≤ max ≤ opening).'),
  resistanceFloorMax: described(nonNeg(1e6), 'The highest the members\' hidden floor can be drawn, in the headline issue\'s unit; each game draws the floor between min and max.'),
  /** Share of the gap above the floor kept after each strike day (e^-τ, computed by the author). */
  resistanceRetainedPerStrikeDay: described(fraction(), 'Share of the gap between resistance and floor kept after each strike day, 0–1 (plausible 0.8–1; e^-τ).'),
  /** Share of the gap above the floor kept each week of the dispute, strike or not (weariness with time); 1 by default. */
  resistanceRetainedPerWeek: described(fraction(), 'Share of that gap kept each week, strike or not (weariness with time), 0–1. Default 1.').optional(),
  /** After a derisory Government offer (headline below the public's reasonable level), the share of the way back up to the opening demand that resistance recovers; 0 by default. */
  resistanceRecoveryPerDerisoryOffer: described(fraction(), 'After a derisory offer (below `opinion.blame.reasonablePay`, conceding nothing new), the share of the way back up to the opening demand that resistance climbs, 0–1. Default 0.').optional(),
  /** Share of the grievance kept each week; the rest is replaced by this week's anger. Participation and ballots follow the grievance. 0.9 by default. */
  grievanceRetainedPerWeek: described(fraction(), 'Share of members\' grievance kept each week, 0–1; the rest is replaced by this week\'s anger. Participation and ballots follow it. Default 0.9.').optional(),
  morale: z
    .strictObject({
      anchor: described(fraction(), 'Where morale settles with nothing happening, 0–1.'),
      reversionPerWeek: described(fraction(), 'Share of the way back to the anchor morale moves each week, 0–1.'),
      perStrikeDay: described(fraction(), 'Morale lost per strike day, 0–1 (plausible up to 0.05).'),
      perSupportPointAbove35: described(nonNeg(1), 'Morale gained per point of public support above 35%, 0–1.'),
    })
    .describe("Members' morale: where it settles, how fast, and what moves it."),
  anger: z
    .strictObject({
      anchor: described(fraction(), 'Where anger settles with nothing happening, 0–1.'),
      reversionPerWeek: described(fraction(), 'Share of the way back to the anchor anger moves each week, 0–1.'),
      /** Anger added by a derisory employer offer; 0 by default. */
      perDerisoryOffer: described(fraction(), 'Anger added by a derisory offer from the employer, 0–1. Default 0.').optional(),
    })
    .describe("Members' anger: where it settles and how fast."),
  participation: z
    .strictObject({
      min: described(fraction(), 'Share of members who strike in the gloomiest mood, 0–1.'),
      max: described(fraction(), 'Share of members who strike in the most fired-up mood, 0–1 (min ≤ max; plausible up to 0.95).'),
      moraleWeight: described(fraction(), 'Weight of morale against the grievance (a slow average of anger) in that mood, 0–1.'),
      noFundFactor: described(fraction(), 'Share of participation kept once the strike fund is empty, 0–1.'),
    })
    .describe('The share of members who strike on a strike day, by mood.'),
  fund: z
    .strictObject({
      claimShare: described(fraction(), 'Share of strikers who claim from the fund, 0–1.'),
      coverage: described(fraction(), "Share of a claimant's lost pay the fund covers, 0–1."),
      donationsKPerWeek: described(nonNeg(1e6), 'Money coming into the fund, in thousands of the scenario\'s currency (vocabulary.currency) a week, 0–1,000,000.'),
    })
    .describe("The union's strike fund: who claims, how much it pays, what comes in."),
});

const ballotModelSchema = z.strictObject({
  turnoutBase: described(fraction(), 'Turnout of the next ballot at the reference mood, before fatigue, 0–1 (plausible 0.1–0.98).'),
  turnoutPerMorale: described(nonNeg(2), 'Turnout gained per unit of morale above the reference, 0–2.'),
  turnoutPerAnger: described(nonNeg(2), 'Turnout gained per unit of anger above the reference, 0–2.'),
  /** Each new ballot loses this share of the turnout above `turnoutFloor` (fatigue that levels off). */
  turnoutDecayPerBallot: described(fraction(), 'Share of the turnout above `turnoutFloor` lost with each further ballot, 0–1.'),
  turnoutFloor: described(fraction(), 'Where the decline in turnout levels off, 0–1.'),
  turnoutNoise: described(fraction(), 'Spread of chance around the expected turnout, 0–1.'),
  yesBase: described(fraction(), 'Yes share of votes cast at the reference anger, 0–1.'),
  yesPerAnger: described(nonNeg(2), 'Change in the yes share per unit of anger above the reference, 0–2.'),
  yesNoise: described(fraction(), 'Spread of chance around the expected yes share, 0–1.'),
  referenceMorale: described(fraction(), 'The morale the base figures describe (usually the starting morale), 0–1.'),
  referenceAnger: described(fraction(), 'The anger the base figures describe (usually the starting anger), 0–1.'),
});

const referendumSchema = z.strictObject({
  weeks: described(count(12), 'How long members\' vote on a deal runs by default, weeks, 0–12 (plausible 1–8).'),
  passMark: described(fraction(), 'The yes share of votes cast a deal needs to pass, 0–1 (plausible 0.3–0.8).'),
  /** Yes share when the terms are worth exactly the members' resistance point to them. */
  yesAtResistance: described(fraction(), 'Yes share for terms worth exactly the members\' resistance point to them, 0–1.'),
  /** Extra yes share per 0.1 of utility above (or below) the resistance point. */
  yesPerTenthUtility: described(fraction(), 'Extra yes share per 0.1 of members\' utility above (or below) the resistance point, 0–1.'),
  recommendationBonus: described(fraction(), 'Extra yes share when the union\'s leaders recommend the deal, 0–1.'),
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
    catchUpCostPerEpisode: described(nonNeg(1e6), 'What one catch-up unit bought with `fundCatchUp` costs, in whole units of the scenario\'s currency (vocabulary.currency), 0–1e6.'),
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
    valuePerUnitLost: described(nonNeg(1e6), 'What each unit lost costs the employer (fares refunded, revenue lost), in whole units of the scenario\'s currency (vocabulary.currency), 0–1e6.'),
  })
  .describe('The lost-service harm model: the harm level is the units lost so far.');

/** `harm.kind: lostOutput`: a private employer's lost production. */
const lostOutputHarmSchema = z
  .strictObject({
    kind: z.literal('lostOutput').describe('A private employer\'s production lost: stock drawn down, then customers\' orders unfilled until overtime catches up.'),
    ...dailyUnits,
    marginPerUnit: described(nonNeg(1e7), 'Margin (revenue less saved costs) lost on each unit not made, in whole units of the scenario\'s currency (vocabulary.currency), 0–1e7.'),
    inventoryUnits: described(count(), 'Finished stock at the start, which meets orders before any go unfilled, units, 0–1e9.'),
    inventoryCostPerUnit: described(nonNeg(1e6), 'Cost of each unit drawn from stock (holding and rebuilding it), in whole units of the scenario\'s currency (vocabulary.currency), 0–1e6.'),
    catchUpUnitsPerWeek: described(count(), 'Unfilled orders overtime makes up in a week without strike days, at most, units, 0–1e9.'),
    catchUpCostPerUnit: described(nonNeg(1e6), 'Overtime cost of each unit caught up, in whole units of the scenario\'s currency (vocabulary.currency), 0–1e6.'),
  })
  .describe('The lost-output harm model: the harm level is customers\' orders unfilled.');

const harmSchema = z
  .discriminatedUnion('kind', [backlogHarmSchema, lostServiceHarmSchema, lostOutputHarmSchema])
  .describe('How strikes harm the service: `kind` chooses the model (backlog, lostService or lostOutput), each with its own figures.');

const mitigationSchema = z.strictObject({
  /** Extra cost per strike day at level 100, in millions (premium cover rates for consultants). */
  extraCostMPerDayAt100: described(nonNeg(1e4), 'The premium per strike day of keeping all planned service going (mitigation 100), in millions of the scenario\'s currency (vocabulary.currency) a day, 0–10,000.'),
  /** Level above which pressing on with planned care risks a safety story. */
  safetyRiskFromLevel: described(level(), 'The mitigation level (0–100, whole number) above which pressing on risks a safety story.'),
  /** Weekly chance of a safety story per level point above that, on weeks with strike days. */
  safetyRiskPerLevel: described(fraction(), 'Weekly chance of a safety story per mitigation level above `safetyRiskFromLevel`, in weeks with strike days, 0–1.'),
  /** How much mitigation angers strikers (anger per level point above 50 per strike week). */
  angerPerLevelAbove50: described(fraction(), 'Members\' anger added per mitigation level above 50, in weeks with strike days, 0–1.'),
});

const costsSchema = z.strictObject({
  strikeDayMAtReference: described(nonNeg(1e4), 'What a strike day costs the employer (cover and lost work) at the reference participation, in millions of the scenario\'s currency (vocabulary.currency), 0–10,000 (plausible 0.001–500).'),
  horizonYears: described(figure('Years1To10', () => z.number().int().min(1).max(10)), 'Years a recurring cost is counted over when the employer values terms, 1–10 (plausible 1–5).'),
  readAcrossMin: described(nonNeg(10), 'The lowest the employer\'s hidden read-across can be drawn, a multiple 0–10: 2 means other groups would add twice the cost of issues with `readAcross`.'),
  readAcrossMax: described(nonNeg(10), 'The highest the employer\'s hidden read-across can be drawn, a multiple 0–10 (plausible up to 5); each game draws it between min and max.'),
  /** Weeks ahead the Government counts dispute costs over when valuing "no deal". */
  planningWeeks: described(count(104), 'Weeks ahead the employer counts the dispute\'s cost over when valuing no deal, 0–104.'),
  /** Strike days per week the Government expects while a mandate is live, before it has seen any. */
  expectedStrikeDaysPerWeek: described(nonNeg(7), 'Strike days a week the employer expects while a mandate is live, before it has seen any, 0–7 (plausible 0–3; up to 7 where `law.contractExpires` makes a strike open-ended).'),
  /** Chance the Government gives that the union wins a new mandate once the current one ends. */
  mandateRenewalChance: described(fraction(), 'The chance the employer gives that the union wins a new mandate once the current one ends, 0–1.'),
  /** Political cost per week at full pressure, in millions of the currency. */
  politicalCostMPerWeekAtFullPressure: described(nonNeg(1e5), 'What the dispute costs the employer politically a week at full pressure, in millions of the scenario\'s currency (vocabulary.currency) a week, 0–100,000.'),
  /** What makes the dispute cost the Government politically: blame on it, public support for the strikers, list growth. */
  pressureWeights: z
    .strictObject({
      blame: described(fraction(), 'Weight of public blame on the employer in its pressure, 0–1.'),
      support: described(fraction(), 'Weight of public support for the strikes in its pressure, 0–1.'),
      harm: described(fraction(), 'Weight of the growth of the harm level (whatever the harm model) in its pressure, 0–1.'),
    })
    .describe('What makes up the employer\'s political pressure (weights are relative).'),
  /** Growth of the harm level (any model) that counts as full pressure from the harm. */
  harmPressureAt: described(count(), 'Growth of the harm level (whatever the harm model), in its units (`vocabulary.harm.unit`), that counts as full pressure, whole number.'),
  /** Value of a planned episode lost to a strike (paid-for capacity that produced nothing), in the currency; 0 by default. */
  lostEpisodeValue: described(nonNeg(1e6), 'The value of a planned episode lost on a strike day (capacity paid for that produced nothing), in whole units of the scenario\'s currency (vocabulary.currency), 0–1,000,000; part of a strike day\'s cost. Default 0.').optional(),
});

const groupSchema = z.strictObject({
  id: id.describe('The group\'s id: "age-65".'),
  label: text(40).describe('The group\'s name as shown, 1–40 characters: "65+".'),
  weight: described(fraction(), 'The group\'s share of the population, 0–1; the weights sum to 1.'),
  support: described(fraction(), 'Share of the group supporting the strikes at the start, 0–1 (support + oppose ≤ 1).'),
  oppose: described(fraction(), 'Share of the group opposing the strikes at the start, 0–1.'),
  /** Share of the group with a view (support + oppose) at zero and at full salience. */
  engagedMin: described(fraction(), 'Share of the group holding a view (support + oppose) at zero salience, 0–1.'),
  engagedMax: described(fraction(), 'Share of the group holding a view at full salience, 0–1 (min ≤ max).'),
});

const effectSchema = z.strictObject({
  support: described(figure('PointsMinus100To100', () => z.number().min(-100).max(100)), 'A news shock to net public support, points −100 to 100; it fades, leaving `opinion.media.durableShare`. Default 0.').optional(),
  salience: described(change(), 'Attention on the dispute gained (or lost, negative), −1 to 1. Default 0.').optional(),
  blame: described(change(), 'Blame moved onto the employer (negative: onto the union), −1 to 1. Default 0.').optional(),
  anger: described(change(), 'Members\' anger added (or removed), −1 to 1. Default 0.').optional(),
  morale: described(change(), 'Members\' morale added (or removed), −1 to 1. Default 0.').optional(),
  capacityFactor: described(fraction(), 'Service capacity multiplied by this, 0–1, for `capacityWeeks` weeks. Default none.').optional(),
  capacityWeeks: described(count(52), 'Weeks the `capacityFactor` lasts, 0–52. Default 0.').optional(),
}).describe('A change applied once: to public support, attention, blame, members\' mood, or the service\'s capacity for some weeks.');
jsonSchemaNames.add(effectSchema, { id: 'Effect' });

const opinionSchema = z.strictObject({
  groups: z.array(groupSchema).min(1).max(12).describe('The population by group (1–12), each with its support, opposition and engagement; weights sum to 1.'),
  reversionPerWeek: described(fraction(), 'Share of the way net support moves toward its target each week, 0–1 (plausible up to 0.6).'),
  salience: z
    .strictObject({
      initial: described(fraction(), 'Attention on the dispute at the start, 0–1.'),
      anchor: described(fraction(), 'Where attention settles with nothing happening, 0–1.'),
      reversionPerWeek: described(fraction(), 'Share of the way back to the anchor attention moves each week, 0–1.'),
      perStrikeDay: described(fraction(), 'Attention added per strike day, 0–1.'),
    })
    .describe('How much attention the public pays the dispute (salience), 0–1.'),
  payMemory: z
    .strictObject({
      /** Pay rises awarded before the start, for the record: the starting poll already reflects them, so the engine does not read them. */
      awards: z
        .array(
          z.strictObject({
            date: isoDate.describe('When the rise was awarded, YYYY-MM-DD.'),
            percent: z.number().min(-100).max(100).describe('The rise, percent, −100 to 100.'),
            source: id.optional().describe('The id of the entry in `sources` that reports it.'),
          }),
        )
        .max(50)
        .optional()
        .describe('Rises paid before the start, up to 50, for the record (the starting poll already reflects them; the engine does not read them).'),
      /** Not read by the engine (pay once paid is not forgotten); accepted so that older files still load. */
      retainedPerWeek: described(fraction(), 'No longer read (pay once paid is not forgotten); accepted so that older files load, 0–1.').optional(),
      /** Net support lost per percent of headline pay paid since the start (the public's fairness gap closing). */
      netPointsPerPercent: described(nonNeg(20), 'Net support lost per percent of headline pay paid since the start (the fairness gap closing), points 0–20 (plausible up to 5).'),
    })
    .describe('How pay already paid moves public support.'),
  fatigue: z
    .strictObject({
      retainedPerWeek: described(fraction(), 'Share of the public\'s memory of strike days kept each week, 0–1.'),
      netPointsPerStrikeDay: described(nonNeg(20), 'Net support lost per remembered strike day, points 0–20.'),
      winterMultiplier: described(nonNeg(5), 'How much more a strike day weighs in winter months, a multiple 0–5.'),
    })
    .describe('Strike fatigue: the public tiring of strikes.'),
  disruption: z
    .strictObject({
      retainedPerWeek: described(fraction(), 'Share of the public\'s memory of cancelled service kept each week, 0–1.'),
      netPointsPer10kCancellations: described(nonNeg(100), 'Net support lost per remembered 10,000 cancelled episodes, points 0–100.'),
    })
    .describe('Cancelled service and its effect on support.'),
  blame: z
    .strictObject({
      /** Initial shares blaming each side more, or both equally (the rest do not know). */
      employer: described(fraction(), 'The share of the public blaming the employer more at the start, 0–1 (employer + equal + union ≤ 1).'),
      equal: described(fraction(), 'The share of the public blaming both sides equally at the start, 0–1 (the rest do not know).'),
      union: described(fraction(), 'The share of the public blaming the union more at the start, 0–1.'),
      reversionPerWeek: described(fraction(), 'Share of the way blame moves toward its target (what the public has seen) each week, 0–1.'),
      netPointsPerBlame: described(nonNeg(200), 'How much blame moves support: net support points per unit of net blame, 0–200.'),
      /** A headline offer (in the issue's units) the public sees as reasonable: rejecting one shifts blame. */
      reasonablePay: z
        .number()
        .describe("A headline offer the public sees as reasonable, in the headline issue's unit (a level of its grid): rejecting one costs the union support; positions are judged against it."),
      /** Net blame points moved toward the union per remembered strike day (the fatigue memory); 0 by default. */
      netPointsPerStrikeDay: described(nonNeg(20), 'Net blame points moved toward the union per remembered strike day, 0–20. Default 0.').optional(),
      /** Net blame points moved toward the employer per remembered 10,000 cancelled episodes; 0 by default. */
      netPointsPer10kCancellations: described(nonNeg(20), 'Net blame points moved toward the employer per remembered 10,000 cancelled episodes, 0–20. Default 0.').optional(),
      /** Net blame points on the employer per headline point its best offer falls short of `reasonablePay`, from where it stood at the start; 0 by default. */
      netPointsPerPointOfferShort: described(
        nonNeg(20),
        'Net blame points on the employer per headline point its latest offer falls short of `reasonablePay`, from where it stood at the start, 0–20. Default 0.',
      ).optional(),
      /** Net blame points on the union per headline point its public claim stands above `reasonablePay`, from where it stood at the start; 0 by default. */
      netPointsPerPointClaimAbove: described(
        nonNeg(20),
        'Net blame points on the union per headline point its latest claim stands above `reasonablePay`, from where it stood at the start, 0–20. Default 0.',
      ).optional(),
    })
    .describe('Who the public blames, and how blame moves (the names are `vocabulary.blame`).'),
  /** How much a statement is believed: repetition wears it out, and a conciliatory one needs a concession behind it. */
  statementCredibility: z
    .strictObject({
      /** Share of the memory of a side's statements kept each week; each statement adds one. */
      repeatRetainedPerWeek: described(fraction(), "Share of a side's memory of its own statements kept each week, 0–1; each statement adds one, and its effect is divided by 1 + that memory."),
      /** Share of a conciliatory statement's effect that lands when the side has made no concession within `backingWeeks`. */
      unbackedShare: described(fraction(), "Share of a conciliatory statement's effect that lands with no concession behind it within `backingWeeks`, 0–1."),
      /** Weeks a concession (an offer better for the other side than any before) backs conciliatory statements. */
      backingWeeks: described(count(52), 'Weeks a concession (an offer better for the other side than any before) backs conciliatory statements, 0–52.'),
    })
    .optional()
    .describe('How far statements are believed: repetition wears them out, and a conciliatory one needs a concession behind it. Without it, statements land in full every time.'),
  media: z
    .strictObject({
      retainedPerWeek: described(fraction(), 'Share of a news shock to support kept each week, 0–1.'),
      durableShare: described(fraction(), 'Share of a news shock that lasts after it fades, 0–1.'),
    })
    .describe('How news shocks to support fade.'),
});

/** How the world reacts to some moves, as effects. */
const reactionsSchema = z.strictObject({
  rejectedReasonableOffer: effectSchema.describe('What happens when the union rejects an offer at or above `opinion.blame.reasonablePay`.'),
  imposedAward: effectSchema.describe('What happens when the employer imposes terms.'),
  safetyStory: effectSchema.describe('What happens when a safety story breaks (mitigation above `mitigation.safetyRiskFromLevel`).'),
  failedReferendum: effectSchema.describe("What happens when members reject a deal their leaders put to them."),
});

const statementEffects = z
  .strictObject({
    conciliatory: effectSchema.describe('The effect of a conciliatory statement.'),
    firm: effectSchema.describe('The effect of a firm statement.'),
    hardline: effectSchema.describe('The effect of a hardline statement.'),
  })
  .describe("The effect of a side's public statement, by tone.");
jsonSchemaNames.add(statementEffects, { id: 'StatementEffects' });

const triggerSchema = z.union([
  z.strictObject({ date: isoDate.describe('Fires at the start of the week containing this date, YYYY-MM-DD.') }),
  z.strictObject({ week: described(count(1000), 'Fires at the start of this week (0 is the first), 0–1000.') }),
  z.strictObject({
    from: isoDate.describe('The first day of the window, YYYY-MM-DD.'),
    to: isoDate.describe('The last day of the window, YYYY-MM-DD.'),
    chancePerWeek: described(fraction(), 'The chance it fires in each week of the window until it has, 0–1.'),
  }),
  z.strictObject({
    when: z
      .strictObject({
        figure: z
          .enum(['support', 'oppose', 'harm', 'morale', 'anger', 'strikeDays', 'salience', ...HARM_FIGURES])
          .describe(
            'support and oppose: % of the public, 0–100; harm: the harm level, in its units (`vocabulary.harm.unit`); morale, anger and salience: 0–1; strikeDays: strike days held so far; ' +
              "the harm model's own: unitsLost (units lost to strikes so far), revenueLost (what they cost, millions of the currency; lostService and lostOutput), stock (finished stock left, units; lostOutput).",
          ),
        op: z.enum(['<', '<=', '>', '>=']).describe('How the figure is compared with `value`.'),
        value: z.number().describe("The level, in the figure's unit."),
      })
      .describe('A condition on a figure, checked at the start of each week.'),
    chancePerWeek: described(fraction(), 'The chance it fires in a week when the condition holds, 0–1. Default 1.').optional(),
  }),
]);

const eventSchema = z.strictObject({
  id: id.describe('The event\'s id, unique in the file: "winter-flu".'),
  headline: text(200).describe('The headline shown in the news when it fires, 1–200 characters.'),
  detail: text(1000).optional().describe('More about it for the info panel, 1–1,000 characters.'),
  trigger: triggerSchema.describe('When it fires (at most once a game): { date }, { week }, { from, to, chancePerWeek } or { when, chancePerWeek }.'),
  effects: effectSchema.describe('What it does when it fires (may be {}).'),
  source: id.optional().describe('The id of the entry in `sources` the event comes from.'),
});

/** A dated real event, for the debrief's "what really happened" panel. */
const historySchema = z.strictObject({
  date: isoDate.describe('When it happened, YYYY-MM-DD.'),
  title: text(200).describe('What happened, 1–200 characters.'),
  detail: text(2000).optional().describe('More about it, 1–2,000 characters.'),
  source: id.describe('The id of an entry in `sources` that reports the event.'),
});

/** A scheduled public date both sides can see coming: the AI's political and pay-round clocks. */
const calendarSchema = z.strictObject({
  date: isoDate.describe('The date, YYYY-MM-DD: known or expected before the scenario starts.'),
  kind: z
    .enum(['payReview', 'budget', 'election', 'reshuffle'])
    .describe('payReview: the next pay review body report or award; budget: a fiscal event; election or reshuffle: a political change.'),
  title: text(200).describe('The date as the debrief names it, 1–200 characters: "Autumn Budget".'),
  source: id.optional().describe('The id of an entry in `sources` that announced or implies the date.'),
  note: text(1000).optional().describe('Why the date is expected then, 1–1,000 characters.'),
});

/** What a coach prompt waits for: a week's start, or the first time something happens to the player. */
const COACH_EVENTS = ['firstOfferReceived', 'firstStrikeCalled', 'offerAboveWalkAway', 'ballotAtRisk'] as const;

const coachText = {
  title: text(120).describe('The prompt\'s heading, 1–120 characters.'),
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

const newsFigure = z
  .enum(['support', 'oppose', 'harm', ...HARM_FIGURES])
  .describe(
    "support and oppose: % of the public; harm: the harm level, in its units (`vocabulary.harm.unit`); the harm model's own: unitsLost (units lost to strikes so far), revenueLost (millions of the currency; lostService and lostOutput), stock (finished stock left; lostOutput).",
  );

const newsTriggerSchema = z.union([
  z.strictObject({
    on: z.enum(NEWS_EVENTS).describe('The item runs the week this happens: a strike called, held or called off, an offer made or rejected, a deal ratified or rejected, a vote opened, a ballot won or lost, terms imposed.'),
    side: z.enum(['union', 'employer']).optional().describe('Only when this side acted (offers and rejections).'),
  }),
  z.strictObject({
    figure: newsFigure,
    crosses: z.enum(['above', 'below']).describe('The item runs the first week the figure goes above (or below) `value`.'),
    value: z.number().describe('In the figure\'s unit: % for support and oppose, millions of the currency for revenueLost, units otherwise.'),
  }),
  z.strictObject({
    figure: newsFigure,
    change: z.number().describe('A move of at least this much (negative: a fall) within the last `overWeeks` weeks, in the figure\'s unit; the item runs the first week it is reached.'),
    overWeeks: z.number().int().min(1).max(52).describe('The window the change is measured over, weeks 1–52.'),
  }),
  z.strictObject({ scenarioEvent: id.describe('The id of an entry in `events`: the item runs the week it fires.') }),
]);

/** A headline or short quote from people outside the talks, shown in the news when its trigger fires. */
const newsSchema = z.strictObject({
  id: id.describe('The item\'s id, unique among `news`.'),
  trigger: newsTriggerSchema.describe('What makes it run: { on }, { figure, crosses, value }, { figure, change, overWeeks } or { scenarioEvent }.'),
  voice: z
    .enum(['press', 'public', 'leaders', 'members'])
    .describe('Who speaks: the press, the public the service serves (patients, passengers, customers), service leaders, or the union\'s members\' forums.'),
  who: text(120).describe('The speaker or publication as shown: "A patient in Leeds", "The Guardian".'),
  text: text(280).describe('The headline or quote, in the scenario author\'s own words.'),
  source: id.optional().describe('For a real item: the id of the entry in `sources` (publication, date, URL) that reports it.'),
  invented: z.literal(true).optional().describe('Marks an item written for the game; shown labelled as invented. Give either this or `source`.'),
});

const voiceLineSchema = z.union([
  text(300),
  z.strictObject({
    tone: z.enum(VOICE_TONES).describe('hard, steady or warm: the persona that says it (by how fast it concedes); a line with no tone suits any.'),
    text: text(300).describe('The line, 1–300 characters, with {placeholders}.'),
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
  source: id.optional().describe('The id of the entry in `sources` the figures under `under` come from.'),
  note: text(2000).optional().describe('How they were derived or why they were assumed, 1–2,000 characters.'),
  tag: z.enum(FIGURE_TAGS).optional().describe('sourced, calibrated (derived from sourced figures) or assumption.'),
});

const scoringSchema = z.strictObject({
  union: z
    .strictObject({
      terms: described(fraction(), "Weight of the terms' value to members, 0–1 (weights are relative)."),
      lostPay: described(fraction(), 'Weight of pay not lost to strikes, 0–1.'),
      support: described(fraction(), 'Weight of public support at the end, 0–1.'),
      morale: described(fraction(), "Weight of members' morale at the end, 0–1."),
      lostPayReferenceM: described(nonNeg(1e5), 'Lost pay that scores zero on that part, in millions of the scenario\'s currency (vocabulary.currency), 0–100,000.'),
    })
    .describe("The union's score, 0–100: a weighted mix of the terms' value to members, pay not lost, public support and morale."),
  employer: z.strictObject({
    terms: described(fraction(), "Weight of the terms' cost, 0–1 (weights are relative)."),
    strikeCost: described(fraction(), 'Weight of what strikes cost it, 0–1.'),
    harm: described(fraction(), 'Weight of the growth of the harm level (whatever the harm model), 0–1.'),
    blame: described(fraction(), 'Weight of public blame on it, 0–1.'),
    strikeCostReferenceM: described(nonNeg(1e6), 'Strike costs that score zero on that part, in millions of the scenario\'s currency (vocabulary.currency), 0–1,000,000.'),
    /** Effective cost of the terms (over the horizon, with read-across) that scores zero. */
    termsReferenceM: described(nonNeg(1e7), "The terms' effective cost (over `costs.horizonYears`, with read-across) that scores zero, in millions of the scenario\'s currency (vocabulary.currency), 0–10,000,000."),
    harmReference: described(count(), 'Growth of the harm level (whatever the harm model), in its units (`vocabulary.harm.unit`), that scores zero, whole number.'),
  }).describe("The employer's score, 0–100: a weighted mix of the terms' cost, strike costs, the harm and blame."),
});

export const scenarioFileSchema = z.strictObject({
  formatVersion: z.literal(FORMAT_VERSION).describe('The format this file is written in: 2. Format 1 files still load (migrated as they are read); `npm run scenario:migrate` rewrites one.'),
  id: id.describe('The scenario\'s id, matching its file name (`<id>.yaml`); saves and replay codes use it.'),
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'a version written MAJOR.MINOR.PATCH')
    .describe('The scenario\'s version, MAJOR.MINOR.PATCH: raise it when you change the scenario; saves record it.'),
  title: text(120).describe('The title shown on the Setup screen, 1–120 characters.'),
  summary: text(2000).describe('The situation at the start, for both sides, 1–2,000 characters.'),
  start: isoDate.describe('The Monday of week 0, YYYY-MM-DD.'),
  horizonWeeks: z.number().int().min(1).max(260).describe('Weeks the game lasts with no deal, 1–260 (plausible 4–156). The computer opponent never reads it.'),
  sources: z.array(sourceSchema).max(500).describe('Where the figures and events come from, up to 500; figures cite them by id.'),
  vocabulary: vocabularySchema.describe('The words the game uses for this dispute: the sides\' names, the workers, the service, its harm, who is blamed and the currency.'),
  sides: z
    .strictObject({ union: sideSchema.describe('The union side.'), employer: sideSchema.describe('The employer side.') })
    .describe('Each side\'s brief, personas and opening offer (their names are in `vocabulary`).'),
  personas: z.array(personaSchema).min(1).max(24).describe("The computer opponent's styles, 1–24; `sides.<side>.personas` offers them to each side. See docs/ai.md."),
  issues: z.array(issueSchema).min(1).max(12).describe('What is bargained over, 1–12 issues; the first is the headline (usually pay).'),
  law: lawSchema.describe('The law on strike ballots, mandates and notice.'),
  initial: initialSchema.describe('The state of the dispute at the start: mandate, ballots held, members\' mood, the fund, mitigation, budget.'),
  members: membersSchema.describe("The union's members: pay, their resistance point on the headline issue, mood, turnout on strike days, the fund."),
  ballot: ballotModelSchema.describe("How a new strike ballot turns out: expected turnout and yes share move with members' mood; turnout fades with each ballot."),
  referendum: referendumSchema.describe("Members' vote on a deal."),
  harm: harmSchema,
  mitigation: mitigationSchema.describe('What the employer\'s mitigation (pressing on with the service during strikes) costs and risks.'),
  costs: costsSchema.describe("The employer's money and politics: what strikes and terms cost it, and the pressure it feels."),
  opinion: opinionSchema.describe('Public opinion by population group: support, blame, attention, and what moves them.'),
  statements: z
    .strictObject({
      union: statementEffects.describe("The effect of each tone of the union's public statements."),
      employer: statementEffects.describe("The effect of each tone of the employer's public statements."),
    })
    .describe('What a public statement does, per side and tone.'),
  reactions: reactionsSchema.describe('How the world reacts to some moves, as effects.'),
  events: z.array(eventSchema).max(200).describe('Things that may happen, each at most once a game, up to 200.'),
  scoring: scoringSchema.describe('How each side scores 0–100 at the end.'),
  history: z.array(historySchema).max(500).optional().describe('Dated real events with sources, for the debrief.'),
  calendar: z
    .array(calendarSchema)
    .max(100)
    .optional()
    .describe('Scheduled public dates (pay review reports, budgets, elections) that put time pressure on the AI; see docs/ai.md.'),
  coach: z.array(coachSchema).max(200).optional().describe('Teaching prompts shown at the start of given weeks or when something first happens.'),
  voice: z
    .strictObject({
      union: voiceBookSchema.optional().describe("The union's lines, by situation."),
      employer: voiceBookSchema.optional().describe("The employer's lines, by situation."),
    })
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
