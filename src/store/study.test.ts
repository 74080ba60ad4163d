/** Games to study: opened from the game just played, a replay code or a session file, and kept apart from the save. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newGame, replay, stateHash } from '../sim/index';
import { encodeReplay } from '../share/replay-code';
import { makeSessionFile, readSessionText } from '../share/session-file';
import { ROOT, loadScenario, playAi } from '../../test/unit/helpers';
import { createCatalogue } from './catalogue';
import { createGameStore } from './game-store';
import { MemoryStorage } from '../../test/unit/memory-storage';
import { SAVE_KEY } from './persistence';
import { openReplayCode, openSessionText } from './open-study';
import { replayCodeOf, replayLinkOf, sessionFileOf, studyHash, studyOfSession } from './study';

const scenario = loadScenario();
const catalogue = createCatalogue([{ fileName: 'resident-doctors-2025.yaml', text: readFileSync(`${ROOT}/scenarios/resident-doctors-2025.yaml`, 'utf8') }]);
const lookup = (id: string) => catalogue.get(id);
const game = playAi(scenario, 'study');
const code = encodeReplay(scenario, newGame(scenario, { seed: 'study', players: game.state.players }), {
  scenarioId: scenario.id,
  scenarioVersion: scenario.version,
  seed: 'study',
  players: game.state.players,
  log: game.log,
});

describe('studies', () => {
  it('a replay code, or a link ending in one, reopens the game to the same state hash', () => {
    for (const input of [code, `https://example.org/standoff/#r=${code}`, `  ${code}\n`]) {
      const opened = openReplayCode(input, lookup);
      expect(opened.ok).toBe(true);
      if (opened.ok) {
        expect(studyHash(opened.value)).toBe(stateHash(game.state));
        expect(opened.value.source).toBe('code');
      }
    }
  });

  it('a broken, altered or foreign code is refused with a sentence', () => {
    const cases: [string, RegExp][] = [
      ['nonsense', /not a Standoff replay code/],
      [code.slice(0, -30), /damaged|altered/],
      [code.replace(/^1\.[0-9a-f]{8}/, '1.00000000'), /altered/],
    ];
    for (const [input, message] of cases) {
      const opened = openReplayCode(input, lookup);
      expect(opened.ok).toBe(false);
      if (!opened.ok) expect(opened.error).toMatch(message);
    }
    const elsewhere = openReplayCode(code, () => null);
    expect(elsewhere.ok).toBe(false);
    if (!elsewhere.ok) expect(elsewhere.error).toMatch(/does not include/);
  });

  it('a study writes its own replay code and link, and a session file that reads back to the same game', () => {
    const opened = openReplayCode(code, lookup);
    if (!opened.ok) throw new Error(opened.error);
    const again = openReplayCode(replayCodeOf(opened.value), lookup);
    expect(again.ok && studyHash(again.value)).toBe(stateHash(game.state));
    expect(replayLinkOf('http://host/path/?x=1#old', 'CODE')).toBe('http://host/path/?x=1#r=CODE');
    const file = sessionFileOf(opened.value, { student: 'Ada Lovelace' });
    expect(file.name).toBe('standoff-resident-doctors-2025-seed-study-ada-lovelace.json');
    const read = readSessionText(file.text);
    expect(read.ok && read.value.labels).toEqual({ student: 'Ada Lovelace' });
    const reopened = openSessionText(file.text, file.name, lookup);
    expect(reopened.ok && studyHash(reopened.value)).toBe(stateHash(game.state));
    expect(reopened.ok && reopened.value.label).toBe(file.name);
  });

  it('a damaged or foreign session file is refused with its reason', () => {
    const opened = openReplayCode(code, lookup);
    if (!opened.ok) throw new Error(opened.error);
    const text = sessionFileOf(opened.value).text;
    const cut = openSessionText(text.slice(0, 100), 'x.json', lookup);
    expect(!cut.ok && cut.error).toMatch(/not valid JSON/);
    const edited = openSessionText(text.replace('"seed": "study"', '"seed": "other"'), 'x.json', lookup);
    expect(!edited.ok && edited.error).toMatch(/checksum/);
  });

  it('the store opens a study without touching the game in play or its save, and can adopt an unfinished one', () => {
    const storage = new MemoryStorage();
    const store = createGameStore({ catalogue, storage });
    store.getState().newGame({ scenarioId: scenario.id, seed: 'mine', players: { union: 'human', employer: 'ai' }, mode: 'normal' });
    store.getState().dispatch({ side: 'union', type: 'endTurn' });
    const save = storage.getItem(SAVE_KEY);
    const opened = openReplayCode(code, lookup);
    if (!opened.ok) throw new Error(opened.error);
    store.getState().openStudy(opened.value);
    expect(store.getState().study).toBe(opened.value);
    expect(storage.getItem(SAVE_KEY)).toBe(save);
    expect(store.getState().session!.setup.seed).toBe('mine');

    // An unfinished game (cut after three weeks) taken over: it becomes the game in play and the save.
    const partial = openReplayCode(replayCodeOf({ ...opened.value, log: game.log.slice(0, 6) }), lookup);
    if (!partial.ok) throw new Error(partial.error);
    store.getState().openStudy(partial.value);
    expect(store.getState().adoptStudy()).toBeNull();
    expect(store.getState().study).toBeNull();
    expect(store.getState().session!.setup.seed).toBe('study');
    expect(stateHash(store.getState().session!.state)).toBe(studyHash(partial.value));
    expect(JSON.parse(storage.getItem(SAVE_KEY)!).seed).toBe('study');
  });

  it('a game on a YAML scenario of the player\u2019s own, opened from a session file, can be continued and reloads', () => {
    // The tutorial is not in this catalogue: to it, the tutorial is a player's own scenario, carried as YAML text.
    const yaml = readFileSync(`${ROOT}/scenarios/tutorial.yaml`, 'utf8');
    const tutorial = loadScenario('tutorial');
    const played = playAi(tutorial, 'own');
    const cut = played.log.slice(0, 4); // an unfinished game
    const state = replay(tutorial, 'own', played.state.players, cut);
    const file = JSON.stringify(makeSessionFile(tutorial, state, cut, { scenarioText: yaml }));
    const opened = openSessionText(file, 'own.json', lookup);
    if (!opened.ok) throw new Error(opened.error);
    expect(() => JSON.parse(opened.value.scenarioText!)).not.toThrow(); // carried onward as JSON

    const storage = new MemoryStorage();
    const store = createGameStore({ catalogue: createCatalogue([]), storage });
    store.getState().openStudy(opened.value);
    expect(store.getState().adoptStudy()).toBeNull();
    expect(store.getState().session!.scenario.id).toBe('tutorial');
    expect(stateHash(store.getState().session!.state)).toBe(stateHash(state));
    const reloaded = createGameStore({ catalogue: createCatalogue([]), storage });
    expect(reloaded.getState().notice).toBeNull();
    expect(reloaded.getState().saved && stateHash(reloaded.getState().saved!.session.state)).toBe(stateHash(state));
  });

  it('the game just played is a study of itself', () => {
    const store = createGameStore({ catalogue, storage: null });
    store.getState().newGame({ scenarioId: scenario.id, seed: '5', players: { union: 'human', employer: 'ai' }, mode: 'normal' });
    const s = studyOfSession(store.getState().session!);
    expect(s.source).toBe('game');
    expect(s.players.employer).toMatch(/^ai:/);
  });
});
