/**
 * The debrief's harm tab for each harm model, on games where the union strikes: the week-by-week record adds up
 * to the model's own state, the charts and figures show it in the scenario's words, and money goes through the
 * one money formatter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AI_CONTROLLER, analyseGame, harmLevel, newGame, parseScenarioText, playGame, scriptController, type Action, type GameState, type Scenario, type ScriptAction } from '../sim/index';
import { loadScenario, ROOT } from '../../test/unit/helpers';
import { leaksIn, wordsOf } from '../../test/unit/vocabulary-words';
import type { ChartSpec } from './chart-spec';
import { harmTab, keptShareBp, type HarmTabView } from './debrief-harm';
import { count, money } from './format';

const fixture = (id: string): { scenario: Scenario; text: string } => {
  const text = readFileSync(join(ROOT, 'test/fixtures/scenarios', `${id}.yaml`), 'utf8');
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return { scenario: parsed.value, text };
};

/** A game with the union's moves scripted by week and the computer as the employer (or scripted too). */
function game(scenario: Scenario, union: Readonly<Record<number, readonly ScriptAction[]>>, employer?: Readonly<Record<number, readonly ScriptAction[]>>) {
  const players = { union: 'human', employer: employer ? 'human' : 'ai' } as const;
  const script = (moves: Readonly<Record<number, readonly ScriptAction[]>>) => scriptController(Object.entries(moves).map(([week, actions]) => ({ week: Number(week), actions })));
  const played = playGame(newGame(scenario, { seed: 'harm-tab', players }), { union: script(union), employer: employer ? script(employer) : AI_CONTROLLER }, { maxWeeks: 10 });
  const refused = played.weeks.flatMap((w) => w.actions).find((a) => a.rejected);
  if (refused) throw new Error(`${refused.action.type} in week ${played.weeks.find((w) => w.actions.includes(refused))?.week}: ${refused.rejected!.reason}`);
  const log: Action[] = played.weeks.flatMap((w) => w.actions.map((a) => a.action));
  const origin = newGame(scenario, { seed: 'harm-tab', players });
  const d = analyseGame(scenario, 'harm-tab', players, log);
  return { state: played.state as GameState, d, view: harmTab(scenario, d, harmLevel(origin)) };
}

const strike = (start: string, days = 3): ScriptAction => ({ type: 'callStrike', start, days });
const texts = (view: HarmTabView): string[] => JSON.stringify(view).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
const layer = (spec: ChartSpec, label: string) => spec.layers.find((l) => 'label' in l && l.label === label);
/** Each plotted line or point series looks different from the others besides its colour. */
const shapes = (spec: ChartSpec) => spec.layers.flatMap((l) => (l.kind === 'line' ? [`line-${l.marker}-${l.dash}`] : l.kind === 'points' ? [`points-${l.marker}`] : []));

describe('lostService: units lost each week and in total, and the contingency service kept', () => {
  const { scenario, text } = fixture('lost-service');
  const { state, d, view } = game(scenario, { 0: [strike('2025-09-15')], 3: [strike('2025-10-06')] });
  const lost = d.harm.reduce((s, w) => s + w.lost, 0);

  it('records each week, and the units lost add up to the harm level the model keeps', () => {
    expect(d.harm.map((w) => w.week)).toEqual(state.history.map((h) => h.week));
    expect(d.harm.filter((w) => w.lost > 0).map((w) => w.week)).toEqual([2, 5]);
    expect(lost).toBe(harmLevel(state));
    for (const w of d.harm) expect(w.planned - w.lost).toBe(w.planned === 0 ? 0 : Math.round((w.planned * w.keptBp) / 10000));
  });

  it('names the tab and charts from the vocabulary, and draws the week\u2019s loss, the total and the share kept', () => {
    expect(view.label).toBe('Public & Railway');
    const [units, kept] = view.charts;
    expect(units.title).toBe('Journeys lost, week by week and in total');
    expect(units.y.label).toBe('Journeys');
    const bars = layer(units, 'Lost in the week');
    expect(bars?.kind === 'bars' && bars.bars.map((b) => b.y)).toEqual(d.harm.filter((w) => w.lost > 0).map((w) => w.lost));
    const total = layer(units, 'Lost so far');
    expect(total?.kind === 'line' && total.points.at(-1)).toEqual([d.harm.length, lost]);
    expect(units.table.rows.at(-1)).toEqual([String(d.harm.length), '0', '0', count(lost)]);
    expect(kept.title).toBe('What the emergency timetable kept running on strike days');
    const points = layer(kept, 'Kept running by the emergency timetable');
    expect(points?.kind === 'points' && points.points.map((p) => Math.round(p[1]))).toEqual(d.harm.filter((w) => w.planned > 0).map((w) => Math.round(((w.planned - w.lost) * 100) / w.planned)));
    expect(kept.table.rows).toHaveLength(2);
  });

  it('sums the figures, prices the units lost with the money formatter, and uses no other dispute\u2019s words', () => {
    expect(view.figures).toContainEqual({ label: 'Journeys lost', value: count(lost) });
    expect(view.figures).toContainEqual({ label: 'What the journeys lost cost', value: money((lost * 10) / 1000, scenario.vocabulary.currency) });
    expect(view.figures.find((f) => f.label === 'Kept running by the emergency timetable')?.value).toContain(`${(keptShareBp(d.harm) / 100).toFixed(0)}%`);
    expect(leaksIn(wordsOf(text), [], texts(view))).toEqual([]);
    for (const spec of view.charts) expect(new Set(shapes(spec)).size).toBe(shapes(spec).length);
  });
});

