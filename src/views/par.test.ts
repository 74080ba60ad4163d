/** Par as players see it: the header's label and panel, and the score beside par at the end, with its sign. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parForGame, type ParTable } from '../share/par';
import { newGame } from '../sim/index';
import { loadScenario, ROOT } from '../../test/unit/helpers';
import { gameParOf, parDifference, parHeader, parResult, PAR_MEANING } from './par';

const scenario = loadScenario('tutorial');
const table = JSON.parse(readFileSync(`${ROOT}/scenarios/tutorial.par.json`, 'utf8')) as ParTable;
const state = newGame(scenario, { seed: 'p', players: { union: 'human', employer: 'ai:tough' } });

describe('par on screen', () => {
  it('finds the game\u2019s par in the bundled table by the scenario\u2019s hash, against the persona faced', () => {
    const view = gameParOf({ [table.scenarioHash]: { kind: 'ready', table } }, state);
    expect(view).toEqual({ kind: 'ready', par: { union: table.union.tough, employer: table.employer[scenario.sides.union.defaultPersona] } });
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
