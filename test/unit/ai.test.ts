/**
 * The opponent AI's behaviour, each property over at least 200 seeds: it never accepts less than its
 * walk-away value; its concessions only go one way unless a reason code says why; personas differ; trivial
 * player strategies do not beat a reasonable one; it is deterministic; and it does not cheat.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  AI_CONTROLLER,
  SIDES,
  unionUtility,
  decide,
  employerUtility,
  legalActions,
  newGame,
  offerFromTerms,
  playGame,
  scriptController,
  stateHash,
  step,
  walkAwayOf,
  type Action,
  type Controller,
  type Decision,
  type GameState,
  type Offer,
  type SideId,
} from '../../src/sim/index';
import { loadScenario } from './helpers';

vi.setConfig({ testTimeout: 120_000 });

const scenario = loadScenario();
const SEEDS = Array.from({ length: 200 }, (_, i) => `ai-${i}`);
const PERSONAS = ['hardliner', 'pragmatist', 'reciprocator', 'conceder'];
/** The reasons a proposal can give (src/sim/ai/bidding.ts, and decide.ts, which renames holding firm). */
const PROPOSAL_REASONS = ['OPENING', 'CONCEDE_ON_TIME', 'TRADE_PACKAGE', 'RECIPROCATE', 'WALKAWAY_ROSE'];

/** Written terms as grid levels; the terms these tests write are always on the grids. */
const offerOf = (terms: unknown, statusQuo: Offer): Offer => {
  const offer = offerFromTerms(scenario, terms, statusQuo);
  if (!offer.ok) throw new Error(offer.error.message);
  return offer.value;
};

const own = (state: GameState, side: SideId, offer: Offer) =>
  side === 'union' ? unionUtility(scenario, offer) : employerUtility(scenario, state.hidden.employerReadAcrossBp, offer);

/** A player's strategy: the actions (without end of turn) it takes this week. */
type Strategy = (state: GameState, side: SideId) => Action[];

/** A strategy as the driver's controller: its actions for the week it is asked about, then the end of turn. */
const strategyController = (start: GameState, side: SideId, strategy: Strategy): Controller =>
  scriptController([{ week: start.week, actions: strategy(start, side) }]);

/**
 * Plays a game: the AI on the sides without a strategy. Calls `watch` with each AI decision and the week's start
 * it was decided from, BMA's then the Government's, week by week.
 */
const play = (
  seed: string,
  players: Record<SideId, string>,
  strategies: Partial<Record<SideId, Strategy>> = {},
  watch?: (state: GameState, side: SideId, decision: Decision) => void,
): GameState => {
  const controllerOf = (start: GameState, side: SideId): Controller => {
    const strategy = strategies[side];
    return strategy ? strategyController(start, side, strategy) : AI_CONTROLLER;
  };
  const played = playGame(newGame(scenario, { seed, players }), (start) => ({ union: controllerOf(start, 'union'), employer: controllerOf(start, 'employer') }));
  for (const week of played.weeks) for (const side of SIDES) for (const d of week.decisions[side]) watch?.(week.start, side, d);
  return played.state;
};

const randomPair = (i: number): Record<SideId, string> => ({ union: `ai:${PERSONAS[i % 4]}`, employer: `ai:${PERSONAS[Math.floor(i / 4) % 4]}` });

