import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/unit/helpers';
import { createCatalogue } from '../store/catalogue';
import { createGameStore, type GameStore } from '../store/game-store';
import type { GameSetup } from '../store/session';
import { weekResultView } from './week-result';

const text = readFileSync(`${ROOT}/scenarios/resident-doctors-2025.yaml`, 'utf8');
const catalogue = createCatalogue([{ fileName: 'r.yaml', text }]);
const hotSeat: GameSetup = { scenarioId: 'resident-doctors-2025', seed: '3', players: { union: 'human', employer: 'human' }, mode: 'normal' };
const offer = { pay: 26, trainingPosts: 4000, examFees: 100, rotaReform: 3 };

/** Week 1: the BMA offers and calls a strike for week 3. Week 2: the Government accepts that offer while the BMA queues a new one. */
function acceptedWhileProposing(): GameStore {
  const store = createGameStore({ catalogue, storage: null });
  store.getState().newGame(hotSeat);
  const d = store.getState().dispatch;
  expect(d({ side: 'union', type: 'propose', offer })).toBeNull();
  expect(d({ side: 'union', type: 'callStrike', start: '2025-07-21', days: 3 })).toBeNull();
  d({ side: 'union', type: 'endTurn' });
  d({ side: 'employer', type: 'endTurn' });
  expect(d({ side: 'union', type: 'propose', offer: { ...offer, pay: 20 } })).toBeNull();
  expect(d({ side: 'employer', type: 'accept' })).toBeNull();
  d({ side: 'union', type: 'endTurn' });
  d({ side: 'employer', type: 'endTurn' });
  return store;
}

describe('the week result explains what the rules did on their own', () => {
  const store = acceptedWhileProposing();
  const view = weekResultView(store.getState().session!, 'union')!;
  const texts = view.items.map((i) => i.text);

  it('says the vote called the strike days off, not the union', () => {
    expect(texts).toContainEqual(expect.stringMatching(/^Because members are voting on the deal, the 3 notified strike days from .+ were called off \(not postponed/));
    expect(texts.some((t) => /^The BMA called off/.test(t))).toBe(false);
  });

  it('says why the union leaders recommend the deal', () => {
    expect(texts).toContain("The BMA's leaders recommend the deal to members: it is the offer they made, which the Government accepted.");
  });

  it('says a queued offer was superseded by the other side accepting', () => {
    expect(texts).toContain("The BMA's new offer, queued this week, was not made: the Government accepted the BMA's standing offer first, and talks close while members vote.");
    // The note follows the news of the vote it explains.
    const opened = texts.findIndex((t) => t.startsWith('Members began voting'));
    expect(opened).toBeGreaterThanOrEqual(0);
    expect(texts.findIndex((t) => t.startsWith("The BMA's new offer"))).toBeGreaterThan(opened);
  });

  it('has no skip line when the week was simply ended', () => {
    expect(view.skipped).toBeNull();
  });
});

describe('the week result after a skip', () => {
  it('sums up the quiet weeks before the week that stopped it', () => {
    const store = createGameStore({ catalogue, storage: null });
    store.getState().newGame({ ...hotSeat, players: { union: 'human', employer: 'ai:pragmatist' }, seed: '11' });
    let skipped: readonly number[] = [];
    for (let i = 0; i < 30 && skipped.length === 0 && !store.getState().session!.state.outcome; i += 1) {
      expect(store.getState().skipQuiet()).toBeNull();
      skipped = store.getState().session!.lastWeek!.skipped ?? [];
    }
    expect(skipped.length).toBeGreaterThan(0);
    const view = weekResultView(store.getState().session!, 'union')!;
    const n = skipped.length;
    const span = n === 1 ? `week ${skipped[0]! + 1}` : `weeks ${skipped[0]! + 1}\u2013${skipped.at(-1)! + 1}`;
    expect(view.skipped).toMatch(new RegExp(`^${n} quiet weeks? skipped \\(${span}, .+\\): no offers, strikes or votes; support for the strikes \\d+% \u2192 \\d+%\\.$`));
  });
});
