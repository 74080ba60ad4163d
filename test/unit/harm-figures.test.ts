/**
 * The harm models' own figures, by name, in event triggers (`when.figure`) and news triggers (`figure`):
 * `unitsLost`, `revenueLost` and `stock` read the model in play, the news rebuilds them from the weekly record
 * with the same result, and a figure the scenario's harm model does not keep is an error at its path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkScenarioText } from '../../src/authoring/check';
import { figureValue } from '../../src/sim/events';
import { harmFigureOf } from '../../src/sim/harm-figures';
import { harmFigureAt, newGame, parseScenario, playGame, scriptController, type Scenario, type ScriptAction } from '../../src/sim/index';
import { HARM_FIGURES } from '../../src/sim/scenario/types';
import { peopleNews } from '../../src/views/people-news';
import { ROOT } from './helpers';

type Raw = Record<string, unknown> & { events: unknown[]; news?: unknown[] };
const raw = (path: string): Raw => parse(readFileSync(join(ROOT, path), 'utf8')) as Raw;
const build = (data: Raw): Scenario => {
  const parsed = parseScenario(data);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
};
const problemsOf = (data: Raw) => {
  const parsed = parseScenario(data);
  return parsed.ok ? [] : parsed.error.map((p) => ({ path: p.path, message: p.message, fix: p.fix }));
};

/** The union strikes as scripted; the employer does nothing; the game runs `weeks` weeks. */
const play = (scenario: Scenario, union: Readonly<Record<number, readonly ScriptAction[]>>, weeks: number) => {
  const script = (moves: Readonly<Record<number, readonly ScriptAction[]>>) => scriptController(Object.entries(moves).map(([week, actions]) => ({ week: Number(week), actions })));
  return playGame(newGame(scenario, { seed: 'figures', players: { union: 'human', employer: 'human' } }), { union: script(union), employer: script({}) }, { maxWeeks: weeks });
};
const strike = (start: string): ScriptAction => ({ type: 'callStrike', start, days: 3 });
const firedIn = (played: ReturnType<typeof play>, id: string): number[] =>
  played.weeks.filter((w) => w.events.some((e) => e.type === 'scenarioEvent' && e.id === id)).map((w) => w.week);

describe('event triggers read the harm model\u2019s own figures by name', () => {
  it('lostService: an event waits for units lost and for what they cost', () => {
    const data = raw('test/fixtures/scenarios/lost-service.yaml');
    data.events = [
      { id: 'first-losses', headline: 'Passengers count the cost', trigger: { when: { figure: 'unitsLost', op: '>=', value: 1 } }, effects: {} },
      // 10 a journey: £0.5m is 50,000 journeys, more than one three-day strike loses.
      { id: 'half-million', headline: 'Refunds pass half a million', trigger: { when: { figure: 'revenueLost', op: '>=', value: 0.5 } }, effects: {} },
    ];
    const scenario = build(data);
    expect(scenario.events[1]!.trigger).toMatchObject({ kind: 'threshold', figure: 'revenueLost', value: 500 });
    const played = play(scenario, { 0: [strike('2025-09-15')], 3: [strike('2025-10-06')] }, 8);
    // Strikes in weeks 2 and 5; an event is checked at the start of a week, so it fires the week after.
    expect(firedIn(played, 'first-losses')).toEqual([3]);
    expect(firedIn(played, 'half-million')).toEqual([6]);
    const after = played.weeks[5]!.state;
    expect(figureValue(after, 'unitsLost')).toBe(after.nhs.rescheduledTotal);
    expect(figureValue(after, 'revenueLost')).toBe(Math.round((after.nhs.rescheduledTotal * 10) / 1000));
  });

  it('lostOutput: an event waits for finished stock to run out', () => {
    const data = raw('test/fixtures/scenarios/lost-output.yaml');
    data.events = [{ id: 'stock-gone', headline: 'Dealers run out', trigger: { when: { figure: 'stock', op: '<=', value: 0 } }, effects: {} }];
    const scenario = build(data);
    const played = play(scenario, { 2: [strike('2025-09-22')] }, 6);
    expect(played.weeks[3]!.state.nhs.inventory).toBe(0);
    expect(firedIn(played, 'stock-gone')).toEqual([4]);
  });
});

