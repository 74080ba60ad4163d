import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyseGame } from '../sim/index';
import { loadScenario, playAi } from '../../test/unit/helpers';
import { weeklyCsv } from './weekly-csv';

const scenario = loadScenario();

describe('weekly figures as CSV', () => {
  it('has one row per week played, with both sides\u2019 limits and the zone', () => {
    const game = playAi(scenario, '3');
    const d = analyseGame(scenario, '3', game.state.players, game.log);
    const parsed = Papa.parse<Record<string, string>>(weeklyCsv(scenario, d), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(d.weeks.length);
    expect(parsed.meta.fields).toEqual(expect.arrayContaining(['week', 'supportPct', 'strikeDays', 'unionLeast_pay', 'employerMost_pay', 'zoneFrom', 'zoneTo']));
    expect(Number(parsed.data[0]!.week)).toBe(1);
    expect(Number(parsed.data[0]!.waitingList)).toBe(d.weeks[0]!.waitingList);
  });
});
