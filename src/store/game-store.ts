// The one bridge between the core and the screens: a zustand vanilla store holding the game in play, the
// player's working plan, the saved game and the settings. Screens read it through the view models (src/views) and change it
// only through the actions below; every game rule stays in src/sim.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KeyValueStorage } from '../platform/storage';
import type { TabChannel, TabMessage } from '../platform/tabs';
import type { SeatView } from '../classroom/seat-view';
import { step, type Action, type Rejection, type Scenario } from '../sim/index';
import type { Catalogue } from './catalogue';
import {
  freeAsideKey,
  keepAside,
  readSave,
  setAsideMessage,
  writeSave,
  SAVE_FORMAT_VERSION,
  SAVE_KEY,
  type SaveFile,
} from './persistence';
import { bundledPars, type ParSource, type ParStatus } from './par';
import { EMPTY_PLAN, planFor, type Plan } from './plan';
import {
  applyAction,
  rebuildSession,
  rewindTo,
  skipQuietWeeks,
  startSession,
  undoTarget,
  viewSide,
  withdraw as withdrawMove,
  type GameSetup,
  type Session,
} from './session';
import { sessionFromView, toScriptAction, type RemoteSeat } from './remote';
import { DEFAULT_SETTINGS, SETTINGS_KEY, readSettings, writeSettings, type Settings } from './settings';
import type { Study } from './study';

/** A valid saved game, as the Title describes it. */
export interface SavedGame {
  readonly session: Session;
  readonly title: string;
}

export interface GameStoreState {
  readonly session: Session | null;
  readonly plan: Plan;
  /** A save that replays cleanly, for "Continue"; null when there is none. */
  readonly saved: SavedGame | null;
  /** Something the player must be told on the Title (a save set aside, a code that would not open); null when all is well. */
  readonly notice: string | null;
  /** Something the player must be told now, on whatever screen is showing (the browser refused to store the
   *  game; another tab has the same save); null when all is well. Each is said once. */
  readonly warning: string | null;
  readonly settings: Settings;
  /** A first visit: no save and no settings in this browser when the app started (Setup then offers the tutorial). */
  readonly firstVisit: boolean;
  /** A game opened to study (from a replay code or a session file); the game in play and its save are untouched. */
  readonly study: Study | null;
  /** Par tables by scenario hash (bundled ones ready from the start; others computed when a game starts). Not saved. */
  readonly pars: Readonly<Record<string, ParStatus>>;
  /** A class game's link to the server: moves go there and the session follows its views; null offline. */
  readonly remote: RemoteSeat | null;

  newGame(setup: GameSetup): void;
  /** Resumes the saved game (or the one in play); false when there is none. */
  continueSaved(): boolean;
  /** Sends a player's action to the core (and, when a human ends the turn, lets the AI play its week). */
  dispatch(action: Action): Rejection | null;
  /** Skips quiet weeks: ends the player's week, with no new moves, until something happens or a decision is due
   *  (see skipQuietWeeks in session.ts). Only with one human side; the refusal when the week cannot end. */
  skipQuiet(): Rejection | null;
  /** Practice mode: goes back to the start of the last resolved week. */
  undoWeek(): boolean;
  /** The same scenario, seed, players and mode, from week 0. */
  restart(): void;
  /** Takes back a move queued this week (its index in the log). */
  withdraw(index: number): void;
  setPlan(change: Partial<Plan>): void;
  setSettings(change: Partial<Settings>): void;
  dismissNotice(): void;
  dismissWarning(): void;
  /** Shows a message on the Title (e.g. why a replay code could not be opened). */
  setNotice(notice: string): void;
  openStudy(study: Study): void;
  closeStudy(): void;
  /** Makes the study the game in play (replacing the saved game); a message when it cannot be. */
  adoptStudy(): string | null;
  /** Makes sure the par table of the scenario with this hash is ready or on its way (computed when not bundled). */
  requestPar(scenario: Scenario, scenarioHash: string): void;
  /** A class game's view from the server: the session follows it (the saved game is not touched). */
  seatView(view: SeatView, scenario: Scenario, remote: RemoteSeat): void;
  /** A class game is over: the whole game, rebuilt from its seed and every move, for the week result and debrief. */
  classGameOver(session: Session): void;
  /** Leaves a class game: the link closes and no game is in play (the saved one is offered again). */
  leaveClass(): void;
}