describe('news triggers follow the same figures, rebuilt from the weekly record', () => {
  const data = raw('test/fixtures/scenarios/lost-output.yaml');
  data.news = [
    { id: 'stock-out', trigger: { figure: 'stock', crosses: 'below', value: 1 }, voice: 'press', who: 'The Gazette', text: 'The last cars leave the lots.', invented: true },
    { id: 'revenue', trigger: { figure: 'revenueLost', crosses: 'above', value: 1 }, voice: 'press', who: 'The Gazette', text: 'The strike has cost a million.', invented: true },
  ];
  const scenario = build(data);
  const played = play(scenario, { 2: [strike('2025-09-22')], 3: [strike('2025-09-29')] }, 8);
  const history = played.state.history;
  const start = { supportBp: 0, opposeBp: 0, waitingList: 0 };

  it('gives, week by week, the same figures as the game state', () => {
    for (const w of played.weeks) for (const figure of HARM_FIGURES) expect(harmFigureAt(scenario, history, w.week, figure)).toBe(harmFigureOf(w.state, figure));
    expect(harmFigureAt(scenario, history, -1, 'stock')).toBe(1500);
  });

  it('runs each item in the week its figure crosses the level', () => {
    const weeks = (text: string) => history.filter((h) => peopleNews(scenario, h.week, [], history, start).some((i) => i.text.includes(text))).map((h) => h.week);
    // 3 × 640 units a strike week at the reference; 1,500 in stock, so it runs out in the first strike week (3).
    expect(weeks('The last cars')).toEqual([3]);
    // $500 a vehicle: $1m is 2,000 vehicles, passed in the second strike week (4).
    expect(weeks('cost a million')).toEqual([4]);
  });
});

describe('a figure the harm model does not keep is an error at its path', () => {
  it('names the models that keep it and the figures this one does', () => {
    const service = raw('test/fixtures/scenarios/lost-service.yaml');
    service.events = [{ id: 'no-stock', headline: 'x', trigger: { when: { figure: 'stock', op: '<', value: 10 } }, effects: {} }];
    service.news = [{ id: 'n', trigger: { figure: 'stock', change: -5, overWeeks: 2 }, voice: 'press', who: 'x', text: 'x', invented: true }];
    expect(problemsOf(service)).toEqual([
      {
        path: 'events[0].trigger.when.figure',
        message: "the figure stock is kept only by the lostOutput harm model, and this scenario's harm.kind is lostService",
        fix: 'use harm (the harm level) or a figure the lostService model keeps: unitsLost, revenueLost',
      },
      {
        path: 'news[0].trigger.figure',
        message: "the figure stock is kept only by the lostOutput harm model, and this scenario's harm.kind is lostService",
        fix: 'use harm (the harm level) or a figure the lostService model keeps: unitsLost, revenueLost',
      },
    ]);
    const backlog = raw('scenarios/tutorial.yaml');
    backlog.events = [{ id: 'money', headline: 'x', trigger: { when: { figure: 'revenueLost', op: '>', value: 1 } }, effects: {} }];
    expect(problemsOf(backlog).map((p) => p.message)).toEqual(["the figure revenueLost is kept only by the lostService and lostOutput harm models, and this scenario's harm.kind is backlog"]);
  });
});

describe('the checker knows the harm figures’ ranges', () => {
  it('warns that stock above the starting stock never happens, and that units lost below 0 never do', () => {
    const data = raw('test/fixtures/scenarios/lost-output.yaml');
    data.events = [
      { id: 'restocked', headline: 'x', trigger: { when: { figure: 'stock', op: '>', value: 2000 } }, effects: {} },
      { id: 'negative', headline: 'x', trigger: { when: { figure: 'unitsLost', op: '<', value: 0 } }, effects: {} },
    ];
    const never = checkScenarioText(stringify(data), 'lost-output.yaml', { quick: true }).problems.filter((p) => p.code === 'event-never-fires');
    expect(never.map((p) => [p.path, p.message])).toEqual([
      ['events[0].trigger', 'the event "restocked" can never fire: stock > 2,000 cannot happen: stock stays between 0 and 1,500'],
      ['events[1].trigger', 'the event "negative" can never fire: unitsLost < 0 cannot happen: unitsLost stays between 0 and 9,007,199,254,740,991'],
    ]);
  });
});
