import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide, replay, stateHash } from '../sim/index';
import { ROOT } from '../../test/unit/helpers';
import { createCatalogue, type Catalogue } from './catalogue';
import { createGameStore, otherTabMessage, type GameStore } from './game-store';
import type { TabChannel, TabMessage } from '../platform/tabs';
import { MemoryStorage } from '../../test/unit/memory-storage';
import { ASIDE_PREFIX, SAVE_FORMAT_VERSION, SAVE_KEY } from './persistence';
import { MANDATE_WARNING_DAYS, SKIP_STOPS, stopsSkip, type GameSetup } from './session';
import { SETTINGS_KEY } from './settings';

const file = { fileName: 'resident-doctors-2025.yaml', text: readFileSync(`${ROOT}/scenarios/resident-doctors-2025.yaml`, 'utf8') };
const catalogue = createCatalogue([file]);
const ID = 'resident-doctors-2025';
const asUnion: GameSetup = { scenarioId: ID, seed: '11', players: { union: 'human', employer: 'ai:pragmatist' }, mode: 'practice' };
const asEmployer: GameSetup = { ...asUnion, players: { union: 'ai:hardliner', employer: 'human' } };

function fresh(setup: GameSetup = asUnion, storage = new MemoryStorage(), cat: Catalogue = catalogue): { store: GameStore; storage: MemoryStorage } {
  const store = createGameStore({ catalogue: cat, storage });
  store.getState().newGame(setup);
  return { store, storage };
}

const endWeek = (store: GameStore, side: 'union' | 'employer' = 'union') => store.getState().dispatch({ side, type: 'endTurn' });
const session = (store: GameStore) => store.getState().session!;

describe('the catalogue', () => {
  it('lists the bundled scenario and parses it once', () => {
    expect(catalogue.entries.map((e) => e.id)).toEqual([ID]);
    expect(catalogue.get(ID)).toBe(catalogue.get(ID));
    expect(catalogue.problems).toEqual([]);
  });

  it('can cut the horizon for tests, marking the version', () => {
    const short = createCatalogue([file], { horizonWeeks: 3 }).get(ID)!;
    expect(short.horizonWeeks).toBe(3);
    expect(short.version).toMatch(/\+weeks3$/);
  });

  it('reports a file that does not parse instead of throwing', () => {
    const cat = createCatalogue([{ fileName: 'bad.yaml', text: 'id: [' }]);
    expect(cat.entries).toEqual([]);
    expect(cat.problems[0]).toMatch(/^bad\.yaml/);
  });
});

