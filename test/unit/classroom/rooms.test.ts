// The class lobby and the game rooms: who may join, who may do what, and how the rules answer.
import { readFileSync } from 'node:fs';
import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyStats, SeatBot } from '../../../src/classroom/bot';
import type { ErrorMessage, SeatView } from '../../../src/classroom/protocol';
import { TeacherLink } from '../../../src/classroom/teacher';
import type { Classroom } from '../../../src/server/app';
import type { ParTable } from '../../../src/share/par';
import { endpointOf, scenarioOf, startTestServer } from './server-helpers';

let server: Classroom;
let endpoint: string;
let teacher: TeacherLink;
/** Two students seated in one game by the teacher, who do not play by themselves (they stop before week 0). */
let a: SeatBot;
let b: SeatBot;
let other: SeatBot;

const nextMessage = <T>(bot: SeatBot, type: string, test: (m: T) => boolean = () => true): Promise<T> =>
  new Promise((resolve) => {
    const room = bot.pair!;
    const off = room.onMessage(type, (m: T) => {
      if (!test(m)) return;
      off();
      resolve(m);
    });
  });

/** Resolves once `test` holds, checking every 20 ms. */
const waitFor = async (test: () => boolean): Promise<void> => {
  while (!test()) await new Promise((r) => setTimeout(r, 20));
};

beforeAll(async () => {
  server = await startTestServer();
  endpoint = endpointOf(server);
  teacher = await TeacherLink.join(endpoint, server.code, server.teacherKey);
  const stats = emptyStats();
  [a, b, other] = [0, 1, 2].map(() => new SeatBot(endpoint, scenarioOf, stats, { stopAtWeek: 0 })) as [SeatBot, SeatBot, SeatBot];
  await a.joinClass(server.code, 'Ada');
  await b.joinClass(server.code, 'Ben');
  await other.joinClass(server.code, 'Cy');
  const roster = await teacher.until((r) => r.waiting.length === 3);
  const id = (name: string) => roster.waiting.find((w) => w.name === name)!.id;
  teacher.send({ type: 'pair', a: id('Ada'), b: id('Ben'), aSide: 'employer', scenarioId: 'tutorial', seed: 'rooms' });
  teacher.send({ type: 'pair', a: id('Cy'), b: null, aSide: 'union', scenarioId: 'tutorial', seed: 'rooms-ai' });
  await Promise.all([a.takeSeat(), b.takeSeat(), other.takeSeat()]);
}, 120_000);

afterAll(async () => {
  await Promise.all([a, b, other].map((x) => x.leave()));
  await teacher.leave();
  await server.close();
});

describe('joining', () => {
  it('the teacher seats each student on the side asked for, and the AI takes an empty seat', async () => {
    expect(a.seat!.side).toBe('employer');
    expect(b.seat!.side).toBe('union');
    expect(a.seat!.roomId).toBe(b.seat!.roomId);
    const roster = await teacher.until((r) => r.pairs.length === 2);
    const withAi = roster.pairs.find((p) => p.roomId === other.seat!.roomId)!;
    expect(withAi.seats.employer.ai).toBe(true);
    // The AI has already played its week: its turn is over while Cy has not moved.
    expect((await teacher.until((r) => r.pairs.some((p) => p.roomId === other.seat!.roomId && p.ended.employer))).waiting).toEqual([]);
  });

  it('the teacher’s table gives each seat its par: facing a person, its mean par over the personas; facing the AI, that persona’s', async () => {
    const table = JSON.parse(readFileSync(new URL('../../../scenarios/tutorial.par.json', import.meta.url), 'utf8')) as ParTable;
    const tutorial = scenarioOf('tutorial');
    const mean = (xs: Record<string, number>) => Math.round((Object.values(xs).reduce((x, y) => x + y, 0) / Object.values(xs).length) * 10) / 10;
    const roster = await teacher.until((r) => r.pairs.length === 2);
    const people = roster.pairs.find((p) => p.roomId === a.seat!.roomId)!;
    const withAi = roster.pairs.find((p) => p.roomId === other.seat!.roomId)!;
    expect(people.par).toEqual({ union: mean(table.union), employer: mean(table.employer) });
    expect(withAi.par).toEqual({ union: table.union[tutorial.sides.employer.defaultPersona], employer: mean(table.employer) });
  });

  it('refuses a wrong class code, a wrong teacher key and a seat token from another game', async () => {
    const client = new Client(endpoint);
    await expect(client.joinById(server.code, { role: 'student', code: 'ABCDEF', name: 'X' })).rejects.toThrow();
    await expect(client.joinById(server.code, { role: 'teacher', code: server.code, teacherKey: 'x'.repeat(24) })).rejects.toThrow(/teacher key/);
    await expect(client.joinById(other.seat!.roomId, { seatToken: a.seat!.seatToken })).rejects.toThrow(/seat token/);
    await expect(client.joinById(a.seat!.roomId, { seatToken: 'not a token' })).rejects.toThrow(/seat token/);
  });

  it('refuses a client creating a room the class did not open', async () => {
    const client = new Client(endpoint);
    await expect(client.create('pair', { roomId: 'made-up' })).rejects.toThrow();
    await expect(client.create('class', { code: 'ABCDEF' })).rejects.toThrow();
  });
});

