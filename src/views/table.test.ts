import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/unit/helpers';
import { createCatalogue } from '../store/catalogue';
import { count, issueValue, millions, money, pct, signed } from './format';
import { createGameStore, type GameStore } from '../store/game-store';
import { newsItems } from './news';
import { weekResultView } from './week-result';
import { chartSeries } from './dispute-chart';
import { tableFigures } from './figure-tiles';
import { newsFeed, opponentView } from './latest-news';
import { actionsView } from './moves';
import { offerHistory } from './offer-history';
import { strikeCalendar } from './strike-calendar';
import { headerView } from './table-header';
import { termsView } from './terms';
import type { GameSetup } from '../store/session';

const text = readFileSync(`${ROOT}/scenarios/resident-doctors-2025.yaml`, 'utf8');
const catalogue = createCatalogue([{ fileName: 'r.yaml', text }]);
const asUnion: GameSetup = { scenarioId: 'resident-doctors-2025', seed: '3', players: { union: 'human', employer: 'ai:conceder' }, mode: 'normal' };
const asEmployer: GameSetup = { ...asUnion, players: { union: 'ai:hardliner', employer: 'human' } };

const play = (setup: GameSetup, weeks = 0, cat = catalogue): GameStore => {
  const store = createGameStore({ catalogue: cat, storage: null });
  store.getState().newGame(setup);
  const side = setup.players.union === 'human' ? 'union' : 'employer';
  for (let i = 0; i < weeks; i += 1) store.getState().dispatch({ side, type: 'endTurn' });
  return store;
};

describe('formatting', () => {
  it('reads as people write numbers', () => {
    expect(pct(2650)).toBe('27%');
    expect(pct(2650, 1)).toBe('26.5%');
    expect(count(54095)).toBe('54,095');
    expect(millions(7_392_577)).toBe('7.39m');
    expect(money(300_165, { code: 'GBP', symbol: '£' })).toBe('£300m');
    expect(money(1_234_567, { code: 'GBP', symbol: '£' })).toBe('£1.23bn');
    expect(money(800, { code: 'GBP', symbol: '£' })).toBe('£0.8m');
    expect(signed(-1200)).toBe('−1,200');
    expect(signed(3)).toBe('+3');
    const issues = catalogue.get('resident-doctors-2025')!.issues;
    expect(issues.map((issue) => issueValue(issue, issue.values[1]!))).toEqual(['0.5 pp', '1,000 posts', '50%', 'level 1']);
  });
});