export interface StoreDeps {
  readonly catalogue: Catalogue;
  /** localStorage in the browser; null when the browser offers none (games then last as long as the page). */
  readonly storage: KeyValueStorage | null;
  /** The other Standoff tabs in this browser (a BroadcastChannel); null or absent where there is none. */
  readonly tabs?: TabChannel | null;
  /** This tab's id on that channel (default: a random one). */
  readonly tabId?: string;
  /** Par tables: the bundled ones and a way to compute others (a Web Worker in the browser). None: no par shown. */
  readonly par?: ParSource;
}

/** What a player is told when another tab has the same save: both games are kept. */
export const otherTabMessage = (key: string): string =>
  `Standoff is open in another tab or window too. So that neither game overwrites the other, this tab now saves its game separately, as "${key}" in this browser's storage; the other tab keeps the usual save.`;

export type GameStore = StoreApi<GameStoreState>;

/** `scenarioText`: the scenario's JSON text when it is the player's own (not bundled), so the save carries it. */
const toSave = (session: Session, scenarioText: string | null = null): SaveFile => ({
  formatVersion: SAVE_FORMAT_VERSION,
  scenarioId: session.setup.scenarioId,
  scenarioVersion: session.scenario.version,
  scenarioHash: session.state.scenarioHash,
  ...(scenarioText === null ? {} : { scenarioText }),
  seed: session.setup.seed,
  players: session.setup.players,
  mode: session.setup.mode,
  log: session.log,
});

/** No save and no settings yet: a player who has never played here (storage that cannot be read counts as seen). */
function firstVisit(storage: KeyValueStorage | null): boolean {
  try {
    return storage !== null && storage.getItem(SAVE_KEY) === null && storage.getItem(SETTINGS_KEY) === null;
  } catch {
    return false;
  }
}

/** Opens the save in storage: a valid one for "Continue", or a message (and the save kept aside). */
function inspectSave(deps: StoreDeps): { saved: SavedGame | null; notice: string | null } {
  if (!deps.storage) return { saved: null, notice: null };
  const read = readSave(deps.storage);
  if (read.kind === 'none') return { saved: null, notice: null };
  let reason: string;
  if (read.kind === 'bad') reason = read.message;
  else {
    const { save } = read;
    // A save of the player's own scenario carries it: it joins the catalogue again (and Setup's list).
    const carried = save.scenarioText === undefined ? null : deps.catalogue.addCustom(save.scenarioText);
    const scenario = carried ? (carried.ok && carried.value.id === save.scenarioId ? carried.value : null) : deps.catalogue.get(save.scenarioId);
    if (carried && !carried.ok) reason = `the scenario it carries cannot be read (${carried.error.message})`;
    else if (carried && !scenario) reason = `the scenario it carries is not "${save.scenarioId}", the one it was played on`;
    else if (!scenario) reason = `it is for the scenario "${save.scenarioId}", which this version of Standoff does not include`;
    else if (scenario.version !== save.scenarioVersion) {
      reason = `it was played on version ${save.scenarioVersion} of "${scenario.title}", and this version of Standoff has version ${scenario.version}, on which the same moves would not give the same game`;
    } else {
      const setup: GameSetup = { scenarioId: save.scenarioId, seed: save.seed, players: save.players, mode: save.mode };
      const rebuilt = rebuildSession(scenario, setup, save.log);
      if (!rebuilt.ok) {
        const { index, message } = rebuilt.error;
        reason =
          index < 0
          ? `its players cannot be set up (${message})`
          : `its moves no longer replay on this scenario (move ${index + 1}: ${message})`;
      } else if (save.scenarioHash !== undefined && save.scenarioHash !== rebuilt.value.state.scenarioHash) {
        reason = `the scenario "${scenario.title}" has changed since it was saved, so the same moves would not give the same game`;
      } else {
        return { saved: { session: rebuilt.value, title: scenario.title }, notice: null };
      }
    }
  }
  // The exact text stored is kept, not a re-serialisation of it.
  return { saved: null, notice: setAsideMessage(reason, keepAside(deps.storage, read.raw)) };
}

