/**
 * A new game: the scenario's opening position, the hidden values drawn from the scenario stream, and the whole
 * exogenous world pre-rolled from its own stream, so what-if branches of one seed share the same luck.
 */
import { initialBelief, observeOffer } from './ai/opponent-model';
import { harmInventory, harmStart } from './harm';
import { canonicalJson, hashText } from './hash';
import { mandateExpires, openEndedMandateUntil } from './law';
import { initialOpinion } from './opinion';
import { err, ok, type Result } from './result';
import { drawInt, drawInts, seedStream } from './rng';
import { withHashedNames } from './scenario/old-spellings/hashed-names';
import { otherSide, type Scenario, type SideId } from './scenario/types';
import type { GameState, PlayerKind, Players } from './types';
import { statusQuoOffer } from './utility';

/** World draws per week before the scenario's own events: ballot turnout, ballot yes, safety story, referendum. */
export const WORLD_SLOTS = { turnout: 0, yes: 1, safety: 2, referendum: 3, events: 4 } as const;

export interface NewGameOptions {
  readonly seed: string | number;
  readonly players: Readonly<Record<SideId, string>>;
}

const fingerprints = new WeakMap<Scenario, string>();

/**
 * Sources, notes, teaching text, the sides' voices, the news, the dispute's words and the prose that describes
 * personas, issues and briefs do not change play, so they stay out of the fingerprint (at every depth); nor does
 * the format the file was written in, so a format 1 file and its migration are the same game, and rewording a
 * description keeps every replay and par table valid.
 */
const NOT_FINGERPRINTED = new Set([
  'provenance', 'sources', 'history', 'coach', 'voice', 'news', 'vocabulary', 'formatVersion',
  'description', 'descriptions', 'brief', 'summary',
]);

/**
 * The content that is hashed. A backlog harm is hashed under format 1's key (`nhs`, without its kind), and
 * renamed fields under the names they had (old-spellings/hashed-names.ts), so scenarios written before the harm
 * models and the neutral names keep their fingerprints, and so their games keep their state hashes.
 */
const fingerprinted = (scenario: Scenario): unknown => {
  const named = withHashedNames(scenario);
  if (scenario.harm.kind !== 'backlog') return named;
  const { kind: _kind, ...nhs } = named.harm as Record<string, unknown>;
  return { ...named, harm: undefined, nhs };
};

/** A hash of a scenario's content. */
const scenarioFingerprint = (scenario: Scenario): string => {
  let hash = fingerprints.get(scenario);
  if (hash === undefined) {
    hash = hashText(canonicalJson(fingerprinted(scenario), NOT_FINGERPRINTED));
    fingerprints.set(scenario, hash);
  }
  return hash;
};

/** Reads `human`, `ai` or `ai:<persona>` for a side, or says why it is not a player there (a persona the side does not offer). */
export const parsePlayer = (scenario: Scenario, side: SideId, text: string): Result<PlayerKind, string> => {
  if (text === 'human') return ok<PlayerKind>('human');
  if (text === 'ai') return ok<PlayerKind>(`ai:${scenario.sides[side].defaultPersona}`);
  if (text.startsWith('ai:') && scenario.sides[side].personas.includes(text.slice(3))) return ok(text as PlayerKind);
  return err(`"${text}" is not a player for ${side}: use human, ai or ai:<${scenario.sides[side].personas.join('|')}>`);
};

export const personaOf = (player: PlayerKind): string | null => (player.startsWith('ai:') ? player.slice(3) : null);

export const newGame = (scenario: Scenario, options: NewGameOptions): GameState => {
  const seed = String(options.seed);
  const players = {} as Record<SideId, PlayerKind>;
  for (const side of ['union', 'employer'] as const) {
    const player = parsePlayer(scenario, side, options.players[side]);
    if (!player.ok) throw new Error(player.error);
    players[side] = player.value;
  }

  let hiddenRng = seedStream(seed, 'scenario');
  let floor: number;
  let readAcross: number;
  [floor, hiddenRng] = drawInt(hiddenRng, scenario.members.resistanceFloorMinX100, scenario.members.resistanceFloorMaxX100);
  [readAcross, hiddenRng] = drawInt(hiddenRng, scenario.costs.readAcrossMinBp, scenario.costs.readAcrossMaxBp);

  const slots = WORLD_SLOTS.events + scenario.events.length;
  let worldRng = seedStream(seed, 'world');
  const world: number[][] = [];
  for (let w = 0; w < scenario.horizonWeeks; w += 1) {
    let draws: number[];
    [draws, worldRng] = drawInts(worldRng, slots, 0, 9999);
    world.push(draws);
  }

  const init = scenario.initial;
  const statusQuo = statusQuoOffer(scenario);
  const opening = (side: SideId) => {
    const offer = scenario.sides[side].openingOffer;
    return offer ? { from: side, week: -1, offer, rejectedWeek: null } : null;
  };
  const standing = { union: opening('union'), employer: opening('employer') };
  // Each side has already seen the other's opening position.
  const seen = (believer: SideId) => {
    const other = standing[otherSide(believer)];
    const prior = initialBelief(scenario, believer);
    return other ? observeOffer(scenario, believer, prior, other.offer, -1, 0) : prior;
  };
  const initialBallot = init.mandateBallot;

  return {
    scenario,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    scenarioHash: scenarioFingerprint(scenario),
    seed,
    players: players as Players,
    week: 0,
    turn: { union: { actions: [], ended: false }, employer: { actions: [], ended: false } },
    world,
    hidden: { unionFloorX100: floor, employerReadAcrossBp: readAcross },
    law: {
      mandate: scenario.law.noBallotLaw
        ? { from: scenario.startDay, until: openEndedMandateUntil(scenario) }
        : init.mandateValidUntil === null
          ? null
          : { from: initialBallot?.closed ?? scenario.startDay, until: mandateExpires(scenario) ? init.mandateValidUntil : openEndedMandateUntil(scenario) },
      ballot: initialBallot
        ? { opened: initialBallot.opened, closes: initialBallot.closed, status: 'won', turnoutBp: initialBallot.turnoutBp, yesBp: initialBallot.yesBp, reformRules: false }
        : null,
      ballotsHeld: init.ballotsHeld,
      failedInRow: 0,
    },
    strikes: { calls: [], daysHeld: 0 },
    union: {
      moraleBp: init.moraleBp,
      angerBp: init.angerBp,
      grievanceBp: init.angerBp,
      fundK: init.strikeFundK,
      lostPayK: 0,
      resistanceX100: scenario.members.resistanceOpeningX100,
    },
    employer: {
      mitigationLevel: init.mitigationLevel,
      strikeCostK: 0,
      catchUpSpentK: 0,
      catchUpEpisodesPending: 0,
      headroomK: init.budgetHeadroomK,
      treasuryWeek: null,
      imposed: null,
    },
    nhs: { waitingList: harmStart(scenario), rebookQueue: 0, rescheduledTotal: 0, lostStopsTotal: 0, inventory: harmInventory(scenario), capacityShock: null },
    opinion: initialOpinion(scenario),
    negotiation: {
      standing,
      lastOffer: standing.union ?? standing.employer,
      statusQuo,
      referendum: null,
    },
    beliefs: { union: seen('union'), employer: seen('employer') },
    firedEvents: [],
    history: [],
    outcome: null,
  };
};
