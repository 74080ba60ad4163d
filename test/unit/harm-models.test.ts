/**
 * The harm models (backlog, lostService, lostOutput) behind the one harm interface, on two small synthetic
 * scenarios: each model moves its harm level as its figures say, catch-up funding exists only where there is
 * a queue, and both scenarios play to an outcome with the AI, in the core and in the runner.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/sim/calendar';
import { advanceHarm, harmHasQueue, harmLevel, harmPressureBp, harmStart, lostUnitsCostK } from '../../src/sim/harm';
import { legalActions, newGame, parseScenarioText, step, type GameState, type Scenario } from '../../src/sim/index';
import { checkScenarioText } from '../../src/authoring/check';
import { simJson } from './cli-helpers';
import { loadScenario, playAi, ROOT } from './helpers';

const fixture = (id: string): Scenario => {
  const parsed = parseScenarioText(readFileSync(join(ROOT, 'test/fixtures/scenarios', `${id}.yaml`), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
};
const service = fixture('lost-service');
const output = fixture('lost-output');
const start = (sc: Scenario): GameState => newGame(sc, { seed: 'h', players: { union: 'human', employer: 'human' } });
const day = (iso: string) => parseIsoDate(iso)!;
const withMitigation = (s: GameState, level: number): GameState => ({ ...s, employer: { ...s.employer, mitigationLevel: level } });
/** A weekday and a Saturday of the fixtures' first week. */
const STRIKE = [day('2025-09-04'), day('2025-09-06')];

describe('lostService: units of service lost for good, with a contingency service', () => {
  it('adds exactly the units lost to the harm level, and reports the share kept', () => {
    const s = withMitigation(start(service), 0);
    const week = advanceHarm(service, s, day('2025-09-01'), STRIKE, 4000);
    // 80% of 20,000 on the Thursday, 80% of 12,000 on the Saturday, at the reference participation.
    expect(week.rescheduled).toBe(16_000 + 9_600);
    expect(week.nhs.waitingList).toBe(harmLevel(s) + week.rescheduled);
    expect(week.plannedCareKeptBp).toBe(2000);
    expect(advanceHarm(service, s, day('2025-09-01'), [], 4000).nhs.waitingList).toBe(harmLevel(s));
  });

  it('loses less with more of the contingency service, and more with more strikers', () => {
    const s = start(service);
    const lost = (level: number, participation: number) => advanceHarm(service, withMitigation(s, level), day('2025-09-01'), STRIKE, participation).rescheduled;
    expect(lost(100, 4000)).toBe(Math.round(lost(0, 4000) / 2));
    expect(lost(50, 3000)).toBeLessThan(lost(50, 4000));
  });

  it('starts at 0, prices each unit lost, and presses on the employer through the one interface', () => {
    const s = start(service);
    expect(harmStart(service)).toBe(0);
    expect(lostUnitsCostK(service, 20_000, 4000, 0)).toBe(160);
    const grown: GameState = { ...s, nhs: { ...s.nhs, waitingList: 50_000 } };
    expect(harmPressureBp(grown)).toBe(5000);
  });

  it('has no queue, so catch-up funding is unavailable, with a reason', () => {
    const s = start(service);
    expect(harmHasQueue(service)).toBe(false);
    expect(legalActions(s, 'employer').actions.find((a) => a.type === 'fundCatchUp')).toMatchObject({ available: false, reason: 'not-in-this-dispute' });
    expect(step(s, { side: 'employer', type: 'fundCatchUp', gbpM: 1 }).rejected?.reason).toBe('not-in-this-dispute');
  });
});

describe('lostOutput: production lost, stock drawn down, orders caught up at a cost', () => {
  it('meets lost output from stock first, then leaves orders unfilled', () => {
    const s = withMitigation(start(output), 0);
    expect(s.nhs.inventory).toBe(1500);
    const three = [day('2025-09-01'), day('2025-09-02'), day('2025-09-03')];
    const week = advanceHarm(output, s, day('2025-09-01'), three, 4000);
    expect(week.rescheduled).toBe(3 * 640);
    expect(week.nhs.inventory).toBe(0);
    expect(week.nhs.waitingList).toBe(3 * 640 - 1500);
    // Drawing 1,500 units from stock at $50 each.
    expect(week.extraCostK).toBe(75);
  });

  it('catches up unfilled orders by overtime in a week without strikes, at its cost', () => {
    const s = start(output);
    const short: GameState = { ...s, nhs: { ...s.nhs, waitingList: 1000, inventory: 0 } };
    const week = advanceHarm(output, short, day('2025-09-08'), [], 4000);
    expect(week.nhs.waitingList).toBe(600);
    expect(week.extraCostK).toBe(80);
    expect(harmHasQueue(output)).toBe(false);
  });
});

describe('the backlog keeps its queue', () => {
  it('allows catch-up funding and starts from its waiting list', () => {
    const sc = loadScenario();
    expect(harmHasQueue(sc)).toBe(true);
    expect(harmStart(sc)).toBe(7_370_000);
    expect(legalActions(newGame(sc, { seed: 'h', players: { union: 'human', employer: 'human' } }), 'employer').actions.find((a) => a.type === 'fundCatchUp')).toMatchObject({ available: true });
  });
});

describe('the synthetic scenarios play to an outcome', () => {
  it.each(['lost-service', 'lost-output'])('%s, AI against AI, in the core and in the runner', (id) => {
    const sc = fixture(id);
    const game = playAi(sc, '1');
    expect(game.state.outcome).not.toBeNull();
    expect(game.state.strikes.daysHeld).toBeGreaterThan(0);
    expect(harmLevel(game.state)).toBeGreaterThanOrEqual(0);
    const run = simJson(['--scenario', join(ROOT, 'test/fixtures/scenarios', `${id}.yaml`), '--seed', '1', '--union', 'ai', '--employer', 'ai']);
    expect(run.outcome).not.toBeNull();
  });
});

describe('a harm section in the other format', () => {
  const minimal = readFileSync(join(ROOT, 'test/fixtures/scenarios/minimal.yaml'), 'utf8');

  it('a format 2 file with format 1\u2019s nhs section is told to write harm with kind: backlog', () => {
    const problems = checkScenarioText(minimal.replace('harm:\n  kind: backlog\n', 'nhs:\n'), 'old.yaml', { quick: true }).problems;
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'nhs', message: expect.stringContaining('format 2 calls it "harm"'), fix: expect.stringContaining('kind: backlog') })]));
  });

  it('a format 1 file with a harm section is told that it is format 2\u2019s', () => {
    const v1 = readFileSync(join(ROOT, 'test/fixtures/scenarios-v1/tutorial.yaml'), 'utf8').replace('\nnhs:\n', '\nharm:\n  kind: backlog\n');
    const problems = checkScenarioText(v1, 'v1.yaml', { quick: true }).problems;
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'harm', message: 'harm is a format 2 section; this file says formatVersion: 1, which has none' })]));
  });
});