describe('lostOutput: output and revenue lost, stock drawn down, orders unfilled and caught up', () => {
  const { scenario, text } = fixture('lost-output');
  // The contract runs to 21 September: strikes in the two weeks after it, then none, so overtime catches up.
  const { state, d, view } = game(scenario, { 2: [strike('2025-09-22')], 3: [strike('2025-09-29')] });
  const lost = d.harm.reduce((s, w) => s + w.lost, 0);

  it('records stock, orders unfilled and overtime that obey the model\u2019s own arithmetic and end at its state', () => {
    let level = 0;
    let stock = 1500;
    for (const w of d.harm) {
      expect(w.level).toBe(level + w.lost - w.fromStock - w.caughtUp);
      expect(w.stock).toBe(stock - w.fromStock);
      level = w.level;
      stock = w.stock!;
    }
    expect(state.nhs.inventory).toBe(stock);
    expect(harmLevel(state)).toBe(level);
    expect(d.harm.reduce((s, w) => s + w.fromStock, 0)).toBe(1500);
    expect(d.harm.reduce((s, w) => s + w.caughtUp, 0)).toBeGreaterThan(0);
  });

  it('draws units (lost, orders unfilled, stock) and money (revenue lost, the cost of stock and catch-up) in the scenario\u2019s words', () => {
    expect(view.label).toBe('Public & Lakeside plant');
    const [units, cash] = view.charts;
    expect(units.title).toBe('Vehicles not made, dealer orders unfilled and vehicles in stock');
    expect(units.layers.map((l) => ('label' in l ? l.label : ''))).toEqual(['Weeks with strike days', 'Not made in the week', 'Not made so far', 'Dealer orders unfilled (vehicles short)', 'Vehicles in stock']);
    const stock = layer(units, 'Vehicles in stock');
    expect(stock?.kind === 'line' && stock.points[0]).toEqual([0, 1500]);
    const revenueK = (lost * 500) / 1000;
    const total = layer(cash, 'Revenue lost so far');
    expect(total?.kind === 'line' && total.points.at(-1)?.[1]).toBe(revenueK);
    expect(cash.table.head).toEqual(['Week', 'Revenue lost in the week', 'Revenue lost so far', 'Stock and catch-up cost in the week', 'Stock and catch-up cost so far']);
    expect(cash.y.ticks.map((t) => t.label)).toContain(money(0, scenario.vocabulary.currency));
    const costK = (1500 * 50 + d.harm.reduce((s, w) => s + w.caughtUp, 0) * 200) / 1000;
    expect(view.figures).toContainEqual({ label: 'Revenue lost', value: money(revenueK, scenario.vocabulary.currency) });
    expect(view.figures.find((f) => f.label === 'Cost of stock and catch-up')?.value.startsWith(money(costK, scenario.vocabulary.currency))).toBe(true);
    expect(view.figures).toContainEqual({ label: 'Vehicles in stock', value: '1,500 at the start, 0 at the end' });
    expect(leaksIn(wordsOf(text), [], texts(view))).toEqual([]);
    for (const spec of view.charts) expect(new Set(shapes(spec)).size).toBe(shapes(spec).length);
  });
});