describe('the game store', () => {
  it('starts a game at week 0 and autosaves it', () => {
    const { store, storage } = fresh();
    expect(session(store).state.week).toBe(0);
    const saved = JSON.parse(storage.getItem(SAVE_KEY)!);
    expect(saved).toMatchObject({ formatVersion: SAVE_FORMAT_VERSION, scenarioId: ID, scenarioVersion: '1.0.0', seed: '11', mode: 'practice', log: [] });
    expect(saved.players).toEqual(asUnion.players);
  });

  it('lets the AI play its week, decided from the week\u2019s start, when the human ends the turn', () => {
    const { store } = fresh(asEmployer);
    const start = session(store).state;
    const planned = decide(start, 'union').map((d) => d.action);
    expect(store.getState().dispatch({ side: 'employer', type: 'statement', tone: 'firm' })).toBeNull();
    expect(endWeek(store, 'employer')).toBeNull();
    const s = session(store);
    expect(s.state.week).toBe(1);
    expect(s.log.slice(0, 2)).toEqual([{ side: 'employer', type: 'statement', tone: 'firm' }, { side: 'employer', type: 'endTurn' }]);
    expect(s.log.slice(2)).toEqual(planned);
    expect(s.lastWeek?.week).toBe(0);
    expect(s.weekStarts).toEqual([0, s.log.length]);
    // the log is the game: the core's replay reproduces it
    expect(stateHash(replay(s.scenario, '11', asEmployer.players, s.log))).toBe(stateHash(s.state));
  });

  it('keeps what the AI said about its moves', () => {
    const { store } = fresh(asEmployer);
    endWeek(store, 'employer');
    const said = session(store).lastWeek!.messages;
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((m) => m.side === 'union' && m.text.length > 0)).toBe(true);
  });

  it('reports a refused action and changes nothing else', () => {
    const { store } = fresh();
    const before = session(store);
    const refusal = store.getState().dispatch({ side: 'union', type: 'propose', offer: { pay: 4.25 } });
    expect(refusal?.reason).toBe('off-grid');
    expect(session(store).rejection).toEqual(refusal);
    expect(session(store).log).toBe(before.log);
    expect(session(store).state).toBe(before.state);
    expect(store.getState().dispatch({ side: 'union', type: 'accept' })?.reason).toBe('no-offer');
  });

  it('keeps both sides human possible: the week resolves on the second end of turn', () => {
    const { store } = fresh({ ...asUnion, players: { union: 'human', employer: 'human' } });
    endWeek(store, 'union');
    expect(session(store).state.week).toBe(0);
    endWeek(store, 'employer');
    expect(session(store).state.week).toBe(1);
    expect(session(store).log).toHaveLength(2);
  });

  it('continues a saved game exactly, with the AI\u2019s last words', () => {
    const { store, storage } = fresh(asEmployer);
    for (let i = 0; i < 3; i += 1) endWeek(store, 'employer');
    store.getState().dispatch({ side: 'employer', type: 'statement', tone: 'conciliatory' }); // mid-week
    const live = session(store);

    const again = createGameStore({ catalogue, storage });
    expect(again.getState().notice).toBeNull();
    expect(again.getState().saved?.title).toBe(live.scenario.title);
    expect(again.getState().continueSaved()).toBe(true);
    const loaded = session(again);
    expect(stateHash(loaded.state)).toBe(stateHash(live.state));
    expect(loaded.log).toEqual(live.log);
    expect(loaded.weekStarts).toEqual(live.weekStarts);
    expect(loaded.lastWeek).toEqual(live.lastWeek);
    expect(stateHash(loaded.weekStart)).toBe(stateHash(live.weekStart));
    // and play goes on identically
    endWeek(store, 'employer');
    endWeek(again, 'employer');
    expect(stateHash(session(again).state)).toBe(stateHash(session(store).state));
  });

  it.each([
    ['damaged', () => '{"formatVersion":1,', /damaged or was cut short/],
    ['for another scenario', (s: string) => s.replace(ID, 'elsewhere'), /scenario "elsewhere", which this version/],
    ['for another scenario version', (s: string) => s.replace('"1.0.0"', '"0.9.0"'), /version 0\.9\.0 of/],
    ['for an edited scenario', (s: string) => s.replace(/"scenarioHash":"\w+"/, '"scenarioHash":"0000"'), /has changed since it was saved/],
    ['with a move that no longer fits', (s: string) => s.replace('"log":[]', '"log":[{"side":"union","type":"accept"}]'), /move 1: There is no Government offer/],
    ['from a newer Standoff', (s: string) => s.replace(`"formatVersion":${SAVE_FORMAT_VERSION}`, `"formatVersion":${SAVE_FORMAT_VERSION + 1}`), /newer version of Standoff/],
  ])('sets aside a save %s, with a message, and keeps its text', (_, spoil, message) => {
    const { storage } = fresh();
    const raw = (spoil as (s: string) => string)(storage.getItem(SAVE_KEY)!);
    storage.setItem(SAVE_KEY, raw);
    const store = createGameStore({ catalogue, storage });
    expect(store.getState().saved).toBeNull();
    expect(store.getState().notice).toMatch(message);
    expect(store.getState().notice).toMatch(/kept in this browser's storage as "standoff:save:aside:1"/);
    expect(storage.getItem(`${ASIDE_PREFIX}1`)).toBe(raw);
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    // a new game does not touch it
    store.getState().newGame(asUnion);
    expect(storage.getItem(`${ASIDE_PREFIX}1`)).toBe(raw);
  });

  it('tells the player once when the browser will not store the game, and play goes on in memory', () => {
    const storage = new MemoryStorage();
    const { store } = fresh(asUnion, storage);
    storage.broken = true;
    endWeek(store);
    expect(store.getState().warning).toMatch(/would not store the game/);
    expect(session(store).state.week).toBe(1); // play goes on
    store.getState().dismissWarning();
    endWeek(store);
    endWeek(store);
    expect(store.getState().warning).toBeNull(); // said once, not every week
    expect(session(store).state.week).toBe(3);
  });

  it('undoes the last week in practice mode only', () => {
    const { store } = fresh();
    endWeek(store);
    const afterOne = session(store);
    endWeek(store);
    store.getState().dispatch({ side: 'union', type: 'statement', tone: 'firm' });
    expect(store.getState().undoWeek()).toBe(true);
    expect(session(store).state.week).toBe(1);
    expect(stateHash(session(store).state)).toBe(stateHash(afterOne.state));
    expect(session(store).log).toEqual(afterOne.log);

    const normal = fresh({ ...asUnion, mode: 'normal' }).store;
    endWeek(normal);
    expect(normal.getState().undoWeek()).toBe(false);
    expect(session(normal).state.week).toBe(1);
  });

  it('has nothing to undo before the first week resolves', () => {
    const { store } = fresh();
    expect(store.getState().undoWeek()).toBe(false);
  });

  it('restarts with the same seed, players and mode', () => {
    const { store } = fresh();
    const start = stateHash(session(store).state);
    endWeek(store);
    endWeek(store);
    store.getState().restart();
    expect(session(store).state.week).toBe(0);
    expect(session(store).log).toEqual([]);
    expect(stateHash(session(store).state)).toBe(start);
  });

  it('withdraws a move queued this week', () => {
    const { store } = fresh();
    const before = stateHash(session(store).state);
    store.getState().dispatch({ side: 'union', type: 'statement', tone: 'hardline' });
    store.getState().dispatch({ side: 'union', type: 'openBallot' });
    store.getState().withdraw(0);
    expect(session(store).log).toEqual([{ side: 'union', type: 'openBallot' }]);
    store.getState().withdraw(0);
    expect(stateHash(session(store).state)).toBe(before);
  });

  it('keeps the player\u2019s plan within a week and renews it when a week begins', () => {
    const { store } = fresh();
    expect(store.getState().plan.draft).toEqual(session(store).state.negotiation.standing.union!.offer);
    store.getState().setPlan({ draft: [10, 2, 1, 1], strikeDays: 5 });
    store.getState().dispatch({ side: 'union', type: 'statement', tone: 'firm' });
    expect(store.getState().plan.draft).toEqual([10, 2, 1, 1]);
    endWeek(store);
    expect(store.getState().plan.draft).toEqual([10, 2, 1, 1]); // still the player's work in progress
    expect(store.getState().plan.strikeDays).toBe(5);
    expect(store.getState().plan.strikeStart).toBe('2025-07-28'); // the new week's earliest lawful start
  });

  it('plays a short game to its outcome', () => {
    const short = createCatalogue([file], { horizonWeeks: 3 });
    const { store, storage } = fresh(asUnion, new MemoryStorage(), short);
    for (let i = 0; i < 3; i += 1) endWeek(store);
    const s = session(store);
    expect(s.state.outcome?.kind).toBe('deadline');
    expect(s.lastWeek?.week).toBe(2);
    expect(endWeek(store)?.reason).toBe('game-over');
    // the finished game is still saved (for its debrief) and reopens finished
    const again = createGameStore({ catalogue: short, storage });
    expect(again.getState().saved?.session.state.outcome?.kind).toBe('deadline');
    // a short-horizon save never opens as the full scenario
    const full = createGameStore({ catalogue, storage });
    expect(full.getState().notice).toMatch(/version 1\.0\.0\+weeks3/);
  });

  it('remembers settings, with sound off by default', () => {
    const storage = new MemoryStorage();
    const store = createGameStore({ catalogue, storage });
    expect(store.getState().settings).toEqual({ textSize: 'standard', sound: false, reduceMotion: false, projector: false });
    store.getState().setSettings({ sound: true, textSize: 'large' });
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!)).toMatchObject({ sound: true, textSize: 'large' });
    expect(createGameStore({ catalogue, storage }).getState().settings.sound).toBe(true);
    storage.setItem(SETTINGS_KEY, '{oops');
    expect(createGameStore({ catalogue, storage }).getState().settings.sound).toBe(false);
  });

  it('works without storage at all', () => {
    const store = createGameStore({ catalogue, storage: null });
    store.getState().newGame(asUnion);
    endWeek(store);
    expect(session(store).state.week).toBe(1);
    expect(store.getState().notice).toBeNull();
  });
});

