// Taking back a move queued in a class game: only the seat's own, only while its turn is open, logged durably so a
// rebuilt room has the same game, and never seen by the other seat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyStats, SeatBot } from '../../../src/classroom/bot';
import type { ErrorMessage, SeatView } from '../../../src/classroom/protocol';
import { TeacherLink } from '../../../src/classroom/teacher';
import type { Classroom } from '../../../src/server/app';
import { PairGame, type PairEntry } from '../../../src/server/pair-game';
import { pairStream } from '../../../src/server/context';
import { bundledScenario } from '../../../src/server/scenarios';
import { stateHash } from '../../../src/sim';
import { endpointOf, scenarioOf, startTestServer, tempDir } from './server-helpers';

const OFFER = { pay: 7, studyLeave: 2, rotaNotice: 4 };
const logDir = tempDir();
let server: Classroom;
let teacher: TeacherLink;
/** The union's seat (takes moves back) and the employer's (watches, and tries to take the union's back). */
let union: SeatBot;
let employer: SeatBot;
/** Every message the employer's seat receives, in order. */
const employerHeard: { type: string; message: unknown }[] = [];

const waitFor = async (test: () => boolean): Promise<void> => {
  while (!test()) await new Promise((r) => setTimeout(r, 20));
};
const viewsHeard = () => employerHeard.filter((m) => m.type === 'view').map((m) => m.message as SeatView);
const game = async (): Promise<PairGame> => PairGame.fromLog((await server.log.read(pairStream(union.seat!.roomId))) as PairEntry[], bundledScenario);

beforeAll(async () => {
  server = await startTestServer({ logDir });
  const endpoint = endpointOf(server);
  teacher = await TeacherLink.join(endpoint, server.code, server.teacherKey);
  union = new SeatBot(endpoint, scenarioOf, emptyStats(), { stopAtWeek: 0 });
  employer = new SeatBot(endpoint, scenarioOf, emptyStats(), { stopAtWeek: 0, record: (type, message) => employerHeard.push({ type: String(type), message }) });
  await union.joinClass(server.code, 'Una');
  await employer.joinClass(server.code, 'Emil');
  const roster = await teacher.until((r) => r.waiting.length === 2);
  const id = (name: string) => roster.waiting.find((w) => w.name === name)!.id;
  teacher.send({ type: 'pair', a: id('Una'), b: id('Emil'), aSide: 'union', scenarioId: 'tutorial', seed: 'take-back' });
  await Promise.all([union.takeSeat(), employer.takeSeat()]);
  await waitFor(() => union.view !== null && employer.view !== null);
}, 120_000);

afterAll(async () => {
  await Promise.all([union.leave(), employer.leave()]);
  await teacher.leave();
  await server.close();
});

describe('taking back a queued move', () => {
  it('takes back the seat’s own move by its place in the queue; the seat is told, the other seat hears nothing', async () => {
    expect(await union.act({ type: 'statement', tone: 'firm' })).toMatchObject({ ok: true });
    expect(await union.act({ type: 'propose', offer: OFFER })).toMatchObject({ ok: true });
    expect(union.view!.state.turn.union.actions.map((a) => a.type)).toEqual(['statement', 'propose']);
    const heardBefore = employerHeard.length;
    const ack = await union.takeBack(1);
    expect(ack).toMatchObject({ ok: true });
    await waitFor(() => union.view!.state.turn.union.actions.length === 1);
    expect(union.view!.state.turn.union.actions.map((a) => a.type)).toEqual(['statement']);
    expect(union.view!.seq).toBe(ack.ok ? ack.seq : -1);
    // Give any stray message time to arrive: none does.
    await new Promise((r) => setTimeout(r, 300));
    expect(employerHeard.slice(heardBefore)).toEqual([]);
    const server1 = await game();
    expect(server1.state.turn.union.actions.map((a) => a.type)).toEqual(['statement']);
    expect(server1.moves.map((a) => a.type)).toEqual(['statement']);
  });

  it('cannot take back the other seat’s move: no index reaches it, and naming a side is refused', async () => {
    const errors: ErrorMessage[] = [];
    const off = employer.pair!.onMessage('error', (e: ErrorMessage) => errors.push(e));
    expect(await employer.takeBack(0)).toMatchObject({ ok: false, reason: 'no-such-move' });
    employer.pair!.send('takeBack', { id: 99, index: 0, side: 'union' });
    await waitFor(() => errors.length === 1);
    off();
    expect(errors[0]).toMatchObject({ code: 'bad-message', id: 99 });
    expect((await game()).state.turn.union.actions.map((a) => a.type)).toEqual(['statement']);
  });

  it('is refused once the seat has ended its turn, and for a move that is not there', async () => {
    expect(await union.takeBack(5)).toMatchObject({ ok: false, reason: 'no-such-move' });
    expect(await union.act({ type: 'endTurn' })).toMatchObject({ ok: true });
    expect(await union.takeBack(0)).toMatchObject({ ok: false, reason: 'turn-ended' });
    expect((await game()).state.turn.union.actions).toHaveLength(1);
  });

  it('leaves no trace for the other seat when the week is played: the offer taken back was never made', async () => {
    const opening = employer.view!.state.negotiation.standing.union?.offer ?? null;
    expect(await employer.act({ type: 'endTurn' })).toMatchObject({ ok: true });
    await waitFor(() => employer.view!.state.week === 1);
    expect(viewsHeard().flatMap((v) => v.events).filter((e) => e.type === 'offerMade')).toEqual([]);
    expect(employer.view!.state.negotiation.standing.union?.offer ?? null).toEqual(opening);
  });

  it('is replayed from the log to the very game the room holds (same state hash and count of moves)', async () => {
    const before = await teacher.until((r) => r.pairs.some((p) => p.week === 1));
    const pair = before.pairs.find((p) => p.roomId === union.seat!.roomId)!;
    const rebuilt = await game();
    expect(stateHash(rebuilt.state)).toBe(pair.stateHash);
    expect(rebuilt.seq).toBe(pair.seq);
  });
});
