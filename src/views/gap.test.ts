// The gap gauge and Why?: what the player can know (public offers, their own walk-away), in plain words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/unit/helpers';
import { walkAwayOf } from '../sim/index';
import { createCatalogue } from '../store/catalogue';
import { createGameStore } from '../store/game-store';
import type { GameSetup } from '../store/session';
import { valueTo } from './common';
import { gapView } from './gap';
import { whyView } from './opponent-why';

const text = readFileSync(`${ROOT}/scenarios/resident-doctors-2025.yaml`, 'utf8');
const catalogue = createCatalogue([{ fileName: 'r.yaml', text }]);
const asUnion: GameSetup = { scenarioId: 'resident-doctors-2025', seed: '3', players: { union: 'human', employer: 'ai:hardliner' }, mode: 'normal' };
const CODE = /\b[A-Z]{2,}(?:_[A-Z]+)+\b/;

const sessionAfter = (setup: GameSetup, weeks: number) => {
  const store = createGameStore({ catalogue, storage: null });
  store.getState().newGame(setup);
  const side = setup.players.union === 'human' ? 'union' : 'employer';
  for (let i = 0; i < weeks; i += 1) store.getState().dispatch({ side, type: 'endTurn' });
  return store.getState().session!;
};

describe('the gap', () => {
  it('measures the public positions in points of value to the player, against the player\u2019s own walk-away', () => {
    const session = sessionAfter(asUnion, 1);
    const gap = gapView(session, 'union')!;
    const { state } = session;
    const theirs = Math.round(valueTo(state, 'union', state.negotiation.standing.employer!.offer) / 100);
    const yours = Math.round(valueTo(state, 'union', state.negotiation.standing.union!.offer) / 100);
    expect([gap.theirs, gap.yours, gap.walkAway]).toEqual([theirs, yours, Math.round(walkAwayOf(state, 'union') / 100)]);
    expect(gap.points).toBe(yours - theirs);
    expect(gap.label).toBe(`${yours - theirs} points apart`);
  });

  it('says in character when no deal is in reach, naming the player\u2019s own public demand', () => {
    const gap = gapView(sessionAfter(asUnion, 1), 'union')!;
    expect(gap.reachable).toBe(false);
    expect(gap.status).toContain('no deal is in reach');
    expect(gap.line).toMatch(/29 pp/);
    expect(gap.sentence).toContain(`The Government: \u201c${gap.line}\u201d`);
  });

  it('never reads the other side\u2019s private figures: the same gap whatever the Government\u2019s read-across', () => {
    const session = sessionAfter(asUnion, 1);
    const other = { ...session, state: { ...session.state, hidden: { ...session.state.hidden, employerReadAcrossBp: session.state.hidden.employerReadAcrossBp + 3000 } } };
    expect(gapView(other, 'union')).toEqual(gapView(session, 'union'));
  });
});

describe('Why?', () => {
  it('gives each of the computer\u2019s lines with its reasoning in plain words, and never a reason code', () => {
    const session = sessionAfter(asUnion, 2);
    const why = whyView(session, 'union');
    const said = session.lastWeek!.messages.filter((m) => m.side === 'employer');
    expect(said.length).toBeGreaterThan(0);
    for (const m of said) expect(why.paragraphs).toContain(`\u201c${m.text}\u201d ${m.why}`);
    expect(why.paragraphs.join(' ')).not.toMatch(CODE);
    expect(why.paragraphs.at(-1)).toMatch(/^The gap now: \d+ points apart/);
  });

  it('says a person plays the other side in a two-player game', () => {
    const session = sessionAfter({ ...asUnion, players: { union: 'human', employer: 'human' } }, 0);
    expect(whyView(session, 'union').paragraphs[0]).toBe('The Government is played by a person: only they know their reasons.');
  });
});

describe('before both sides have tabled offers', () => {
  it('gives no verdict and no deadlock line in week 1, while the other side has tabled nothing (its side reads 0)', () => {
    const session = sessionAfter(asUnion, 0);
    expect(session.state.negotiation.standing.employer).toBeNull();
    const gap = gapView(session, 'union')!;
    expect(gap.theirs).toBe(0);
    expect([gap.tabled, gap.reachable, gap.line]).toEqual([false, false, null]);
    expect(gap.note).toBe('The Government has no offer on the table yet: no verdict on a deal until both sides have tabled.');
    expect(gap.status).not.toMatch(/deal is in reach/);
    expect(gap.sentence).not.toMatch(/deal is in reach|\u201c/);
  });

  it('says so when it is the player who has tabled nothing', () => {
    const session = sessionAfter({ ...asUnion, players: { union: 'ai:pragmatist', employer: 'human' } }, 0);
    expect(session.state.negotiation.standing.union).not.toBeNull();
    expect(session.state.negotiation.standing.employer).toBeNull();
    const gap = gapView(session, 'employer')!;
    expect([gap.tabled, gap.line]).toEqual([false, null]);
    expect(gap.note).toBe('You have no offer on the table yet: no verdict on a deal until both sides have tabled.');
  });
});

describe('the gap against a person', () => {
  it('puts no words in a person\u2019s mouth: once they table a low offer, it says in plain words that no deal is in reach', () => {
    const store = createGameStore({ catalogue, storage: null });
    store.getState().newGame({ ...asUnion, players: { union: 'human', employer: 'human' } });
    store.getState().dispatch({ side: 'employer', type: 'propose', offer: { pay: 0.5, trainingPosts: 1000, examFees: 50, rotaReform: 1 } });
    for (const side of ['union', 'employer'] as const) store.getState().dispatch({ side, type: 'endTurn' });
    const session = store.getState().session!;
    expect(session.state.negotiation.standing.employer).not.toBeNull();
    const gap = gapView(session, 'union')!;
    expect([gap.tabled, gap.reachable, gap.line]).toEqual([true, false, null]);
    expect(gap.note).toBe('No deal is in reach: their position is below your walk-away.');
  });
});
