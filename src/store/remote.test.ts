import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seatEvents, seatState, type SeatView } from '../classroom/seat-view';
import { newGame, step, type Action, type GameState, type SideId, type SimEvent } from '../sim/index';
import { ROOT } from '../../test/unit/helpers';
import { MemoryStorage } from '../../test/unit/memory-storage';
import { createCatalogue } from './catalogue';
import { createGameStore } from './game-store';
import { isHotSeat } from './hot-seat';
import { sessionFromView, type RemoteSeat } from './remote';
import { viewSide } from './session';

const file = { fileName: 'resident-doctors-2025.yaml', text: readFileSync(`${ROOT}/scenarios/resident-doctors-2025.yaml`, 'utf8') };
const catalogue = createCatalogue([file]);
const scenario = catalogue.get('resident-doctors-2025')!;
const players = { union: 'human', employer: 'human' } as const;

/** What the server would send `side` after the moves so far (the same redaction as the real rooms). */
const viewOf = (state: GameState, side: SideId, events: readonly SimEvent[] = []): SeatView => ({
  side,
  roomId: 'room',
  scenarioId: scenario.id,
  seq: 0,
  state: seatState(state, side),
  events: seatEvents(events, side),
  clock: { paused: false, deadline: null, classEnded: false },
  opponent: { name: 'Ben', ai: false, connected: true },
});

const play = (state: GameState, actions: readonly Action[]) => {
  let events: SimEvent[] = [];
  for (const a of actions) {
    const r = step(state, a);
    if (r.rejected) throw new Error(r.rejected.message);
    state = r.state;
    events = [...r.events];
  }
  return { state, events };
};

describe('a class game session, from the server’s views', () => {
  const start = newGame(scenario, { seed: 'class', players });

  it('plays the seat’s side only, and is not hot-seat though both sides are people', () => {
    const session = sessionFromView(null, viewOf(start, 'employer'), scenario);
    expect(viewSide(session)).toBe('employer');
    expect(isHotSeat(session.setup)).toBe(false);
    expect(session.state.hidden.unionFloorX100).toBe(0); // the other side's hidden value stays out
    expect(session.state.hidden.employerReadAcrossBp).toBe(start.hidden.employerReadAcrossBp);
  });

  it('says who holds the other seat in the state, for par: a person, or the AI as its side’s default persona', () => {
    const person = sessionFromView(null, viewOf(start, 'union'), scenario);
    expect(person.state.players).toEqual({ union: 'human', employer: 'human' });
    const computer = sessionFromView(null, { ...viewOf(start, 'union'), opponent: { name: 'AI', ai: true, connected: true } }, scenario);
    expect(computer.state.players).toEqual({ union: 'human', employer: `ai:${scenario.sides.employer.defaultPersona}` });
    expect(computer.setup.players).toEqual(players); // the screens never read the AI's reasons from a seat's view
  });

  it('lists the seat’s queued moves as the player chose them (a reload shows them again)', () => {
    const { state } = play(start, [{ side: 'union', type: 'statement', tone: 'firm' }, { side: 'union', type: 'openBallot' }]);
    const session = sessionFromView(null, viewOf(state, 'union'), scenario);
    expect(session.log).toEqual([{ side: 'union', type: 'statement', tone: 'firm' }, { side: 'union', type: 'openBallot' }]);
  });

  it('reports a resolved week once, not again when the same view is sent again', () => {
    const before = sessionFromView(null, viewOf(start, 'union'), scenario);
    const { state, events } = play(start, [{ side: 'union', type: 'endTurn' }, { side: 'employer', type: 'endTurn' }]);
    const resolved = sessionFromView(before, viewOf(state, 'union', events), scenario);
    expect(resolved.resolved).toBe(true);
    expect(resolved.lastWeek?.week).toBe(0);
    const again = sessionFromView(resolved, viewOf(state, 'union', events), scenario);
    expect(again.resolved).toBe(false);
    expect(again.lastWeek).toBe(resolved.lastWeek);
  });

  it('ends the week it was in when a view shows the next week without the resolution (a view missed)', () => {
    const before = sessionFromView(null, viewOf(start, 'union'), scenario);
    const { state } = play(start, [{ side: 'union', type: 'endTurn' }, { side: 'employer', type: 'endTurn' }]);
    const moved = sessionFromView(before, viewOf(state, 'union'), scenario);
    expect(moved.resolved).toBe(true);
    expect(moved.lastWeek?.week).toBe(0);
  });
});

describe('the store in a class game', () => {
  const sent: unknown[] = [];
  const remote: RemoteSeat = { send: (a) => sent.push(a), takeBack: (i) => sent.push({ takeBack: i }), leave: () => sent.push('left') };
  const store = createGameStore({ catalogue, storage: new MemoryStorage() });
  const start = newGame(scenario, { seed: 'class', players });
  store.getState().seatView(viewOf(start, 'union'), scenario, remote);

  it('sends a legal move to the server without its side, and changes nothing until the server’s view', () => {
    expect(store.getState().dispatch({ side: 'union', type: 'statement', tone: 'firm' })).toBeNull();
    expect(sent).toEqual([{ type: 'statement', tone: 'firm' }]);
    expect(store.getState().session!.log).toEqual([]);
  });

  it('refuses an illegal move itself, sending nothing', () => {
    const rejection = store.getState().dispatch({ side: 'union', type: 'accept' });
    expect(rejection?.reason).toBe('no-offer');
    expect(sent).toHaveLength(1);
  });

  it('asks the server to take back a move the seat queued, and nothing when there is no such move', () => {
    const queued = play(start, [{ side: 'union', type: 'statement', tone: 'firm' }]).state;
    store.getState().seatView(viewOf(queued, 'union'), scenario, remote);
    expect(store.getState().session!.log).toHaveLength(1);
    const before = sent.length;
    store.getState().withdraw(0);
    store.getState().withdraw(1);
    expect(sent.slice(before)).toEqual([{ takeBack: 0 }]);
    expect(store.getState().session!.log).toHaveLength(1); // gone only when the server's view says so
  });

  it('never saves a class game over the player’s own save, and lets go of the seat on leaving', () => {
    const storage = new MemoryStorage();
    const own = createGameStore({ catalogue, storage });
    own.getState().seatView(viewOf(start, 'union'), scenario, remote);
    own.getState().dispatch({ side: 'union', type: 'endTurn' });
    expect(storage.getItem('standoff:save')).toBeNull();
    own.getState().leaveClass();
    expect(own.getState().session).toBeNull();
    expect(sent.at(-1)).toBe('left');
  });
});