describe('the AI bargains rationally', () => {
  it('never accepts a deal worth less to it than its walk-away value, except a conceding union (200 seeds, all persona pairings)', () => {
    let answers = 0;
    SEEDS.forEach((seed, i) => {
      const pair = randomPair(i);
      play(seed, pair, {}, (s, side, d) => {
        if (d.action.type !== 'accept' && d.action.type !== 'putToMembers') return;
        // A conceding union (concession above 1) may sell a deal below its walk-away: the next test.
        if (side === 'union' && pair.union === 'ai:conceder') return;
        const offer = s.negotiation.standing[side === 'union' ? 'employer' : 'union']!.offer;
        expect(own(s, side, offer)).toBeGreaterThanOrEqual(walkAwayOf(s, side));
        answers += 1;
      });
    });
    expect(answers).toBeGreaterThan(50);
  });

  it('a conceding union accepts below its walk-away only a deal its members are expected to pass on its recommendation, and they do', () => {
    const passMark = scenario.referendum.passMarkBp;
    let below = 0;
    let passed = 0;
    SEEDS.slice(0, 100).forEach((seed, i) => {
      let sold = false;
      const end = play(seed, { union: 'ai:conceder', employer: `ai:${PERSONAS[i % 4]}` }, {}, (s, side, d) => {
        if (side !== 'union' || d.action.type !== 'accept') return;
        const offer = s.negotiation.standing.employer!.offer;
        if (own(s, side, offer) >= walkAwayOf(s, side)) return;
        expect(['ACCEPT_MEMBERS_WILL_BACK', 'ACCEPT_POSITION_WEAKER']).toContain(d.reason);
        expect(d.numbers.expectedYes).toBeGreaterThanOrEqual(passMark + 200);
        below += 1;
        sold = true;
      });
      if (sold && end.outcome?.kind === 'deal') passed += 1;
    });
    expect(below).toBeGreaterThan(30);
    // The 2-point margin covers the vote's chance: members pass every deal it sells.
    expect(passed).toBe(below);
  });

  it('concedes monotonically unless a reason code explains a withdrawal (200 seeds)', () => {
    const risingReasons: string[] = [];
    const reasons = new Set<string>();
    let proposals = 0;
    SEEDS.forEach((seed, i) => {
      const last: Partial<Record<SideId, number>> = {};
      const opening = scenario.sides.union.openingOffer;
      if (opening) last.union = unionUtility(scenario, opening);
      play(seed, randomPair(i), {}, (s, side, d) => {
        if (d.action.type !== 'propose') return;
        const offer = offerOf(d.action.offer, s.negotiation.statusQuo);
        const u = own(s, side, offer);
        const before = last[side];
        proposals += 1;
        reasons.add(d.reason);
        if (before !== undefined && u > before) risingReasons.push(d.reason);
        last[side] = u;
        expect(d.message?.length ?? 0).toBeGreaterThan(0);
      });
    });
    expect(proposals).toBeGreaterThan(1000);
    // Every proposal says which rule moved it; the only one that may ask for more than last time is a risen walk-away.
    expect([...reasons].every((r) => PROPOSAL_REASONS.includes(r))).toBe(true);
    expect(risingReasons.length).toBeGreaterThan(0);
    expect(new Set(risingReasons)).toEqual(new Set(['WALKAWAY_ROSE']));
    expect(risingReasons.length).toBeLessThan(proposals / 4);
  });

  it('gives every decision a reason code (upper snake case) and the numbers behind it', () => {
    const played = playGame(newGame(scenario, { seed: 'reasons', players: { union: 'ai', employer: 'ai' } }), { union: AI_CONTROLLER, employer: AI_CONTROLLER }, { maxWeeks: 30 });
    for (const week of played.weeks) {
      for (const d of [...week.decisions.union, ...week.decisions.employer]) {
        expect(d.reason).toMatch(/^[A-Z][A-Z_]+$/);
        expect(Object.values(d.numbers).every(Number.isFinite)).toBe(true);
        expect(d.message ?? '').not.toMatch(/undefined|NaN/); // each number the message names is there
      }
    }
  });
});

const summarise = (games: GameState[]) => {
  const n = games.length;
  const mean = (f: (g: GameState) => number) => games.reduce((a, g) => a + f(g), 0) / n;
  return {
    dealRate: mean((g) => (g.outcome!.kind === 'deal' ? 1 : 0)),
    weeks: mean((g) => g.outcome!.week),
    strikeDays: mean((g) => g.strikes.daysHeld),
    /** Strike days per ten weeks of dispute: a union that settles sooner strikes for fewer weeks. */
    strikeRate: mean((g) => (g.strikes.daysHeld * 10) / (g.outcome!.week + 1)),
    union: mean((g) => g.outcome!.scores.union),
    employer: mean((g) => g.outcome!.scores.employer),
  };
};