/** Tabs on one in-memory channel: each hears every other's messages at once, as a BroadcastChannel delivers. */
function tabBus() {
  const listeners: ((m: TabMessage) => void)[] = [];
  return (): TabChannel => {
    let own: ((m: TabMessage) => void) | null = null;
    return {
      post: (m) => { for (const l of [...listeners]) if (l !== own) l(m); },
      listen: (on) => { own = on; listeners.push(on); },
    };
  };
}

describe('two tabs on the same save', () => {
  it('a second tab that opens while a game is in play saves apart, says so, and both games are kept', () => {
    const storage = new MemoryStorage();
    const open = tabBus();
    const first = createGameStore({ catalogue, storage, tabs: open(), tabId: 'a' });
    first.getState().newGame(asUnion);
    endWeek(first);
    const second = createGameStore({ catalogue, storage, tabs: open(), tabId: 'b' });
    expect(second.getState().continueSaved()).toBe(true); // the same game, in a second tab
    expect(second.getState().warning).toBe(otherTabMessage(`${ASIDE_PREFIX}1`));
    endWeek(second);
    endWeek(second);
    endWeek(first);
    const main = JSON.parse(storage.getItem(SAVE_KEY)!);
    const aside = JSON.parse(storage.getItem(`${ASIDE_PREFIX}1`)!);
    expect(main.log).toEqual(session(first).log);
    expect(aside.log).toEqual(session(second).log);
    expect(main.log).not.toEqual(aside.log);
    expect(first.getState().warning).toBeNull(); // the first tab keeps the usual save
  });

  it('of two tabs opened before either played, the one that starts a game second saves apart', () => {
    const storage = new MemoryStorage();
    const open = tabBus();
    const first = createGameStore({ catalogue, storage, tabs: open(), tabId: 'a' });
    const second = createGameStore({ catalogue, storage, tabs: open(), tabId: 'b' });
    first.getState().newGame(asUnion);
    endWeek(first);
    second.getState().newGame(asEmployer);
    expect(second.getState().warning).toBe(otherTabMessage(`${ASIDE_PREFIX}1`));
    expect(first.getState().warning).toBeNull();
    endWeek(first);
    expect(JSON.parse(storage.getItem(SAVE_KEY)!).log).toEqual(session(first).log);
    expect(JSON.parse(storage.getItem(`${ASIDE_PREFIX}1`)!).log).toEqual(session(second).log);
  });

  it('a tab with a game in play that hears another write the save slot moves its own game aside', () => {
    const storage = new MemoryStorage();
    const open = tabBus();
    const first = createGameStore({ catalogue, storage, tabs: open(), tabId: 'a' });
    first.getState().newGame(asUnion);
    endWeek(first);
    const stranger = open(); // a tab that missed the others' news, as a race between two openings can
    stranger.listen(() => {});
    storage.setItem(SAVE_KEY, 'its own game');
    stranger.post({ type: 'saved', from: 'c' });
    expect(first.getState().warning).toBe(otherTabMessage(`${ASIDE_PREFIX}1`));
    expect(JSON.parse(storage.getItem(`${ASIDE_PREFIX}1`)!).log).toEqual(session(first).log);
    endWeek(first);
    expect(JSON.parse(storage.getItem(`${ASIDE_PREFIX}1`)!).log).toEqual(session(first).log);
    expect(storage.getItem(SAVE_KEY)).toBe('its own game');
  });
});

