// Composition root: load the font, build the store and the context, start Phaser, expose the test hook.
import './csp-zod'; // first: before any schema is built
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './style.css';
import Phaser from 'phaser';
import type { AppContext } from './app-context';
import { COLOURS, FONT_FACES_TO_LOAD, css, setHighContrast, setTextScale } from './layout';
import { BUNDLED_SCENARIOS, DEFAULT_SCENARIO_ID } from './scenarios';
import { BootScene } from './scenes/BootScene';
import { BriefingScene } from './scenes/BriefingScene';
import { DebriefScene } from './scenes/DebriefScene';
import { ClassReportScene, ClassroomScene, PrintScene } from './scenes/PagesScenes';
import { PassScene } from './scenes/PassScene';
import { openFromHash, watchHash } from './replay-link';
import { SettingsScene } from './scenes/SettingsScene';
import { SetupScene } from './scenes/SetupScene';
import { TableScene } from './scenes/TableScene';
import { TitleScene } from './scenes/TitleScene';
import { WorkbenchScene } from './scenes/WorkbenchScene';
import { WeekResultScene } from './scenes/WeekResultScene';
import { catalogueOf } from './store/catalogue-core';
import { createGameStore } from './store/game-store';
import type { KeyValueStorage } from './store/persistence';
import type { Settings } from './store/settings';
import { installTestHook } from './test-hook';
import { setReduceMotion } from './ui/motion';
import { installTextMetricsCache } from './ui/text-metrics';
import { setSoundEnabled } from './ui/sound';
import { guardDrops } from './ui/scenario-file';
import { installMirrorKeys } from './ui/sr-mirror';
import { canvasSize, currentScale, trackWindow } from './ui/viewport';

const TEST_BUILD = import.meta.env.VITE_TEST_HOOKS === 'true';

/** `?renderer=canvas|webgl` forces a renderer (tests, troubleshooting); otherwise WebGL with Canvas fallback. */
function rendererType(params: URLSearchParams): number {
  const wanted = params.get('renderer');
  return wanted === 'canvas' ? Phaser.CANVAS : wanted === 'webgl' ? Phaser.WEBGL : Phaser.AUTO;
}

/** localStorage, or null where the browser refuses it (some private modes): games then last a page's life. */
function openStorage(): KeyValueStorage | null {
  try {
    const storage = window.localStorage;
    storage.getItem('standoff:probe');
    return storage;
  } catch {
    return null;
  }
}

const randomSeed = (): string => String(100_000 + (crypto.getRandomValues(new Uint32Array(1))[0]! % 900_000));

function applySettings(settings: Settings): void {
  setTextScale(settings.projector || settings.textSize === 'large' ? 1.15 : 1);
  setHighContrast(settings.projector);
  document.documentElement.classList.toggle('projector', settings.projector); // the DOM pages follow too
  document.documentElement.classList.toggle('text-large', settings.textSize === 'large');
  setSoundEnabled(settings.sound);
  setReduceMotion(settings.reduceMotion);
}

async function start(): Promise<void> {
  // Canvas text does not wait for web fonts: load them first or the first frame uses a fallback.
  await Promise.all(FONT_FACES_TO_LOAD.map((face) => document.fonts.load(face))).catch(() => undefined);

  installTextMetricsCache();
  const params = new URLSearchParams(window.location.search);
  // Test builds only: `?weeks=N` cuts the scenario short so whole-game browser tests stay quick.
  const weeks = TEST_BUILD ? Number(params.get('weeks')) || undefined : undefined;
  const catalogue = catalogueOf(BUNDLED_SCENARIOS, { defaultId: DEFAULT_SCENARIO_ID, ...(weeks ? { horizonWeeks: weeks } : {}) });
  for (const problem of catalogue.problems) console.error(`Scenario file problem: ${problem}`);
  const store = createGameStore({ catalogue, storage: openStorage() });
  applySettings(store.getState().settings);
  store.subscribe((now, before) => {
    if (now.settings !== before.settings) applySettings(now.settings);
  });
  const context: AppContext = { store, catalogue, randomSeed };

  const first = await openFromHash(store, catalogue);
  const game = new Phaser.Game({
    type: rendererType(params),
    parent: 'game',
    backgroundColor: css(COLOURS.background),
    banner: false,
    // One texture per batch: Phaser compiles a shader variant for each texture count a batch reaches, and with a
    // texture per Text those compiles landed mid-animation (two-vsync frames under software WebGL).
    render: { maxTextures: 1 },
    audio: { noAudio: true }, // Phaser's audio stays off: optional sounds are synthesised by ui/sound.ts once switched on
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, ...canvasSize(currentScale()) },
    // The first scene listed starts first. The Title comes straight up; a replay link goes through Boot, which
    // opens the screen the link asked for.
    scene: [
      ...(first ? [new BootScene(first)] : []),
      new TitleScene(context),
      new SetupScene(context),
      new BriefingScene(context),
      new TableScene(context),
      new WeekResultScene(context),
      new DebriefScene(context),
      new SettingsScene(context),
      new PassScene(context),
      new ClassroomScene(context),
      new ClassReportScene(context),
      new PrintScene(context),
      new WorkbenchScene(context),
    ],
    callbacks: { postBoot: (booted) => booted.canvas.setAttribute('aria-hidden', 'true') }, // #sr-mirror speaks for it
  });
  trackWindow(game);
  watchHash(game, store, catalogue);
  installMirrorKeys();
  guardDrops(); // a file dropped outside Setup or the Workbench must not replace the game

  // Test builds only (.env.test); the constant folds to false otherwise and the hook is dropped.
  if (TEST_BUILD) installTestHook(game, store);
}

void start();