describe('the Table', () => {
  it('shows each side its own private figures and never the other\u2019s', () => {
    const union = play(asUnion).getState();
    const employer = play(asEmployer).getState();
    const ids = (s: typeof union) => tableFigures(s.session!, s.session!.setup.players.union === 'human' ? 'union' : 'employer').map((f) => f.id);
    expect(ids(union)).toEqual(['opinion', 'waitingList', 'strikeCost', 'mandate', 'pressure', 'morale', 'fund']);
    expect(ids(union)).not.toContain('headroom');
    expect(ids(employer)).toEqual(expect.arrayContaining(['headroom', 'mitigation']));
    expect(ids(employer)).not.toContain('morale');
  });

  it('names a source for every figure', () => {
    const s = play(asUnion).getState().session!;
    const figures = tableFigures(s, 'union');
    for (const f of figures) expect(f.info.sources.length, f.id).toBeGreaterThan(0);
    const list = figures.find((f) => f.id === 'waitingList')!;
    expect(list.value).toBe('7.37m');
    expect(list.info.sources[0]!.text).toMatch(/^NHS England statistics/);
    expect(figures.find((f) => f.id === 'opinion')!.info.sources.some((n) => n.text.startsWith('Ipsos'))).toBe(true);
    expect(figures.find((f) => f.id === 'mandate')!.value).toBe('27 weeks');
    expect(figures.find((f) => f.id === 'pressure')!.info.sources.some((n) => n.text.startsWith('Ipsos (2024-06-20)'))).toBe(true);
  });

  it('builds offers from the scenario\u2019s grid, valued for the player only', () => {
    const store = play(asUnion);
    const s = store.getState().session!;
    const view = termsView(s, 'union', store.getState().plan);
    expect(view.rows.map((r) => r.issueId)).toEqual(['pay', 'trainingPosts', 'examFees', 'rotaReform']);
    expect(view.rows[0]!.yours).toBe('29 pp'); // the opening claim stands
    expect(view.rows[0]!.theirs).toBeNull();
    expect(view.theirValue).toBe('—');
    expect(view.rows[0]!.levels[view.rows[0]!.draftIndex]).toBe('29 pp');
    expect(view.rows[0]!.effect).toMatch(/^\+\d+$/);
    expect(view.rows[1]!.shortLevels[4]).toBe('4,000');
    expect(view.draftTerms).toEqual({ pay: 29, trainingPosts: 4000, examFees: 100, rotaReform: 3 });
    expect(Number(view.draftValue)).toBeGreaterThan(Number(view.walkAway));

    const employer = play(asEmployer);
    const g = termsView(employer.getState().session!, 'employer', { ...employer.getState().plan, draft: [8, 0, 0, 0] });
    expect(g.rows[0]!.effect).toBe('£300m');
    expect(g.draftCost).toBe('£300m a year');
    expect(g.theirTitle).toBe('BMA, opening');
  });

  it('greys out what cannot be done, with the core\u2019s reason', () => {
    const store = play(asUnion);
    const actions = actionsView(store.getState().session!, 'union');
    expect(actions.map((a) => a.type)).toEqual(['accept', 'putToMembers', 'reject', 'propose', 'withdraw', 'callStrike', 'suspendStrike', 'openBallot', 'statement', 'endTurn']);
    const accept = actions.find((a) => a.type === 'accept')!;
    expect(accept).toMatchObject({ available: false, key: 'A', reason: 'There is no Government offer on the table to answer.' });
    store.getState().dispatch({ side: 'union', type: 'statement', tone: 'firm' });
    const statement = actionsView(store.getState().session!, 'union').find((a) => a.type === 'statement')!;
    expect(statement).toMatchObject({ available: true, queuedIndex: 0 });
    expect(actionsView(play(asEmployer).getState().session!, 'employer').map((a) => a.type)).toEqual(['accept', 'reject', 'propose', 'withdraw', 'imposeAward', 'setMitigation', 'fundCatchUp', 'statement', 'endTurn']);
  });

  it('marks strike days on the calendar, and previews one being planned', () => {
    const store = play(asUnion);
    const plan = store.getState().plan;
    const planned = strikeCalendar(store.getState().session!, 'union', plan);
    expect(planned.weeks).toHaveLength(6);
    expect(planned.weeks[0]![0]!.label).toBe('Mon 7 Jul');
    expect(planned.weeks.flat().filter((d) => d.status === 'planned').map((d) => d.label)).toEqual(['Mon 21 Jul', 'Tue 22 Jul', 'Wed 23 Jul']);
    store.getState().dispatch({ side: 'union', type: 'callStrike', start: '2025-07-21', days: 2 });
    // queued, not yet called: still shown as planned, with the queued dates
    const queued = strikeCalendar(store.getState().session!, 'union', store.getState().plan);
    expect(queued.weeks.flat().filter((d) => d.status === 'planned').map((d) => d.label)).toEqual(['Mon 21 Jul', 'Tue 22 Jul']);
    store.getState().dispatch({ side: 'union', type: 'endTurn' });
    const s = store.getState().session!;
    const cal = strikeCalendar(s, 'union', store.getState().plan);
    expect(cal.weeks.flat().filter((d) => d.status === 'called').map((d) => d.label)).toEqual(['Mon 21 Jul', 'Tue 22 Jul']);
    expect(cal.summary).toMatch(/notified: Mon 21 Jul, Tue 22 Jul/);
    expect(newsFeed(s)[0]!.items.some((n) => n.kind === 'strike' && /2-day strike from Mon 21 Jul 2025/.test(n.text))).toBe(true);
  });

  it('charts one point per week from the start, and lists offers newest first', () => {
    const store = play(asEmployer, 4);
    const s = store.getState().session!;
    const charts = chartSeries(s);
    expect(charts.support).toHaveLength(5);
    expect(charts.waitingList[0]).toBeCloseTo(7.37);
    const offers = offerHistory(s, 'employer');
    expect(offers[offers.length - 1]).toMatchObject({ week: 'Opening', fromName: 'BMA' });
    expect(offers[0]!.levels).toHaveLength(4);
  });

  it('gives the header and the opponent\u2019s voice', () => {
    const store = play(asEmployer);
    const s = store.getState().session!;
    expect(headerView(s, 'employer')).toMatchObject({ week: 'Week 1 of 52', dates: 'Mon 7 Jul – Sun 13 Jul 2025', opponent: 'BMA: Hardliner (computer)' });
    expect(opponentView(s, 'employer').text).toBe('The BMA has not spoken yet.');
    store.getState().dispatch({ side: 'employer', type: 'endTurn' });
    expect(opponentView(store.getState().session!, 'employer').text.length).toBeGreaterThan(10);
  });
});

describe('week results and the debrief', () => {
  it('reports the week just played, with the figures that moved', () => {
    const store = play(asEmployer, 1);
    const view = weekResultView(store.getState().session!, 'employer')!;
    expect(view.title).toBe('Week 1 of 52');
    expect(view.changes.map((c) => c.label)).toEqual(['Support the strikes', 'Oppose the strikes', 'NHS waiting list', 'Cost of strikes so far']);
    expect(view.quotes.every((q) => q.name === 'BMA')).toBe(true);
    expect(view.over).toBe(false);
  });

  it('turns every event into news, and none into an empty line', () => {
    const store = play(asEmployer, 8);
    const s = store.getState().session!;
    for (const week of s.recent) for (const item of newsItems(s.scenario, week.events)) expect(item.text).toMatch(/^[A-Z"].+\.$/);
  });

});