describe('par in the store', () => {
  const hash = (store: GameStore) => session(store).state.scenarioHash;
  const tableFor = (scenarioHash: string) => ({ scenarioId: ID, scenarioVersion: '1.0.0', scenarioHash, seeds: 24, seedPrefix: 'par', union: { pragmatist: 30 }, employer: { hardliner: 60 } });

  it('has the bundled tables ready from the start, and computes none for them', () => {
    let asked = 0;
    const probe = createGameStore({ catalogue, storage: null });
    probe.getState().newGame(asUnion);
    const table = tableFor(hash(probe));
    const store = createGameStore({ catalogue, storage: null, par: { bundled: [table], compute: () => ((asked += 1), Promise.reject(new Error('not wanted'))) } });
    expect(store.getState().pars[table.scenarioHash]).toEqual({ kind: 'ready', table });
    store.getState().newGame(asUnion);
    expect(asked).toBe(0);
  });

  it('computes par for any other scenario when its game starts, "computing" until it is ready, and never saves it', async () => {
    let resolve: (t: ReturnType<typeof tableFor>) => void = () => {};
    const asked: string[] = [];
    const storage = new MemoryStorage();
    const store = createGameStore({ catalogue, storage, par: { bundled: [], compute: (s) => (asked.push(s.id), new Promise((r) => (resolve = r))) } });
    store.getState().newGame(asUnion);
    expect(store.getState().pars[hash(store)]).toEqual({ kind: 'computing' });
    endWeek(store); // more moves do not ask again
    expect(asked).toEqual([ID]);
    resolve(tableFor(hash(store)));
    await Promise.resolve();
    expect(store.getState().pars[hash(store)]).toMatchObject({ kind: 'ready' });
    expect(storage.getItem(SAVE_KEY)).not.toMatch(/"pars"|seedPrefix/);
  });

  it('marks par failed when it cannot be computed', async () => {
    const store = createGameStore({ catalogue, storage: null, par: { bundled: [], compute: () => Promise.reject(new Error('no workers here')) } });
    store.getState().newGame(asUnion);
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState().pars[hash(store)]).toEqual({ kind: 'failed', message: 'no workers here' });
  });
});

