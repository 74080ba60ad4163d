/** The class report as a view: counts, charts with tables, every game in a row, problems passed through. */
import { describe, expect, it } from 'vitest';
import { buildClassReport } from '../share/class-report';
import { makeSessionFile } from '../share/session-file';
import { err, ok } from '../sim/index';
import { loadScenario, playAi } from '../../test/unit/helpers';
import { classReportView, histogram } from './class-report-screen';

const scenario = loadScenario();
const PERSONAS = ['hardliner', 'pragmatist', 'conceder'];
const files = Array.from({ length: 6 }, (_, i) => {
  const game = playAi(scenario, `crv-${i}`, { union: 'ai', employer: `ai:${PERSONAS[i % 3]}` });
  return { name: `s${i}.json`, text: JSON.stringify(makeSessionFile(scenario, game.state, game.log, { labels: { student: `S${i}` } })) };
});
files.push({ name: 'broken.json', text: '{"format":"standoff-session"' });
const report = buildClassReport(files, (s) => (s.scenario.id === scenario.id ? ok(scenario) : err('not here')));
const view = classReportView(report, () => scenario);

describe('class report view', () => {
  it('counts the games and lists the problem files with their message', () => {
    expect(view.kpis[0]).toEqual({ label: 'games reported', value: '6' });
    expect(view.kpis.at(-1)).toEqual({ label: 'files with problems', value: '1' });
    expect(view.problems).toEqual([{ file: 'broken.json', message: expect.stringMatching(/not valid JSON/) }]);
  });

  it('charts outcomes, terms, weeks, strike days, support and both sides\u2019 scores, each with a table', () => {
    expect(view.charts.map((c) => c.title)).toEqual([
      'How the disputes ended',
      'Final pay uplift',
      'Weeks the dispute lasted',
      'Strike days held',
      'Public support for the strikes at the end',
      'BMA scores, by the opponent they faced (Government)',
      'Government scores, by the opponent they faced (BMA)',
    ]);
    const outcomes = view.charts[0]!;
    const bars = outcomes.layers[0]!;
    expect(bars.kind === 'bars' && bars.bars.reduce((n, b) => n + b.y, 0)).toBe(6);
    for (const c of view.charts) expect(c.table.rows.length).toBeGreaterThan(0);
    const unionScores = view.charts[5]!.layers[0]!;
    expect(unionScores.kind === 'points' && unionScores.points.length).toBe(6);
  });

  it('lists every game with its terms, strike days and scores', () => {
    expect(view.games.rows).toHaveLength(6);
    expect(view.games.head).toEqual(expect.arrayContaining(scenario.issues.map((i) => i.label)));
    expect(view.games.rows[0]![2]).toBe('S0');
    expect(view.scores.rows.length).toBeGreaterThan(0);
  });

  it('bins values for histograms without losing any', () => {
    const xs = [0, 0, 1, 2.5, 7, 7, 30];
    expect(histogram(xs).reduce((n, b) => n + b.n, 0)).toBe(xs.length);
    expect(histogram([1, 1, 2]).map((b) => b.n)).toEqual([2, 1]);
    expect(histogram([])).toEqual([]);
  });
});