export function createGameStore(deps: StoreDeps): GameStore {
  const opened = inspectSave(deps);
  const tabId = deps.tabId ?? Math.random().toString(36).slice(2);
  // Where this tab saves: the save slot, until another tab is found writing it; then a key of its own.
  let slot = SAVE_KEY;
  let otherTab = false;
  let storageWarned = false;

  /** Writes the game to this tab's slot. Returns what the player must be told, once each: that the browser
   *  refused (the game goes on in memory), or that this tab has just begun saving apart from another. */
  const save = (session: Session): string | null => {
    if (!deps.storage) return null;
    let apart = false;
    if (otherTab && slot === SAVE_KEY) {
      try {
        slot = freeAsideKey(deps.storage);
        apart = true;
      } catch {
        // storage switched off: the write below fails and says so
      }
    }
    const refused = writeSave(deps.storage, toSave(session, deps.catalogue.customText(session.scenario)), slot);
    if (refused) {
      if (storageWarned) return null;
      storageWarned = true;
      return refused;
    }
    if (slot === SAVE_KEY) deps.tabs?.post({ type: 'saved', from: tabId });
    return apart ? otherTabMessage(slot) : null;
  };

  const store = createStore<GameStoreState>()((set, get) => {
    /**
     * Puts a session in play and autosaves it. The plan carries over within a week (the player is still
     * building it) and is made afresh, keeping what still applies, when a week begins or a game is (re)opened.
     */
    const enter = (session: Session, carry: 'same-week' | 'fresh'): void => {
      // An offline game in play ends a class game on this tab.
      get().remote?.leave();
      const previous = get().session;
      const weekGoesOn =
        carry === 'same-week' && previous !== null && previous.state.week === session.state.week && !session.state.outcome;
      const plan = weekGoesOn ? get().plan : planFor(session.state, viewSide(session), carry === 'same-week' ? get().plan : null);
      const warning = save(session) ?? get().warning;
      set({ session, plan, warning, saved: null, remote: null });
      get().requestPar(session.scenario, session.state.scenarioHash);
    };

    /** After a player's move: a refusal leaves the game as it was (with the reason); anything else is played on. */
    const settle = (next: Session): Rejection | null => {
      if (next.rejection) {
        set({ session: next });
        return next.rejection;
      }
      enter(next, 'same-week');
      return null;
    };

    return {
      session: null,
      plan: EMPTY_PLAN,
      saved: opened.saved,
      notice: opened.notice,
      warning: null,
      settings: deps.storage ? readSettings(deps.storage) : DEFAULT_SETTINGS,
      firstVisit: firstVisit(deps.storage),

      newGame(setup) {
        const scenario = deps.catalogue.get(setup.scenarioId);
        if (!scenario) throw new Error(`no scenario "${setup.scenarioId}" in the catalogue`); // Setup lists only these
        enter(startSession(scenario, setup), 'fresh');
      },

      continueSaved() {
        const { saved, session } = get();
        if (saved) enter(saved.session, 'fresh');
        return saved !== null || session !== null; // a game already in play simply goes on
      },

      dispatch(action) {
        const session = get().session;
        if (!session) return { reason: 'game-over', message: 'No game is in play.' };
        const remote = get().remote;
        if (remote) {
          // The seat's own rules check first, for an answer at once; the server checks again and decides.
          const checked = step(session.state, action);
          if (checked.rejected) return checked.rejected;
          remote.send(toScriptAction(action));
          return null;
        }
        return settle(applyAction(session, action));
      },

      skipQuiet() {
        const session = get().session;
        if (!session) return { reason: 'game-over', message: 'No game is in play.' };
        if (get().remote) return { reason: 'not-your-lever', message: 'Skipping weeks is for a game with one player.' };
        const next = skipQuietWeeks(session);
        if (next === session) return session.state.outcome ? { reason: 'game-over', message: 'The dispute is over.' } : { reason: 'not-your-lever', message: 'Skipping weeks is for a game with one player.' };
        return settle(next);
      },

      undoWeek() {
        const session = get().session;
        if (!session || session.setup.mode !== 'practice') return false;
        const week = undoTarget(session);
        if (week === null) return false;
        enter(rewindTo(session, week), 'fresh');
        return true;
      },

      restart() {
        const session = get().session;
        if (!session || get().remote) return;
        enter(startSession(session.scenario, session.setup), 'fresh');
      },

      withdraw(index) {
        const session = get().session;
        if (!session) return;
        const remote = get().remote;
        if (remote) {
          // A class game's log is this seat's moves queued this week; the server takes the move back and says so in its next view.
          if (index >= 0 && index < session.log.length && !session.state.outcome) remote.takeBack(index);
          return;
        }
        const next = withdrawMove(session, index);
        if (next !== session) enter(next, 'same-week');
      },

      setPlan(change) {
        set({ plan: { ...get().plan, ...change } });
      },

      setSettings(change) {
        const settings = { ...get().settings, ...change };
        writeSettings(deps.storage, settings);
        set({ settings });
      },

      dismissNotice() {
        set({ notice: null });
      },

      dismissWarning() {
        set({ warning: null });
      },

      setNotice(notice) {
        set({ notice });
      },

      study: null,

      openStudy(study) {
        set({ study });
        get().requestPar(study.scenario, study.state.scenarioHash);
      },

      closeStudy() {
        set({ study: null });
      },

      adoptStudy() {
        const study = get().study;
        if (!study) return 'There is no game to continue.';
        let scenario = deps.catalogue.get(study.scenario.id);
        if ((!scenario || scenario.version !== study.scenario.version) && study.scenarioText !== undefined && !deps.catalogue.isBundled(study.scenario.id)) {
          // A scenario of the player's own, carried by the code or file: it joins the list, so the save reopens.
          const added = deps.catalogue.addCustom(study.scenarioText);
          if (added.ok) scenario = added.value;
        }
        if (!scenario || scenario.version !== study.scenario.version) {
          return `This game's scenario ("${study.scenario.title}") is not one this copy of Standoff includes, so it cannot be saved and continued here; it can still be studied.`;
        }
        const setup: GameSetup = { scenarioId: scenario.id, seed: study.seed, players: study.players, mode: 'normal' };
        const rebuilt = rebuildSession(scenario, setup, study.log);
        if (!rebuilt.ok) return `This game cannot be continued: move ${rebuilt.error.index + 1} no longer fits (${rebuilt.error.message}).`;
        enter(rebuilt.value, 'fresh');
        set({ study: null });
        return null;
      },

      pars: bundledPars(deps.par),

      remote: null,

      seatView(view, scenario, remote) {
        const previous = get().session;
        if (get().remote && previous?.state.outcome && previous.setup.seed !== '') return; // the whole game is in
        const session = sessionFromView(get().remote ? previous : null, view, scenario);
        const weekGoesOn = previous !== null && get().remote !== null && previous.state.week === session.state.week && !session.state.outcome;
        const plan = weekGoesOn ? get().plan : planFor(session.state, viewSide(session), null);
        set({ session, plan, remote });
      },

      classGameOver(session) {
        if (get().remote) set({ session });
      },

      leaveClass() {
        const remote = get().remote;
        if (!remote) return;
        remote.leave();
        set({ remote: null, session: null, saved: inspectSave(deps).saved });
      },

      requestPar(scenario, scenarioHash) {
        const source = deps.par;
        if (!source || get().pars[scenarioHash]) return;
        const settle = (status: ParStatus) => set({ pars: { ...get().pars, [scenarioHash]: status } });
        settle({ kind: 'computing' });
        source.compute(scenario).then(
          (table) => settle(table.scenarioHash === scenarioHash ? { kind: 'ready', table } : { kind: 'failed', message: 'par was computed for a different version of the scenario' }),
          (e: unknown) => settle({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
        );
      },
    };
  });

  // Other tabs are heard once the store exists (a BroadcastChannel delivers later, a test's bus at once).
  const heard = (message: TabMessage): void => {
    if (message.from === tabId) return;
    if (message.type === 'hello') {
      if (store.getState().session && slot === SAVE_KEY) deps.tabs?.post({ type: 'playing', from: tabId });
      return;
    }
    if (slot !== SAVE_KEY) return; // already saving apart
    otherTab = true;
    // Another tab wrote the save slot while a game is in play here: this tab's game moves to its own key.
    const session = store.getState().session;
    if (message.type === 'saved' && session) {
      const said = save(session);
      if (said) store.setState({ warning: said });
    }
  };
  deps.tabs?.listen(heard);
  deps.tabs?.post({ type: 'hello', from: tabId });
  return store;
}
