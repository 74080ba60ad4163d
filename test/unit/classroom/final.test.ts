// The whole game for the debrief: a seat may have it (seed and every move) once the game is over, never before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Room } from 'colyseus.js';
import { CLIENT, SERVER, type ErrorMessage, type FinalGame } from '../../../src/classroom/protocol';
import type { Classroom } from '../../../src/server/app';
import { PairGame, type PairEntry } from '../../../src/server/pair-game';
import { replay, stateHash } from '../../../src/sim';
import { scenarioOf, seatStudents, startTestServer } from './server-helpers';

let server: Classroom;
afterAll(() => server.close());

const ask = <T>(room: Room, type: string): Promise<T> =>
  new Promise((resolve) => {
    room.onMessage(type, (m: T) => resolve(m));
    room.send(CLIENT.debrief);
  });

describe('the finished game, for the debrief', () => {
  let roomId = '';
  let refusedInPlay: ErrorMessage;
  let final: FinalGame;

  beforeAll(async () => {
    server = await startTestServer();
    const { bots, teacher } = await seatStudents(server, 2, [{ stopAtWeek: 1 }, {}]);
    roomId = bots[0]!.seat!.roomId;
    refusedInPlay = await ask<ErrorMessage>(bots[1]!.pair!, SERVER.error);
    // Hand the stopped seat to the AI so the game plays to its end.
    teacher.send({ type: 'fillWithAi', roomId, side: bots[0]!.seat!.side });
    await bots[1]!.finished;
    final = await ask<FinalGame>(bots[1]!.pair!, SERVER.final);
    await Promise.all(bots.map((b) => b.leave()));
    await teacher.leave();
  }, 60_000);

  it('is refused while the game is in play', () => {
    expect(refusedInPlay.code).toBe('not-allowed');
  });

  it('replays, from its seed and moves, to the server’s own game', async () => {
    const game = PairGame.fromLog((await server.log.read(`pair-${roomId}`)) as PairEntry[], scenarioOf);
    expect(game.state.outcome).not.toBeNull();
    const rebuilt = replay(scenarioOf('tutorial'), final.seed, { union: 'human', employer: 'human' }, final.log);
    expect(stateHash(rebuilt)).toBe(stateHash(game.state));
  });
});
