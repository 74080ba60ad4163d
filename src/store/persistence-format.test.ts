import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/unit/helpers';
import { readScenarioText } from '../sim/scenario/parse';
import { catalogueOf, sourceFromData } from './catalogue';
import { createGameStore } from './game-store';
import { MemoryStorage } from '../../test/unit/memory-storage';
import { ASIDE_PREFIX, SAVE_FORMAT_VERSION, SAVE_KEY, checkSave, readSave } from './persistence';

const raw = (path: string): unknown => {
  const read = readScenarioText(readFileSync(`${ROOT}/${path}`, 'utf8'));
  if (!read.ok) throw new Error('unreadable');
  return read.value.raw;
};
const bundled = () => catalogueOf([sourceFromData('tutorial.yaml', raw('scenarios/tutorial.yaml'))]);
const customJson = JSON.stringify({ ...(raw('test/fixtures/scenarios/minimal.yaml') as object), id: 'my-dispute' });

/** A save exactly as format 1 wrote it (before saves could carry a scenario). */
const formatOne = {
  formatVersion: 1,
  scenarioId: 'tutorial',
  scenarioVersion: '1.0.0',
  seed: '5',
  players: { union: 'human', employer: 'ai:steady' },
  mode: 'normal',
  log: [
    { side: 'union', type: 'endTurn' },
    { side: 'employer', type: 'endTurn' },
  ],
};

describe('save format 2', () => {
  it('reads a format 1 save as format 2, field for field', () => {
    expect(SAVE_FORMAT_VERSION).toBe(2);
    expect(checkSave(formatOne)).toEqual({ ok: true, value: { ...formatOne, formatVersion: 2 } });
  });

  it('continues a format 1 save of a bundled scenario after an upgrade', () => {
    const storage = new MemoryStorage();
    storage.setItem(SAVE_KEY, JSON.stringify(formatOne));
    const store = createGameStore({ catalogue: bundled(), storage });
    expect(store.getState().notice).toBeNull();
    expect(store.getState().saved?.session.state.week).toBe(1);
    expect(store.getState().continueSaved()).toBe(true);
    // the next autosave is written in the new format, still without a scenario text
    const after = JSON.parse(storage.getItem(SAVE_KEY)!);
    expect(after.formatVersion).toBe(2);
    expect(after).not.toHaveProperty('scenarioText');
  });

  it('refuses a damaged scenario text with a reason', () => {
    expect(checkSave({ ...formatOne, formatVersion: 2, scenarioText: 12 })).toMatchObject({ ok: false, error: expect.stringMatching(/scenario it carries is damaged/) });
  });

  it('carries a scenario of the player\u2019s own, so the game reopens where the file is absent', () => {
    const storage = new MemoryStorage();
    const first = bundled();
    expect(first.addCustom(customJson).ok).toBe(true);
    const store = createGameStore({ catalogue: first, storage });
    store.getState().newGame({ scenarioId: 'my-dispute', seed: 'x', players: { union: 'human', employer: 'ai:steady' }, mode: 'normal' });
    store.getState().dispatch({ side: 'union', type: 'endTurn' });
    const save = readSave(storage);
    expect(save.kind).toBe('ok');
    if (save.kind === 'ok') expect(save.save.scenarioText).toBe(customJson);

    // a fresh page: the catalogue has only the bundled scenarios
    const later = bundled();
    const reopened = createGameStore({ catalogue: later, storage });
    expect(reopened.getState().notice).toBeNull();
    expect(reopened.getState().saved?.session.state.week).toBe(1);
    expect(later.entries.map((e) => e.id)).toEqual(['tutorial', 'my-dispute']);
  });

  it('sets aside a save whose carried scenario cannot be read, saying why', () => {
    const storage = new MemoryStorage();
    storage.setItem(SAVE_KEY, JSON.stringify({ ...formatOne, formatVersion: 2, scenarioId: 'my-dispute', scenarioText: '{"id": "my-dispute"' }));
    const store = createGameStore({ catalogue: bundled(), storage });
    expect(store.getState().saved).toBeNull();
    expect(store.getState().notice).toMatch(/the scenario it carries cannot be read/);
    expect(storage.getItem(`${ASIDE_PREFIX}1`)).not.toBeNull();
  });
});
