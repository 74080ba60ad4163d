// The rest of the app, loaded after the Title's first frame (see shell.ts): the bundled scenarios, the store
// over the core, every other screen, replay links, the file-drop guard and, in test builds, the test hook.
import './csp-zod'; // first: before any schema is built
import type Phaser from 'phaser';
import type { AppContext } from './app-context';
import { openFromHash, watchHash } from './replay-link';
import { classLinkOf } from './class-link';
import { BUNDLED_SCENARIOS, DEFAULT_SCENARIO_ID } from './scenarios';
import { PAR_SOURCE } from './par-source';
import { BriefingScene } from './scenes/BriefingScene';
import { PageScene } from './scenes/PageScene';
import { PassScene } from './scenes/PassScene';
import { SCENE } from './navigation/scene-keys';
import { screenToResume } from './navigation/game-screens';
import { SettingsScene } from './scenes/SettingsScene';
import { SetupScene } from './scenes/SetupScene';
import { TableScene } from './scenes/TableScene';
import { WeekResultScene } from './scenes/WeekResultScene';
import type { LoadedApp } from './shell';
import { catalogueOf } from './store/catalogue-core';
import { createGameStore, type GameStoreState } from './store/game-store';
import { viewSide } from './store/session';
import type { KeyValueStorage } from './platform/storage';
import { openTabChannel } from './platform/tabs';
import { writeTitlePeek } from './title-peek';
import { titleModelOf, type TitleModel } from './views/title';
import { installTestHook } from './test-hook';
import { applySettings } from './apply-settings';
import { requestRender } from './ui/render-on-demand';
import { guardDrops } from './ui/file-drops';
import { showWarning } from './ui/warning-banner';

export interface AppOptions {
  readonly game: Phaser.Game;
  readonly storage: KeyValueStorage | null;
  /** Test builds only: cuts every scenario short so whole-game browser tests stay quick. */
  readonly weeks?: number;
  readonly randomSeed: () => string;
}

// Test builds only (.env.test); the constant folds to false otherwise and the hook is dropped from the build.
const TEST_BUILD = import.meta.env.VITE_TEST_HOOKS === 'true';

const titleModel = (state: GameStoreState): TitleModel => titleModelOf(state, viewSide);

export function createApp({ game, storage, weeks, randomSeed }: AppOptions): LoadedApp {
  const catalogue = catalogueOf(BUNDLED_SCENARIOS, { defaultId: DEFAULT_SCENARIO_ID, ...(weeks ? { horizonWeeks: weeks } : {}) });
  for (const problem of catalogue.problems) console.error(`Scenario file problem: ${problem}`);
  const store = createGameStore({ catalogue, storage, tabs: openTabChannel(), par: PAR_SOURCE });
  const context: AppContext = { store, catalogue, randomSeed };

  store.subscribe(requestRender); // what the screens draw comes from the store
  // Settings were applied from storage before the Title; from here on they follow the store.
  store.subscribe((now, before) => {
    if (now.settings !== before.settings) applySettings(now.settings);
  });
  // A warning (storage refused, another tab) shows over whatever screen is up, until dismissed.
  store.subscribe((now, before) => {
    if (now.warning !== before.warning) showWarning(now.warning, () => store.getState().dismissWarning());
  });
  // The Title's summary of the save follows the save (see title-peek.ts).
  writeTitlePeek(storage, titleModel(store.getState()));
  store.subscribe((now, before) => {
    if (now.saved !== before.saved || now.session !== before.session) writeTitlePeek(storage, titleModel(now));
  });

  // Each screen under its key; every DOM page is a PageScene (navigation/pages.ts says which page it shows).
  for (const screen of [
    new SetupScene(SCENE.setup, context),
    new BriefingScene(SCENE.briefing, context),
    new TableScene(SCENE.table, context),
    new WeekResultScene(SCENE.weekResult, context),
    new PageScene(SCENE.debrief, context),
    new SettingsScene(SCENE.settings, context),
    new PassScene(SCENE.pass, context),
    new PageScene(SCENE.classroom, context),
    new PageScene(SCENE.classReport, context),
    new PageScene(SCENE.print, context),
    new PageScene(SCENE.workbench, context),
    new PageScene(SCENE.howToPlay, context),
    new PageScene(SCENE.joinClass, context),
    new PageScene(SCENE.teacher, context),
  ]) {
    game.scene.add(screen.sys.settings.key, screen, false);
  }
  watchHash(game, store, catalogue);
  guardDrops(); // a file dropped outside Setup or the Workbench must not replace the game
  if (TEST_BUILD) installTestHook(game, store);

  return {
    context,
    titleModel: () => titleModel(store.getState()),
    notice: () => store.getState().notice,
    continueSaved: () => {
      if (!store.getState().continueSaved()) return null;
      const session = store.getState().session;
      return session ? screenToResume(session) : null;
    },
    openLink: () => Promise.resolve(classLinkOf(window.location.search, window.location.hash)).then((link) => link ?? openFromHash(store, catalogue)),
  };
}
