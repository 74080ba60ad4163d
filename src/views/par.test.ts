/** Par as players see it: the header's label and panel, and the score beside par at the end, with its sign. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seatState, type SeatView } from '../classroom/seat-view';
import { parForGame, type ParTable } from '../share/par';
import { newGame, type GameState, type SideId } from '../sim/index';
import { sessionFromView } from '../store/remote';
import { loadScenario, ROOT } from '../../test/unit/helpers';
import { gameParOf, parDifference, parHeader, parMeaning, parResult, PAR_MEANING, PAR_MEANING_FACING_PERSON } from './par';

const scenario = loadScenario('tutorial');
const table = JSON.parse(readFileSync(`${ROOT}/scenarios/tutorial.par.json`, 'utf8')) as ParTable;
const state = newGame(scenario, { seed: 'p', players: { union: 'human', employer: 'ai:tough' } });
const ready = { [table.scenarioHash]: { kind: 'ready', table } } as const;
/** A seat's par facing a person: the mean of its par over the opposing personas, one decimal. */
const mean = (row: Record<string, number>) => Math.round((Object.values(row).reduce((a, b) => a + b, 0) / Object.values(row).length) * 10) / 10;
const stranger = 'what the computer scores in your seat against an opponent it does not know';

/** A class game's state as `side`'s screen holds it, from the server's view with a person or the AI in the other seat. */
const classState = (side: SideId, ai: boolean): GameState => {
  const full = newGame(scenario, { seed: 'class', players: { union: 'human', employer: 'human' } });
  const view: SeatView = {
    side, roomId: 'r', scenarioId: scenario.id, seq: 0, state: seatState(full, side), events: [],
    clock: { paused: false, deadline: null, classEnded: false }, opponent: { name: ai ? 'AI' : 'Ben', ai, connected: true },
  };
  return sessionFromView(null, view, scenario).state;
};

describe('par on screen', () => {
  it('finds the game\u2019s par in the bundled table by the scenario\u2019s hash, against the persona faced', () => {
    const view = gameParOf(ready, state);
    expect(view).toEqual({ kind: 'ready', par: { union: table.union.tough, employer: mean(table.employer) } });
    expect(gameParOf({}, state)).toEqual({ kind: 'none' });
    expect(gameParOf({ [table.scenarioHash]: { kind: 'computing' } }, state)).toEqual({ kind: 'computing' });
    expect(gameParOf({ [table.scenarioHash]: { kind: 'failed', message: 'x' } }, state)).toEqual({ kind: 'none' });
    expect(gameParOf({ other: { kind: 'ready', table } }, state)).toEqual({ kind: 'none' });
  });

  it('labels the Table header "Par N" with what it means, or "Par: computing…"', () => {
    const ready = parHeader({ kind: 'ready', par: parForGame(table, state)! }, 'union', state)!;
    expect(ready.label).toBe(`Par ${table.union.tough}`);
    expect(ready.name).toBe(`Par ${table.union.tough}: the computer's average score in your seat against this ${scenario.sides.employer.shortName}`);
    expect(ready.paragraphs).toContain(PAR_MEANING);
    expect(parHeader({ kind: 'computing' }, 'union', state)!.label).toBe('Par: computing\u2026');
    expect(parHeader({ kind: 'none' }, 'union', state)).toBeNull();
  });

  it('facing the computer, gives a seat that persona\u2019s par; the computer\u2019s own seat faces a person', () => {
    const view = gameParOf(ready, state);
    expect(view).toEqual({ kind: 'ready', par: { union: table.union.tough, employer: mean(table.employer) } });
    expect(table.union.tough).not.toBe(mean(table.union)); // the two definitions differ here, so the test tells them apart
    expect(parMeaning(state, ['union'])).toBe(PAR_MEANING);
    expect(parMeaning(state)).toBe(`${PAR_MEANING} ${PAR_MEANING_FACING_PERSON}`); // the debrief shows both seats
  });

  it('in a class game facing a person, gives the seat its mean par over the personas and says so', () => {
    for (const side of ['union', 'employer'] as const) {
      const seat = classState(side, false);
      const view = gameParOf(ready, seat);
      expect(view.kind === 'ready' && view.par[side]).toBe(mean(table[side]));
      const header = parHeader(view, side, seat)!;
      expect(header.name).toBe(`Par ${mean(table[side])}: ${stranger}`);
      expect(header.paragraphs).toContain(PAR_MEANING_FACING_PERSON);
      expect(header.paragraphs).not.toContain(PAR_MEANING);
    }
  });

  it('in a class game facing the AI, gives the seat the par against the persona the AI plays (its side\u2019s default)', () => {
    const seat = classState('union', true);
    const view = gameParOf(ready, seat);
    expect(view.kind === 'ready' && view.par.union).toBe(table.union[scenario.sides.employer.defaultPersona]);
    expect(parHeader(view, 'union', seat)!.name).toBe(`Par ${table.union[scenario.sides.employer.defaultPersona]}: the computer's average score in your seat against this ${scenario.sides.employer.shortName}`);
  });

  it('in hot-seat (two people on one screen), gives each seat its mean par over the personas and says so', () => {
    const hotSeat = newGame(scenario, { seed: 'h', players: { union: 'human', employer: 'human' } });
    const view = gameParOf(ready, hotSeat);
    expect(view).toEqual({ kind: 'ready', par: { union: mean(table.union), employer: mean(table.employer) } });
    expect(parHeader(view, 'employer', hotSeat)!.label).toBe(`Par ${mean(table.employer)}`);
    expect(parHeader(view, 'employer', hotSeat)!.name).toBe(`Par ${mean(table.employer)}: ${stranger}`);
    expect(parHeader({ kind: 'computing' }, 'union', hotSeat)!.name).toBe('Par: computing. The computer is playing your seat against each opponent the computer can play for the other side to find it.');
    expect(parMeaning(hotSeat)).toBe(PAR_MEANING_FACING_PERSON);
  });

  it('puts the score beside par with its sign and says who played the position better', () => {
    expect(parResult(34, 28, true, 'BMA')).toEqual({
      par: '28',
      difference: '+6',
      short: 'par 28 \u00b7 +6',
      sentence: 'Your score 34 \u00b7 par 28: +6, you played this position better than the computer does.',
    });
    expect(parResult(20, 26.5, true, 'BMA').sentence).toBe('Your score 20 \u00b7 par 26.5: \u22126.5, the computer plays this position better than you did.');
    expect(parResult(50, 50, false, 'the Government').sentence).toBe("The Government's score 50 \u00b7 par 50: \u00b10, played as well as the computer plays this position.");
    expect([parDifference(0.1), parDifference(-3), parDifference(0)]).toEqual(['+0.1', '\u22123', '\u00b10']);
  });
});
