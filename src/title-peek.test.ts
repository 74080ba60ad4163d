import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../test/unit/helpers';
import { createCatalogue } from './store/catalogue';
import { createGameStore } from './store/game-store';
import { viewSide } from './store/session';
import { MemoryStorage } from '../test/unit/memory-storage';
import { readTitlePeek, TITLE_PEEK_KEY, writeTitlePeek } from './title-peek';
import { titleModelOf } from './views/title';

const catalogue = createCatalogue([{ fileName: 'resident-doctors-2025.yaml', text: readFileSync(`${ROOT}/scenarios/resident-doctors-2025.yaml`, 'utf8') }]);

describe("the Title's summary of the save", () => {
  it('says what the replayed save says: the week and the side played, or that there is none', () => {
    const store = createGameStore({ catalogue, storage: new MemoryStorage() });
    expect(titleModelOf(store.getState(), viewSide)).toEqual({ canContinue: false, continueDetail: 'No saved game yet' });
    store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: '3', players: { union: 'ai', employer: 'human' }, mode: 'normal' });
    expect(titleModelOf(store.getState(), viewSide)).toEqual({ canContinue: true, continueDetail: 'Week 1 as the Government' });
    store.getState().dispatch({ side: 'employer', type: 'endTurn' });
    expect(titleModelOf(store.getState(), viewSide).continueDetail).toBe('Week 2 as the Government');
  });

  it('round-trips through storage, and anything unreadable or odd reads as no summary', () => {
    const storage = new MemoryStorage();
    expect(readTitlePeek(storage)).toBeNull();
    writeTitlePeek(storage, { canContinue: true, continueDetail: 'Week 4 as the BMA' });
    expect(readTitlePeek(storage)).toEqual({ canContinue: true, continueDetail: 'Week 4 as the BMA' });
    for (const bad of ['{"canContinue":tru', '[]', '"text"', '{"canContinue":"yes","continueDetail":"x"}', '{"canContinue":true}', JSON.stringify({ canContinue: true, continueDetail: 'x'.repeat(500) })]) {
      storage.setItem(TITLE_PEEK_KEY, bad);
      expect(readTitlePeek(storage), bad).toBeNull();
    }
    expect(readTitlePeek(null)).toBeNull();
  });

  it('never throws when storage refuses', () => {
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => undefined };
    expect(readTitlePeek(refusing)).toBeNull();
    expect(() => writeTitlePeek(refusing, { canContinue: false, continueDetail: 'No saved game yet' })).not.toThrow();
  });
});