describe('backlog: the stock over time, with what strikes added and catch-up cleared', () => {
  const scenario = loadScenario('resident-doctors-2025');
  const { state, d, view } = game(scenario, { 1: [strike('2025-07-28', 5)] }, { 2: [{ type: 'fundCatchUp', gbpM: 10 }] });

  it('records the list, the clock stops strikes cost and the catch-up delivered, as the state moved', () => {
    expect(d.harm.map((w) => w.level)).toEqual(state.history.map((h) => h.waitingList));
    expect(d.harm.reduce((s, w) => s + w.addedByStrikes, 0)).toBe(state.nhs.lostStopsTotal);
    expect(d.harm.filter((w) => w.addedByStrikes > 0).map((w) => w.week)).toEqual([3]);
    // £10m at £800 an episode, delivered in the week it is bought (up to 20,000 a week).
    expect(d.harm.map((w) => w.caughtUp)).toEqual(d.harm.map((w) => (w.week === 2 ? 12_500 : 0)));
    expect(d.harm.every((w) => w.stock === null && w.fromStock === 0)).toBe(true);
  });

  it('charts the stock and the two flows in the scenario\u2019s words, and prices catch-up with the money formatter', () => {
    expect(view.label).toBe('Public & NHS');
    const [stock, flow] = view.charts;
    expect(stock.title).toBe('The NHS waiting list, week by week');
    expect(stock.y.label).toBe('Pathways (millions)');
    expect(flow.title).toBe('What strikes added to the NHS waiting list, and what catch-up cleared');
    const cleared = layer(flow, 'Cleared by catch-up');
    expect(cleared?.kind === 'points' && cleared.points).toEqual([[2.5, 12_500]]);
    const added = layer(flow, 'Added by strikes');
    expect(added?.kind === 'bars' && added.bars.map((b) => b.y)).toEqual([state.nhs.lostStopsTotal]);
    expect(view.figures).toContainEqual({ label: 'Catch-up bought', value: money(10_000, scenario.vocabulary.currency) });
    expect(view.figures).toContainEqual({ label: 'Cleared by catch-up', value: '12,500 pathways' });
    for (const spec of view.charts) expect(new Set(shapes(spec)).size).toBe(shapes(spec).length);
  });
});

describe('the scenarios outside medicine, played by the computer on both sides', () => {
  const others = ['scenarios/resident-doctors-2025.yaml', 'scenarios/junior-doctors-2023.yaml', 'scenarios/tutorial.yaml'].map((path) => wordsOf(readFileSync(join(ROOT, path), 'utf8')));
  for (const [file, tab, firstTitle] of [
    ['rmt-rail-2022', 'Public & Railway', 'Lost journeys, week by week and in total'],
    ['uaw-detroit-2023', 'Public & Car plants', 'Vehicles not made, orders unfilled and vehicles in stock'],
  ] as const) {
    it(`${file}: the tab and charts speak the scenario's words, and add up to the game`, () => {
      const text = readFileSync(join(ROOT, 'scenarios', `${file}.yaml`), 'utf8');
      const parsed = parseScenarioText(text);
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      const scenario = parsed.value;
      const players = { union: 'ai', employer: 'ai' };
      const played = playGame(newGame(scenario, { seed: '3', players }), { union: AI_CONTROLLER, employer: AI_CONTROLLER });
      const log = played.weeks.flatMap((w) => w.actions.map((a) => a.action));
      const d = analyseGame(scenario, '3', players, log);
      const view = harmTab(scenario, d, 0);
      expect(view.label).toBe(tab);
      expect(view.charts[0].title).toBe(firstTitle);
      expect(d.harm.reduce((s, w) => s + w.lost, 0)).toBe(played.state.nhs.rescheduledTotal);
      expect(d.harm.at(-1)?.level).toBe(harmLevel(played.state));
      expect(leaksIn(wordsOf(text), others, texts(view))).toEqual([]);
    });
  }
});