describe('personas differ measurably (200 seeds each)', () => {
  it('a hardline union strikes hardest while the dispute lasts, and its score differs from a conceding one', () => {
    const by = (persona: string) => summarise(SEEDS.map((seed) => play(seed, { union: `ai:${persona}`, employer: 'ai:pragmatist' })));
    const hard = by('hardliner');
    const soft = by('conceder');
    const mid = by('pragmatist');
    // Per week of dispute: the hardliner's five-day strikes about every three weeks beat the others' pace.
    expect(hard.strikeRate).toBeGreaterThan(mid.strikeRate + 1);
    expect(hard.strikeRate).toBeGreaterThan(soft.strikeRate + 1);
    // The conceder settles sooner, so it holds fewer strike days in all.
    expect(soft.strikeDays).toBeLessThan(mid.strikeDays);
    expect(Math.abs(hard.union - soft.union)).toBeGreaterThan(1);
  });

  it('a hardline Government settles later and for less than a conceding one, and the union fares differently', () => {
    const by = (persona: string) => summarise(SEEDS.map((seed) => play(seed, { union: 'ai:hardliner', employer: `ai:${persona}` })));
    const hard = by('hardliner');
    const soft = by('conceder');
    expect(soft.union).toBeGreaterThan(hard.union + 1);
    expect(Math.abs(hard.employer - soft.employer)).toBeGreaterThan(1);
    // Both settle almost always now that a vote open at the horizon is counted; the conceder settles sooner.
    expect(soft.weeks).toBeLessThan(hard.weeks - 1);
  });
});

// --- Player strategies against the AI -----------------------------------------------------------------------

const terms = (pay: number, rest: 'max' | 'none'): Record<string, number> =>
  Object.fromEntries(scenario.issues.map((issue, i) => [issue.id, i === 0 ? pay : rest === 'max' ? issue.values[issue.values.length - 1]! : issue.values[0]!]));

const canDo = (s: GameState, a: Action) => !step(s, a).rejected;

/**
 * The same industrial plan for every union strategy, so only bargaining differs: strike for five days every
 * four weeks while the mandate allows, and re-ballot before it lapses.
 */
const unionPlan = (s: GameState): Action[] => {
  const out: Action[] = [];
  const window = legalActions(s, 'union').strikeWindow;
  const last = s.strikes.calls[s.strikes.calls.length - 1];
  if (window && (!last || s.week - last.calledWeek >= 4)) out.push({ side: 'union', type: 'callStrike', start: window.earliest, days: 5 });
  const monday = s.scenario.startDay + 7 * s.week;
  if ((!s.law.mandate || s.law.mandate.until - monday < 56) && s.law.ballot?.status !== 'open') out.push({ side: 'union', type: 'openBallot' });
  return out.filter((a) => canDo(s, a));
};

const UNION_STRATEGIES: Record<string, Strategy> = {
  repeatExtreme: (s) => [{ side: 'union', type: 'propose', offer: terms(30, 'max') }, ...unionPlan(s)],
  alternateTwo: (s) => [{ side: 'union', type: 'propose', offer: s.week % 2 ? terms(30, 'max') : terms(25, 'max') }, ...unionPlan(s)],
  acceptNothing: (s) => unionPlan(s),
  /** Concede steadily from the claim toward a modest target; accept an offer worth at least the current ask. */
  reasonable: (s) => {
    const pay = Math.max(3, 26 - Math.floor(s.week * 0.6) * 1);
    const ask = terms(pay, 'max');
    const standing = s.negotiation.standing.employer;
    const askOffer = offerOf(ask, s.negotiation.statusQuo);
    if (standing && unionUtility(scenario, standing.offer) >= unionUtility(scenario, askOffer) - 1500 && canDo(s, { side: 'union', type: 'accept' })) {
      return [{ side: 'union', type: 'accept' }];
    }
    return [{ side: 'union', type: 'propose', offer: ask }, ...unionPlan(s)];
  },
};

