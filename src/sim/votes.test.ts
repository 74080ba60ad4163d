// Members' votes as the union's choices: their length and whether action continues, their turnout, and a vote
// still open at the horizon, which is counted before the game ends.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { voteLengthTiltBp, voteTurnoutBp } from './law';
import { legalActions } from './legal';
import { newGame } from './new-game';
import { referendumYesBp } from './resolve';
import { parseScenarioText } from './scenario/parse';
import type { Scenario } from './scenario/types';
import { step } from './step';
import type { Action, GameState, SimEvent } from './types';

const parsed = parseScenarioText(readFileSync(fileURLToPath(new URL('../../scenarios/resident-doctors-2025.yaml', import.meta.url)), 'utf8'));
if (!parsed.ok) throw new Error('scenario');
const sc = parsed.value;
const fresh = (scenario: Scenario = sc): GameState => newGame(scenario, { seed: 'votes', players: { union: 'human', employer: 'human' } });

const play = (s: GameState, a: Action): { state: GameState; events: readonly SimEvent[] } => {
  const r = step(s, a);
  if (r.rejected) throw new Error(r.rejected.message);
  return r;
};
/** Both sides' moves for a week, then both end it: the state after and the week's events. */
const week = (s: GameState, actions: Action[] = []): { state: GameState; events: SimEvent[] } => {
  const events: SimEvent[] = [];
  let state = s;
  for (const a of [...actions, { side: 'union', type: 'endTurn' } as const, { side: 'employer', type: 'endTurn' } as const]) {
    const r = play(state, a);
    state = r.state;
    events.push(...r.events);
  }
  return { state, events };
};
const top = (scenario: Scenario) => Object.fromEntries(scenario.issues.map((i) => [i.id, i.values[i.values.length - 1]!]));
const middle = (scenario: Scenario) => Object.fromEntries(scenario.issues.map((i) => [i.id, i.values[Math.floor(i.values.length / 2)]!]));
/** Week 1, with a Government offer of the middle of every range on the table. */
const offered = (): GameState => week(fresh(), [{ side: 'employer', type: 'propose', offer: middle(sc) }]).state;

describe("members' votes: the union's choices and their legality", () => {
  const s = offered();
  it('refuses a length outside 1–4 weeks, naming the field', () => {
    for (const voteWeeks of [0, 5, 2.5, Number.NaN, '2' as unknown as number]) {
      const r = step(s, { side: 'union', type: 'accept', voteWeeks });
      expect(r.rejected?.reason, String(voteWeeks)).toBe('out-of-range');
      expect(r.rejected!.message).toMatch(/voteWeeks/);
      expect(r.state).toBe(s);
    }
  });
  it('refuses a continueAction that is not true or false, naming the field', () => {
    const r = step(s, { side: 'union', type: 'putToMembers', continueAction: 'yes' as unknown as boolean });
    expect(r.rejected?.reason).toBe('malformed');
    expect(r.rejected!.message).toMatch(/continueAction/);
  });
  it("refuses the Government's setting how the union's members vote", () => {
    let g = week(fresh(), [{ side: 'union', type: 'propose', offer: top(sc) }]).state;
    expect(step(g, { side: 'employer', type: 'accept', voteWeeks: 2 }).rejected?.reason).toBe('not-your-lever');
    g = play(g, { side: 'employer', type: 'accept' }).state;
    expect(g.turn.employer.actions).toEqual([{ type: 'accept' }]);
  });
  it('records the chosen length and continuing action; a plain accept queues what it always did', () => {
    expect(play(s, { side: 'union', type: 'accept' }).state.turn.union.actions).toEqual([{ type: 'accept' }]);
    const chosen = play(s, { side: 'union', type: 'accept', voteWeeks: 2, continueAction: true }).state;
    expect(chosen.turn.union.actions).toEqual([{ type: 'accept', vote: { weeks: 2, continueAction: true } }]);
    const { state, events } = week(s, [{ side: 'union', type: 'accept', voteWeeks: 2, continueAction: true }]);
    expect(state.negotiation.referendum).toMatchObject({ opened: 1, closesWeek: 3, continueAction: true, recommended: true });
    expect(events).toContainEqual(expect.objectContaining({ type: 'referendumOpened', weeks: 2, continueAction: true, closesWeek: 3 }));
    const plain = week(s, [{ side: 'union', type: 'accept' }]).state.negotiation.referendum!;
    expect(plain.closesWeek).toBe(1 + sc.referendum.weeks);
    expect('continueAction' in plain).toBe(false);
  });
});

