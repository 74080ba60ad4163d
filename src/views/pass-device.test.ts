/** Hot-seat: the hand-over screen names the side to play, leads to its brief in week 1, and says nothing private. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/unit/helpers';
import { createCatalogue } from '../store/catalogue';
import { createGameStore } from '../store/game-store';
import { money, pct } from './format';
import { HOT_SEAT_PLAYERS, isHotSeat } from '../store/hot-seat';
import { viewSide } from '../store/session';
import { handoverView } from './pass-device';

const catalogue = createCatalogue([{ fileName: 'resident-doctors-2025.yaml', text: readFileSync(`${ROOT}/scenarios/resident-doctors-2025.yaml`, 'utf8') }]);
const scenario = catalogue.get('resident-doctors-2025')!;

describe('hot-seat', () => {
  const store = createGameStore({ catalogue, storage: null });
  store.getState().newGame({ scenarioId: scenario.id, seed: 'hs', players: HOT_SEAT_PLAYERS, mode: 'normal' });
  const view = () => handoverView(store.getState().session!, viewSide(store.getState().session!));

  it('starts with the BMA and its brief, then the Government and its brief, then the week plays', () => {
    expect(isHotSeat(store.getState().session!.setup)).toBe(true);
    expect(view()).toMatchObject({ side: 'union', next: 'briefing', heading: 'Pass the device to the BMA' });
    store.getState().dispatch({ side: 'union', type: 'endTurn' });
    expect(view()).toMatchObject({ side: 'employer', next: 'briefing', heading: 'Pass the device to the Government' });
    store.getState().dispatch({ side: 'employer', type: 'endTurn' });
    expect(store.getState().session!.state.week).toBe(1);
    expect(view()).toMatchObject({ side: 'union', next: 'table' });
    expect(view().label).toBe('Hot-seat · week 2 of 52');
  });

  it('says nothing either side keeps private', () => {
    const s = store.getState().session!.state;
    const text = JSON.stringify(view());
    for (const secret of [pct(s.union.moraleBp), money(s.union.fundK, s.scenario.vocabulary.currency), money(s.employer.headroomK, s.scenario.vocabulary.currency)]) expect(text).not.toContain(secret);
  });

  it('is not hot-seat when the computer plays a side', () => {
    expect(isHotSeat({ players: { union: 'human', employer: 'ai:hardliner' } })).toBe(false);
  });
});