const EMPLOYER_STRATEGIES: Record<string, Strategy> = {
  repeatExtreme: () => [{ side: 'employer', type: 'propose', offer: terms(0, 'none') }],
  alternateTwo: (s) => [{ side: 'employer', type: 'propose', offer: s.week % 2 ? terms(0, 'none') : terms(0.5, 'none') }],
  acceptNothing: () => [],
  /** Offer the non-pay package early, then move on pay up to 3 points; accept a union offer no dearer than that. */
  reasonable: (s) => {
    const pay = Math.min(3, Math.floor(s.week / 8) * 0.5);
    const offer = terms(pay, 'max');
    const standing = s.negotiation.standing.union;
    const mine = offerOf(offer, s.negotiation.statusQuo);
    if (standing && employerUtility(scenario, s.hidden.employerReadAcrossBp, standing.offer) >= employerUtility(scenario, s.hidden.employerReadAcrossBp, mine) && canDo(s, { side: 'employer', type: 'accept' })) {
      return [{ side: 'employer', type: 'accept' }];
    }
    return [{ side: 'employer', type: 'propose', offer }];
  },
};

const meanScore = (side: SideId, strategy: Strategy) => {
  const other: SideId = side === 'union' ? 'employer' : 'union';
  const players = { [side]: 'human', [other]: 'ai' } as Record<SideId, string>;
  const games = SEEDS.map((seed) => play(seed, players, { [side]: strategy }));
  return games.reduce((a, g) => a + g.outcome!.scores[side], 0) / games.length;
};

describe('trivial strategies do not beat a reasonable one (200 seeds each)', () => {
  it('as the BMA', () => {
    const reasonable = meanScore('union', UNION_STRATEGIES.reasonable!);
    for (const name of ['repeatExtreme', 'alternateTwo', 'acceptNothing']) {
      expect(meanScore('union', UNION_STRATEGIES[name]!), name).toBeLessThanOrEqual(reasonable);
    }
  });

  it('as the Government', () => {
    const reasonable = meanScore('employer', EMPLOYER_STRATEGIES.reasonable!);
    for (const name of ['repeatExtreme', 'alternateTwo', 'acceptNothing']) {
      expect(meanScore('employer', EMPLOYER_STRATEGIES[name]!), name).toBeLessThanOrEqual(reasonable);
    }
  });
});

describe('fair and deterministic', () => {
  it('the same seed gives the same decisions (200 seeds)', () => {
    SEEDS.forEach((seed, i) => {
      const a: string[] = [];
      const b: string[] = [];
      const x = play(seed, randomPair(i), {}, (_, side, d) => a.push(`${side}:${d.reason}:${JSON.stringify(d.action)}`));
      const y = play(seed, randomPair(i), {}, (_, side, d) => b.push(`${side}:${d.reason}:${JSON.stringify(d.action)}`));
      expect(b).toEqual(a);
      expect(stateHash(y)).toBe(stateHash(x));
    });
  });

  it("does not cheat: changing the other side's private values leaves decide unchanged (200 seeds)", () => {
    const otherWeights = {
      ...scenario,
      issues: scenario.issues.map((issue, i) => ({ ...issue, unionWeightBp: [1000, 3000, 3000, 3000][i] ?? issue.unionWeightBp, unionValueBp: issue.unionValueBp.map((v) => 10000 - v) })),
    };
    let checked = 0;
    SEEDS.forEach((seed, i) => {
      play(seed, randomPair(i), {}, (s, side, d) => {
        if (d.action.type !== 'endTurn' || s.week % 3 !== 0) return;
        const at = { ...s, turn: { ...s.turn, [side]: { actions: [], ended: false } } };
        const expected = decide(at, side);
        const disguised: GameState =
          side === 'employer'
            ? {
                ...at,
                scenario: otherWeights,
                hidden: { ...at.hidden, unionFloorX100: at.hidden.unionFloorX100 + 300 },
                union: { ...at.union, moraleBp: 10000 - at.union.moraleBp, angerBp: 10000 - at.union.angerBp, resistanceX100: at.union.resistanceX100 + 500 },
              }
            : { ...at, hidden: { ...at.hidden, employerReadAcrossBp: at.hidden.employerReadAcrossBp === 22000 ? 30000 : 22000 } };
        expect(decide(disguised, side)).toEqual(expected);
        checked += 1;
      });
    });
    expect(checked).toBeGreaterThan(500);
  });
});