describe("members' votes: turnout and who turns out", () => {
  const s = offered();
  it('a shorter vote reaches fewer members; angrier, prouder members turn out more', () => {
    const turnouts = [1, 2, 3, 4].map((w) => voteTurnoutBp(sc, s, w, 5000));
    expect(turnouts).toEqual([...turnouts].sort((a, b) => a - b));
    expect(turnouts[0]).toBeLessThan(turnouts[3]!);
    const roused = { ...s, union: { ...s.union, angerBp: s.union.angerBp + 2000, moraleBp: s.union.moraleBp + 1000 } };
    expect(voteTurnoutBp(sc, roused, 2, 5000)).toBeGreaterThan(voteTurnoutBp(sc, s, 2, 5000));
    expect(voteTurnoutBp(sc, s, 4, 9999)).toBeGreaterThan(voteTurnoutBp(sc, s, 4, 0));
  });
  it("a vote of the scenario's own length is unchanged; a short one leans the committee's way", () => {
    const offer = s.negotiation.standing.employer!.offer;
    expect(voteLengthTiltBp(sc, s, sc.referendum.weeks, true)).toBe(0);
    expect(referendumYesBp(s, offer, true, 5000, sc.referendum.weeks)).toBe(referendumYesBp(s, offer, true, 5000));
    expect(referendumYesBp(s, offer, true, 5000, 1)).toBeGreaterThan(referendumYesBp(s, offer, true, 5000));
    expect(referendumYesBp(s, offer, false, 5000, 1)).toBeLessThan(referendumYesBp(s, offer, false, 5000));
    // (T0 − T) × lean / T with the scenario's figures: a one-week vote moves the yes share by a few points.
    const tilt = voteLengthTiltBp(sc, s, 1, true);
    expect(tilt).toBeGreaterThan(200);
    expect(tilt).toBeLessThan(1500);
  });
  it('the count reports the turnout and the length', () => {
    let state = week(s, [{ side: 'union', type: 'accept', voteWeeks: 1 }]).state;
    const { events } = week(state);
    const closed = events.find((e) => e.type === 'referendumClosed');
    expect(closed).toMatchObject({ weeks: 1, turnoutBp: voteTurnoutBp(sc, state, 1, state.world[2]![0]!) });
    state = week(s, [{ side: 'union', type: 'accept', voteWeeks: 4 }]).state;
    for (let i = 0; i < 3; i += 1) state = week(state).state;
    const four = week(state).events.find((e) => e.type === 'referendumClosed');
    expect(four).toMatchObject({ weeks: 4 });
  });
});

describe("members' votes: action during the vote", () => {
  const s = fresh();
  const earliest = legalActions(s, 'union').strikeWindow!.earliest;
  /** A strike called in week 0 for the earliest day; the union accepts in week 1, before it starts. */
  const setUp = (accept: Action) => {
    const state = week(s, [
      { side: 'union', type: 'callStrike', start: earliest, days: 5 },
      { side: 'employer', type: 'propose', offer: middle(sc) },
    ]).state;
    const opened = week(state, [accept]);
    return { opened, after: week(opened.state) };
  };
  it('by default a vote calls off notified strike days', () => {
    const run = setUp({ side: 'union', type: 'accept', voteWeeks: 4 });
    expect(run.opened.events.some((e) => e.type === 'strikeSuspended')).toBe(true);
    const held = [...run.opened.events, ...run.after.events].filter((e) => e.type === 'strikeDaysHeld');
    expect(held).toEqual([]);
  });
  it('with continueAction the notified strike days go ahead while members vote', () => {
    const run = setUp({ side: 'union', type: 'accept', voteWeeks: 4, continueAction: true });
    expect(run.opened.events.some((e) => e.type === 'strikeSuspended')).toBe(false);
    expect(run.opened.state.negotiation.referendum).not.toBeNull();
    const held = [...run.opened.events, ...run.after.events].filter((e) => e.type === 'strikeDaysHeld');
    expect(held.length).toBeGreaterThan(0);
    expect(run.after.state.strikes.daysHeld).toBe(5);
  });
});

describe('a vote still open at the horizon is counted', () => {
  const short: Scenario = { ...sc, horizonWeeks: 3 };
  /** The Government offers the union's whole claim in week 0; the union answers in the last week (2). */
  const toTheEnd = (answer: Action) => {
    let state = week(fresh(short), [{ side: 'employer', type: 'propose', offer: top(short) }]).state;
    state = week(state).state;
    return week(state, [answer]);
  };

  it('the game runs on past the horizon, with only the end of the week open, until the vote closes', () => {
    let { state } = toTheEnd({ side: 'union', type: 'accept', voteWeeks: 2 });
    expect(state.outcome).toBeNull();
    expect(state.week).toBe(3);
    const legal = legalActions(state, 'union').actions.filter((a) => a.available).map((a) => a.type);
    expect(legal).toEqual(['endTurn']);
    expect(step(state, { side: 'employer', type: 'statement', tone: 'firm' }).rejected?.reason).toBe('past-horizon');
    state = week(state).state;
    expect(state.outcome).toBeNull();
    expect(state.week).toBe(4);
    const last = week(state);
    expect(last.events).toContainEqual(expect.objectContaining({ type: 'referendumClosed', passed: true, weeks: 2 }));
    expect(last.state.outcome).toMatchObject({ kind: 'deal', week: 4 });
    expect(last.state.outcome!.terms).toEqual(short.issues.map((i) => i.values.length - 1));
  });

  it('a vote that fails past the horizon ends the game as a deadline', () => {
    // The status quo put to members without a recommendation fails.
    let state = week(fresh(short)).state;
    state = week(state, [{ side: 'employer', type: 'propose', offer: {} }]).state;
    let run = week(state, [{ side: 'union', type: 'putToMembers', voteWeeks: 2 }]);
    expect(run.state.outcome).toBeNull();
    run = week(run.state);
    expect(run.state.outcome).toBeNull();
    run = week(run.state);
    expect(run.events).toContainEqual(expect.objectContaining({ type: 'referendumClosed', passed: false }));
    expect(run.state.outcome).toMatchObject({ kind: 'deadline', week: 4, terms: null });
  });

  it('without a vote open the horizon ends the game as before', () => {
    let state = fresh(short);
    for (let i = 0; i < 3; i += 1) state = week(state).state;
    expect(state.outcome).toMatchObject({ kind: 'deadline', week: 2 });
  });
});
