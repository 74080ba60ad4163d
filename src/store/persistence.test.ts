import { describe, expect, it } from 'vitest';
import { ASIDE_PREFIX, SAVE_FORMAT_VERSION, SAVE_KEY, checkSave, keepAside, readSave, setAsideMessage, writeSave, type SaveFile } from './persistence';
import { MemoryStorage } from '../../test/unit/memory-storage';

const save: SaveFile = {
  formatVersion: SAVE_FORMAT_VERSION,
  scenarioId: 'resident-doctors-2025',
  scenarioVersion: '1.0.0',
  seed: '7',
  players: { union: 'human', employer: 'ai:pragmatist' },
  mode: 'normal',
  log: [{ side: 'union', type: 'endTurn' }],
};

describe('saves', () => {
  it('round-trips through storage', () => {
    const storage = new MemoryStorage();
    expect(writeSave(storage, save)).toBeNull();
    const read = readSave(storage);
    expect(read.kind).toBe('ok');
    if (read.kind === 'ok') expect(read.save).toEqual(save);
  });

  it('reports no save when there is none or storage is switched off', () => {
    expect(readSave(new MemoryStorage()).kind).toBe('none');
    expect(readSave(new MemoryStorage({ broken: true })).kind).toBe('none');
  });

  it('turns a refused write into a sentence, never an exception', () => {
    expect(writeSave(new MemoryStorage({ broken: true }), save)).toMatch(/would not store the game/);
  });

  it.each([
    ['damaged', '{"formatVersion":1,"scen', /damaged or was cut short/],
    ['truncated', JSON.stringify(save).slice(0, 40), /damaged or was cut short/],
    ['not a save', '[1,2,3]', /not a Standoff save/],
    ['from the future', JSON.stringify({ ...save, formatVersion: 9 }), /newer version of Standoff \(save format 9/],
    ['too old', JSON.stringify({ ...save, formatVersion: 0 }), /older version of Standoff \(save format 0\)/],
    ['without a format', JSON.stringify({ ...save, formatVersion: 'one' }), /no save format/],
    ['with a damaged move', JSON.stringify({ ...save, log: [{ side: 'union', type: 'dance' }] }), /move 1 of its list of moves is damaged/],
    ['with no players', JSON.stringify({ ...save, players: null }), /who plays each side/],
    ['with a bad mode', JSON.stringify({ ...save, mode: 'easy' }), /mode/],
  ])('refuses a save %s with a reason', (_, raw, reason) => {
    const storage = new MemoryStorage();
    storage.setItem(SAVE_KEY, raw);
    const read = readSave(storage);
    expect(read.kind).toBe('bad');
    if (read.kind === 'bad') {
      expect(read.message).toMatch(reason);
      expect(read.raw).toBe(raw);
    }
  });

  it('keeps a refused save aside, under a new key each time, and frees the slot', () => {
    const storage = new MemoryStorage();
    storage.setItem(SAVE_KEY, 'first');
    expect(keepAside(storage, 'first')).toBe(`${ASIDE_PREFIX}1`);
    storage.setItem(SAVE_KEY, 'second');
    expect(keepAside(storage, 'second')).toBe(`${ASIDE_PREFIX}2`);
    expect(storage.getItem(`${ASIDE_PREFIX}1`)).toBe('first');
    expect(storage.getItem(`${ASIDE_PREFIX}2`)).toBe('second');
    expect(storage.getItem(SAVE_KEY)).toBeNull();
  });

  it('leaves the save where it is when it cannot be moved', () => {
    const storage = new MemoryStorage();
    storage.setItem(SAVE_KEY, 'x');
    storage.broken = true;
    expect(keepAside(storage, 'x')).toBeNull();
    storage.broken = false;
    expect(storage.getItem(SAVE_KEY)).toBe('x');
    expect(setAsideMessage('it is damaged', null)).toMatch(/left where it was/);
  });

  it('names where a set-aside save went', () => {
    expect(setAsideMessage('it is damaged', 'standoff:save:aside:1')).toBe(
      'Your saved game could not be opened: it is damaged. It has been kept in this browser\'s storage as "standoff:save:aside:1", so nothing is lost, and a new game will not overwrite it.',
    );
  });

  it('keeps the scenario fingerprint when there is one', () => {
    expect(checkSave({ ...save, scenarioHash: 'abc' })).toEqual({ ok: true, value: { ...save, scenarioHash: 'abc' } });
    expect(checkSave({ ...save, scenarioHash: 3 })).toMatchObject({ ok: false, error: expect.stringMatching(/fingerprint/) });
  });
});
