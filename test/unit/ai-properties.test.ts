/**
 * No silly moves, as properties over random games: the AI on one side (a random persona) against either the
 * AI (another random persona) or random, often illegal, moves on the other. Whatever happens, the AI never
 * accepts terms worse than an offer it let pass unless its position weakened and its reason code says so;
 * never strikes once a deal is agreed; never strikes while the Government's standing offer meets its own
 * demand; never takes back part of an offer without a reason code; and never stays silent in a live dispute.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unionUtility, employerUtility, newGame, otherSide, playWeek, scriptController, type Action, type Controllers, type GameState, type Offer, type SideId } from '../../src/sim/index';
import { AI_CONTROLLER, type PlayedWeek } from '../../src/sim/play';
import { weeksOfMoves } from './arbitraries';
import { loadScenario } from './helpers';

const scenario = loadScenario();
const RUNS = Math.max(10, Math.round(Number(process.env.STANDOFF_PROPERTY_RUNS ?? 1000) / 25));
const PERSONAS = scenario.sides.union.personas;

const utility = (state: GameState, side: SideId, offer: Offer): number =>
  side === 'union' ? unionUtility(scenario, offer) : employerUtility(scenario, state.hidden.employerReadAcrossBp, offer);

interface Game {
  readonly seed: string;
  readonly aiSide: SideId;
  readonly persona: string;
  readonly other: { readonly ai: string } | { readonly moves: readonly (readonly [readonly Action[], readonly Action[]])[] };
}

const gameArb: fc.Arbitrary<Game> = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }).map(String),
  aiSide: fc.constantFrom<SideId>('union', 'employer'),
  persona: fc.constantFrom(...PERSONAS),
  other: fc.oneof(fc.constantFrom(...PERSONAS).map((p) => ({ ai: p })), weeksOfMoves(scenario, scenario.horizonWeeks).map((moves) => ({ moves: moves as readonly (readonly [Action[], Action[]])[] }))),
});

/** Plays a whole game, returning every week played with the AI's decisions. */
const playAll = (g: Game): PlayedWeek[] => {
  const otherId = otherSide(g.aiSide);
  const players = { [g.aiSide]: `ai:${g.persona}`, [otherId]: 'ai' in g.other ? `ai:${g.other.ai}` : 'human' } as Record<SideId, string>;
  let state = newGame(scenario, { seed: g.seed, players: players as never });
  const script =
    'moves' in g.other
      ? scriptController(g.other.moves.map(([union, employer], week) => ({ week, actions: (otherId === 'union' ? union : employer).map(({ side: _side, ...a }) => a) })))
      : AI_CONTROLLER;
  const controllers = { [g.aiSide]: AI_CONTROLLER, [otherId]: script } as unknown as Controllers;
  const weeks: PlayedWeek[] = [];
  while (!state.outcome) {
    const week = playWeek(state, controllers);
    weeks.push(week);
    state = week.state;
  }
  return weeks;
};

const aiSides = (g: Game): SideId[] => ('ai' in g.other ? ['union', 'employer'] : [g.aiSide]);

describe('the AI makes no silly moves (random games)', () => {
  it('never accepts terms worse than an offer it let pass, unless its walk-away fell and the reason says so', () => {
    fc.assert(
      fc.property(gameArb, (g) => {
        for (const week of playAll(g)) {
          for (const side of aiSides(g)) {
            const accept = week.decisions[side].find((d) => d.action.type === 'accept' || d.action.type === 'putToMembers');
            const standing = week.start.negotiation.standing[otherSide(side)];
            if (!accept || !standing) continue;
            const u = utility(week.start, side, standing.offer);
            const passed = week.start.history.flatMap((w) => w.offers.filter((o) => o.from !== side && w.week < standing.week)).map((o) => utility(week.start, side, o.offer));
            const best = Math.max(-Infinity, ...passed);
            if (u >= best) continue;
            expect(accept.reason).toBe('ACCEPT_POSITION_WEAKER');
            expect(accept.numbers.walkAway!).toBeLessThan(accept.numbers.walkAwayThen!);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never strikes once a deal is agreed, nor while the Government\u2019s standing offer meets its own demand', () => {
    fc.assert(
      fc.property(gameArb, (g) => {
        if (!aiSides(g).includes('union')) return;
        for (const week of playAll(g)) {
          const decisions = week.decisions.union;
          if (!decisions.some((d) => d.action.type === 'callStrike')) continue;
          expect(week.start.negotiation.referendum).toBeNull();
          expect(decisions.some((d) => d.action.type === 'accept' || d.action.type === 'putToMembers')).toBe(false);
          const employer = week.start.negotiation.standing.employer;
          const own = week.start.negotiation.standing.union;
          if (employer && own) expect(unionUtility(scenario, employer.offer)).toBeLessThan(unionUtility(scenario, own.offer));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never takes back part of its offer, or withdraws it, without a reason code that says why', () => {
    fc.assert(
      fc.property(gameArb, (g) => {
        for (const week of playAll(g)) {
          for (const side of aiSides(g)) {
            const own = week.start.negotiation.standing[side];
            for (const d of week.decisions[side]) {
              expect(d.action.type).not.toBe('withdraw');
              if (d.action.type !== 'propose' || !own) continue;
              const before = utility(week.start, side, own.offer);
              const after = d.numbers.offerUtility!;
              // On its own scale, an offer worth more to the side than its standing one asks for more back.
              if (after > before + 1) expect(d.reason).toBe('WALKAWAY_ROSE');
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never leaves a live dispute without a message for more than two weeks', () => {
    fc.assert(
      fc.property(gameArb, (g) => {
        for (const side of aiSides(g)) {
          let quiet = 0;
          for (const week of playAll(g)) {
            const said = week.messages.some((m) => m.side === side);
            quiet = said ? 0 : quiet + 1;
            expect(quiet).toBeLessThanOrEqual(2);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
