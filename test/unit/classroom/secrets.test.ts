// Private briefs stay private on the wire: every message each student receives over a whole game is recorded and
// searched for the other side's private numbers, as the server's own log of the game has them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIDES, otherSide, step, type GameState, type SideId } from '../../../src/sim';
import type { Classroom } from '../../../src/server/app';
import { PairGame, type PairEntry } from '../../../src/server/pair-game';
import { bundledScenario } from '../../../src/server/scenarios';
import { seatStudents, startTestServer } from './server-helpers';

/** Every number in a message with where it was, for a readable failure. */
const numbersIn = (value: unknown, path = '', out: [string, number][] = []): [string, number][] => {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => numbersIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) numbersIn(v, `${path}.${k}`, out);
  return out;
};

/** Every state the game passed through, rebuilt from the server's log. */
const statesOf = (entries: readonly PairEntry[]): GameState[] => {
  const game = PairGame.fromLog(entries.slice(0, 1), bundledScenario);
  const states = [game.state];
  let state = game.state;
  for (const e of entries) if (e.t === 'act') for (const a of e.actions) states.push((state = step(state, a).state));
  return states;
};

/** A side's private values over the game: its hidden value, private figures and walk-aways (those of 3+ digits). */
const privateNumbers = (states: readonly GameState[], side: SideId): Set<number> => {
  const values = states.flatMap((s) => [
    ...(side === 'union'
      ? [s.hidden.unionFloorX100, s.union.resistanceX100, s.union.fundK, s.union.moraleBp, s.union.angerBp, s.union.grievanceBp]
      : [s.hidden.employerReadAcrossBp, s.employer.headroomK]),
    ...s.history.flatMap((w) => [w.walkAway[side], ...w.offers.map((o) => o.utility[side])]),
  ]);
  return new Set(values.filter((v) => Math.abs(v) >= 100));
};

/**
 * Numbers `viewer` may see in a state: every number but the other side's private ones (this test's own list of
 * them, written apart from the server's redaction) and the future draws. A private value that equals one of these
 * by chance is no evidence of a leak.
 */
const seenNumbers = (s: GameState, viewer: SideId): Set<number> => {
  const other = otherSide(viewer);
  const { scenario: _s, world: _w, hidden, union, employer, beliefs, history, turn, ...rest } = s;
  const visible = [
    rest,
    viewer === 'union' ? { hidden: hidden.unionFloorX100, union } : { hidden: hidden.employerReadAcrossBp, employer },
    { ...employer, headroomK: null },
    beliefs[viewer],
    turn[viewer],
    history.map(({ walkAway, offers, moraleBp, angerBp, payCostKPerYear, ...week }) => [
      week,
      walkAway[viewer],
      offers.map((o) => [o.offer, o.utility[viewer]]),
      other === 'union' ? payCostKPerYear : [moraleBp, angerBp],
    ]),
  ];
  return new Set(numbersIn(visible).map(([, v]) => v));
};

let server: Classroom;
const received: Record<SideId, unknown[]> = { union: [], employer: [] };
let states: GameState[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const inbox: unknown[][] = [[], []];
  const { bots, teacher } = await seatStudents(server, 2, [{ record: (t, m) => inbox[0]!.push({ t, m }) }, { record: (t, m) => inbox[1]!.push({ t, m }) }], 'resident-doctors-2025');
  await Promise.all(bots.map((b) => b.finished));
  for (const [i, bot] of bots.entries()) received[bot.seat!.side] = inbox[i]!;
  const roomId = bots[0]!.seat!.roomId;
  states = statesOf((await server.log.read(`pair-${roomId}`)) as PairEntry[]);
  await Promise.all(bots.map((b) => b.leave()));
  await teacher.leave();
}, 120_000);

afterAll(() => server.close());

describe("the other side's private values never reach a student", () => {
  it('recorded a whole game', () => {
    expect(states.at(-1)!.outcome).not.toBeNull();
    for (const side of SIDES) expect(received[side].length).toBeGreaterThan(10);
  });

  for (const side of SIDES) {
    it(`the ${side} seat receives none of the ${otherSide(side)}'s private numbers, and its own do reach it`, () => {
      const mine = numbersIn(received[side]);
      const seen = new Set(states.flatMap((s) => [...seenNumbers(s, side)]));
      const secret = new Set([...privateNumbers(states, otherSide(side))].filter((v) => !seen.has(v)));
      expect(secret.size).toBeGreaterThan(20);
      expect(mine.filter(([, v]) => secret.has(v)).map(([path, v]) => `${path}=${v}`)).toEqual([]);
      const own = privateNumbers(states, side);
      expect(mine.some(([, v]) => own.has(v))).toBe(true);
    });
  }

  it('no seed and no future draws reach either seat', () => {
    for (const side of SIDES) {
      const text = JSON.stringify(received[side]);
      expect(text).not.toContain(states[0]!.seed);
      expect(text).not.toMatch(/"world":\[\[/);
    }
  });
});