describe('skipping quiet weeks', () => {
  // The same game played a week at a time, for comparison.
  const weekByWeek = (setup: GameSetup, weeks: number) => {
    const { store } = fresh(setup);
    const side = setup.players.union === 'human' ? 'union' : 'employer';
    const out = [];
    for (let i = 0; i < weeks && !session(store).state.outcome; i += 1) {
      const before = session(store).state;
      endWeek(store, side);
      out.push({ before, after: session(store).state, events: session(store).lastWeek!.events });
    }
    return out;
  };

  for (const setup of [asUnion, asEmployer]) {
    it(`stops at the first week with an event, having ended the earlier ones with no new moves (${setup.players.union === 'human' ? 'BMA' : 'Government'})`, () => {
      const { store } = fresh(setup);
      const side = setup.players.union === 'human' ? 'union' : 'employer';
      expect(store.getState().skipQuiet()).toBeNull();
      const s = session(store);
      const stop = s.lastWeek!.week;
      const reference = weekByWeek(setup, stop + 1);
      const firstStop = reference.findIndex((w) => stopsSkip(w.before, w.after, w.events));
      expect(firstStop).toBe(stop);
      expect(s.lastWeek!.skipped ?? []).toEqual(Array.from({ length: stop }, (_, i) => i));
      expect(stateHash(s.state)).toBe(stateHash(reference[stop]!.after));
      // The player's only moves were the ends of the weeks.
      expect(s.log.filter((a) => a.side === side).every((a) => a.type === 'endTurn')).toBe(true);
      expect(s.events.length).toBeGreaterThan(0);
    });
  }

  it('stops at the week an offer is received or a vote opens, and never skips past one', () => {
    const { store } = fresh(asUnion);
    let skipped = 0;
    for (let i = 0; i < 40 && !session(store).state.outcome; i += 1) {
      const week = session(store).state.week;
      expect(store.getState().skipQuiet()).toBeNull();
      const report = session(store).lastWeek!;
      expect(report.week).toBeGreaterThanOrEqual(week);
      // Every skipped week was quiet: no offer, strike, vote, ballot or event in it.
      for (const w of report.skipped ?? []) expect(w).toBeLessThan(report.week);
      skipped += report.skipped?.length ?? 0;
      const mandateNear = (session(store).state.law.mandate?.until ?? Infinity) - (session(store).state.scenario.startDay + session(store).state.week * 7) <= MANDATE_WARNING_DAYS;
      expect(report.events.some((e) => SKIP_STOPS.has(e.type)) || mandateNear || session(store).state.outcome !== null).toBe(true);
    }
    expect(session(store).state.outcome).not.toBeNull();
    expect(skipped).toBeGreaterThan(0);
  });

  it('never skips past the end of the game, and refuses once it is over', () => {
    const short = createCatalogue([file], { horizonWeeks: 5 });
    const { store } = fresh(asUnion, new MemoryStorage(), short);
    for (let i = 0; i < 10 && !session(store).state.outcome; i += 1) expect(store.getState().skipQuiet()).toBeNull();
    expect(session(store).state.outcome).not.toBeNull();
    expect(session(store).lastWeek!.events.some((e) => e.type === 'gameEnded')).toBe(true);
    expect(store.getState().skipQuiet()).toMatchObject({ reason: 'game-over' });
  });

  it('is refused in a hot-seat game', () => {
    const { store } = fresh({ ...asUnion, players: { union: 'human', employer: 'human' } });
    expect(store.getState().skipQuiet()).toMatchObject({ reason: 'not-your-lever' });
    expect(session(store).state.week).toBe(0);
  });
});
