/** The debrief's words and charts come from the core's analysis, with a text alternative for every chart. */
import { describe, expect, it } from 'vitest';
import { analyseGame } from '../sim/index';
import { BUNDLED_IDS, loadScenario, playAi } from '../../test/unit/helpers';
import { debriefCharts, runs } from './debrief-charts';
import { debriefText, reasonInWords, viewerOf } from './debrief-text';
import type { Study } from '../store/study';

const scenario = loadScenario();
const game = playAi(scenario, '11');
const study: Study = { scenario, seed: '11', players: game.state.players, log: game.log, state: game.state, source: 'file' };
const d = analyseGame(scenario, '11', game.state.players, game.log);
const t = debriefText(study, d);
const c = debriefCharts(study, d);

describe('debrief text', () => {
  it('names the outcome, both scores and the terms', () => {
    expect(t.finished).toBe(true);
    expect(t.scores).toEqual(game.state.outcome!.scores);
    expect(t.terms.map((x) => x.label)).toEqual(scenario.issues.map((i) => i.label));
    expect(t.you).toBeNull(); // a game opened from a file: nobody here is "you"
    expect(t.players.union).toMatch(/^the computer, as a /);
  });

  it('reveals each side\u2019s private value, and says what was left on the table', () => {
    expect(t.revealed[0]!.value).toContain(d.hidden.unionFloor.toFixed(1));
    expect(t.revealed[1]!.value).toBe(`×${d.hidden.employerReadAcross.toFixed(2)}`);
    expect(t.valueLeft).toMatch(/on the table/);
  });

  it('keeps three to five key moments, with the computer\u2019s reasons in words', () => {
    expect(t.moments.length).toBe(d.moments.length);
    expect(t.moments.length).toBeGreaterThanOrEqual(3);
    expect(t.moments.length).toBeLessThanOrEqual(5);
    const withReason = t.moments.filter((m) => m.reason);
    expect(withReason.length).toBeGreaterThan(0);
    const byWeek = d.moments.filter((m) => m.reason);
    expect(withReason.map((m) => m.reason)).toEqual(byWeek.map((m) => reasonInWords(m.reason!)));
    expect(reasonInWords('CONCEDE_ON_TIME')).toBe('time was passing, so it lowered what it asked for');
    expect(reasonInWords('A_CODE_WITH_NO_WORDS')).toBe('its own judgement of the position');
  });

  it('never shows a reason code: every text and chart of the debrief, for games on every bundled scenario', () => {
    const CODE = /\b[A-Z]{2,}_[A-Z_]+\b/;
    for (const id of BUNDLED_IDS) {
      const sc = loadScenario(id);
      for (const seed of ['1', '11', '23']) {
        const g = playAi(sc, seed);
        const s: Study = { scenario: sc, seed, players: g.state.players, log: g.log, state: g.state, source: 'game' };
        const a = analyseGame(sc, seed, g.state.players, g.log);
        expect(a.moments.some((m) => m.reason && CODE.test(m.reason)), `${id} ${seed}: the analysis has codes to hide`).toBe(true);
        const shown = JSON.stringify([debriefText(s, a), debriefCharts(s, a)]);
        expect(shown.match(CODE), `${id} seed ${seed}`).toBeNull();
      }
    }
  });

  it('shows what really happened for a real dispute, with sources', () => {
    expect(t.history).not.toBeNull();
    expect(t.history!.items.length).toBe(scenario.history.length);
    expect(t.history!.items.every((i) => i.source.length > 3)).toBe(true);
    expect(debriefText({ ...study, scenario: { ...scenario, history: [] } }, d).history).toBeNull();
  });

  it('says "up to the start" only when no history item is dated after the start', () => {
    const before = scenario.history.map((h) => ({ ...h, day: Math.min(h.day, scenario.startDay) }));
    expect(debriefText({ ...study, scenario: { ...scenario, history: before } }, d).history!.heading).toBe('What really happened, up to the start');
    const later = [...before, { ...before[0]!, day: scenario.startDay + 30 }];
    const view = debriefText({ ...study, scenario: { ...scenario, history: later } }, d).history!;
    expect(view.heading).toBe('What really happened');
    expect(view.closing).not.toMatch(/not part of the scenario/);
  });

  it('knows who "you" are only in a one-player game', () => {
    expect(viewerOf({ union: 'human', employer: 'ai:x' })).toBe('union');
    expect(viewerOf({ union: 'human', employer: 'human' })).toBeNull();
    expect(viewerOf({ union: 'ai:x', employer: 'ai:y' })).toBeNull();
  });
});

describe('debrief charts', () => {
  it('draws the zone of agreement only in weeks it was open, with a row per week', () => {
    const bands = c.zone.layers.find((l) => l.kind === 'bands');
    expect(bands?.kind === 'bands' && bands.rects.length).toBe(d.weeks.filter((w) => w.zopa).length);
    expect(c.zone.table.rows).toHaveLength(d.weeks.length);
    expect(c.zone.summary.length).toBeGreaterThan(60);
  });

  it('plots every offer in the value space, and the final terms', () => {
    const offers = d.weeks.reduce((n, w) => n + w.offers.length, 0);
    const points = c.space.layers.filter((l) => l.kind === 'points' && /offers/.test(l.label)).reduce((n, l) => n + (l.kind === 'points' ? l.points.length : 0), 0);
    expect(points).toBe(offers);
    expect(c.space.layers.some((l) => l.kind === 'points' && (l.label === 'Final terms' || l.label === 'Terms in force at the end'))).toBe(true);
  });

  it('draws Hicks\u2019s curves with the Government\u2019s offers and the strike days held', () => {
    const lines = c.hicks.layers.filter((l) => l.kind === 'line');
    expect(lines).toHaveLength(2);
    expect(c.hicks.layers.some((l) => l.kind === 'rule' && l.at === d.costs.union.strikeDays)).toBe(true);
    expect(c.hicks.summary).toMatch(/strike day/);
  });

  it('shades strike weeks on the opinion, harm and zone charts, and never uses colour alone', () => {
    for (const spec of [c.opinion, ...c.harm.charts, c.zone]) {
      const spans = spec.layers.find((l) => l.kind === 'spans');
      expect(spans?.kind === 'spans' && spans.spans.length).toBe(d.weeks.filter((w) => w.strikeDays > 0).length);
      // every plotted series has its own marker or dash besides its colour
      const lines = spec.layers.filter((l) => l.kind === 'line');
      const looks = new Set(lines.map((l) => (l.kind === 'line' ? `${l.marker}-${l.dash}` : '')));
      expect(looks.size).toBe(lines.length);
    }
    expect(c.opinion.table.rows).toHaveLength(d.weeks.length + 1);
  });

  it('writes runs of weeks in words', () => {
    expect(runs([1, 2, 3, 7])).toBe('1–3 and 7');
    expect(runs([4])).toBe('4');
    expect(runs([1, 3, 5, 6])).toBe('1, 3 and 5–6');
  });
});