describe('acting', () => {
  it('a student acts only for their own side: the action carries no side, and one with a side is refused', async () => {
    const error = nextMessage<ErrorMessage>(a, 'error');
    a.pair!.send('act', { id: 7, action: { type: 'statement', tone: 'firm', side: 'union' } });
    expect(await error).toMatchObject({ code: 'bad-message', id: 7 });
    const ack = await a.act({ type: 'statement', tone: 'firm' });
    expect(ack.ok).toBe(true);
    const view = a.view as SeatView;
    expect(view.state.turn.employer.actions).toEqual([{ type: 'statement', tone: 'firm' }]);
  });

  it('the rules answer an illegal move with their reason, and the game goes on', async () => {
    const ack = await b.act({ type: 'setMitigation', level: 50 });
    expect(ack).toMatchObject({ ok: false, reason: 'not-your-lever' });
    expect(await b.act({ type: 'statement', tone: 'firm' })).toMatchObject({ ok: true });
  });

  it('a student cannot send the teacher’s commands, even with a made-up key', async () => {
    const lobbyErrors: string[] = [];
    const client = new Client(endpoint);
    const room = await client.joinById(server.code, { role: 'student', code: server.code, name: 'Eve' });
    const refused = new Promise<ErrorMessage>((resolve) => room.onMessage('error', resolve));
    room.onMessage('*', (t) => lobbyErrors.push(String(t)));
    room.send('teacher', { key: 'x'.repeat(24), command: { type: 'end' } });
    expect(await refused).toMatchObject({ code: 'not-allowed' });
    expect(teacher.roster!.ended).toBe(false);
    await room.leave();
  });

  it('the teacher pauses the class (moves are refused) and resumes it', async () => {
    teacher.send({ type: 'pause' });
    await teacher.until((r) => r.paused);
    await waitFor(() => b.view?.clock.paused === true);
    expect(await b.act({ type: 'statement', tone: 'conciliatory' })).toMatchObject({ ok: false, reason: 'paused' });
    teacher.send({ type: 'resume' });
    await teacher.until((r) => !r.paused);
    expect(await b.act({ type: 'statement', tone: 'conciliatory' })).toMatchObject({ ok: false, reason: 'already-this-week' });
  }, 30_000);

  it('with a time limit, the server ends the turn of a seat that has not ended it when the week’s time is up', async () => {
    const week = other.view!.state.week;
    teacher.send({ type: 'timeLimit', seconds: 10 });
    await teacher.until((r) => r.weekSeconds === 10);
    await waitFor(() => other.view!.clock.deadline !== null);
    await waitFor(() => other.view!.state.week === week + 1);
    expect(other.view!.clock.deadline).not.toBeNull();
    teacher.send({ type: 'timeLimit', seconds: null });
    await waitFor(() => other.view!.clock.deadline === null);
  }, 90_000);

  it('the teacher hands a seat to the AI, which ends that side’s turn', async () => {
    teacher.send({ type: 'fillWithAi', roomId: a.seat!.roomId, side: 'union' });
    const roster = await teacher.until((r) => r.pairs.some((p) => p.roomId === a.seat!.roomId && p.seats.union.ai && p.ended.union));
    const pair = roster.pairs.find((p) => p.roomId === a.seat!.roomId)!;
    expect(pair.seats.union.name).toBe('AI');
    // The employer's seat now faces the computer: its par is against the union's default persona.
    const table = JSON.parse(readFileSync(new URL('../../../scenarios/tutorial.par.json', import.meta.url), 'utf8')) as ParTable;
    expect(pair.par?.employer).toBe(table.employer[scenarioOf('tutorial').sides.union.defaultPersona]);
  }, 30_000);
});
