// Composition root, in two steps so the Title is on screen as early as possible: load the fonts, apply the
// player's settings, and start Phaser with the Title alone; once its first frame is drawn, load the rest of the
// app (app.ts: the store over the core, the bundled scenarios, every other screen). shell.ts is the seam.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './style.css';
import Phaser from 'phaser';
import { COLOURS, FONT_FACES_TO_LOAD, css } from './layout';
import { hasReplayLink } from './replay-link';
import { classLinkOf } from './class-link';
import { BootScene } from './scenes/BootScene';
import { TitleScene } from './scenes/TitleScene';
import type { AppShell, LoadedApp } from './shell';
import { openStorage } from './platform/storage';
import { readSettings } from './store/settings';
import { readTitlePeek } from './title-peek';
import { applySettings } from './apply-settings';
import { renderOnDemand } from './ui/render-on-demand';
import { chooseRendering, rememberRenderer } from './ui/software-render';
import { installMirrorKeys } from './ui/sr-mirror';
import { installSingleFirstDraw } from './ui/text-first-draw';
import { installTextMetricsCache } from './ui/text-metrics';
import { canvasSize, currentScale, trackWindow } from './ui/viewport';

const TEST_BUILD = import.meta.env.VITE_TEST_HOOKS === 'true';

/** `?renderer=canvas|webgl` forces a renderer (tests, troubleshooting); otherwise WebGL with Canvas fallback. */
function rendererType(params: URLSearchParams): number {
  const wanted = params.get('renderer');
  return wanted === 'canvas' ? Phaser.CANVAS : wanted === 'webgl' ? Phaser.WEBGL : Phaser.AUTO;
}

const randomSeed = (): string => String(100_000 + (crypto.getRandomValues(new Uint32Array(1))[0]! % 900_000));

async function start(): Promise<void> {
  // Canvas text does not wait for web fonts: load them first or the first frame uses a fallback.
  await Promise.all(FONT_FACES_TO_LOAD.map((face) => document.fonts.load(face))).catch(() => undefined);
  installTextMetricsCache(); // after the fonts: it remembers what it measures
  installSingleFirstDraw();

  const params = new URLSearchParams(window.location.search);
  // Test builds only: `?weeks=N` cuts the scenario short so whole-game browser tests stay quick.
  const weeks = TEST_BUILD ? Number(params.get('weeks')) || undefined : undefined;
  const storage = openStorage();
  applySettings(readSettings(storage));

  let game: Phaser.Game | null = null;
  let loaded: LoadedApp | null = null;
  let loading: Promise<LoadedApp> | null = null;
  const shell: AppShell = {
    get app() {
      return loaded;
    },
    titlePeek: readTitlePeek(storage),
    load() {
      loading ??= import('./app')
        .then(({ createApp }) => {
          loaded = createApp({ game: game!, storage, randomSeed, ...(weeks ? { weeks } : {}) });
          return loaded;
        })
        .catch((error: unknown) => {
          loading = null; // a later choice tries again
          throw error;
        });
      return loading;
    },
  };

  const type = rendererType(params);
  // A first visit makes its WebGL context here, to learn whether it renders in software (ui/software-render.ts).
  const rendering = type === Phaser.CANVAS ? null : chooseRendering(storage);
  const made = rendering?.context;
  game = new Phaser.Game({
    type: made ? Phaser.WEBGL : type,
    // Phaser's types name a 2D context here; its WebGLRenderer takes a WebGL one (WebGLRenderer#init).
    ...(made ? { canvas: made.canvas, context: made.gl as unknown as CanvasRenderingContext2D } : {}),
    parent: 'game',
    backgroundColor: css(COLOURS.background),
    banner: false,
    // One texture per batch: Phaser compiles a shader variant for each texture count a batch reaches, and with a
    // texture per Text those compiles landed mid-animation (two-vsync frames under software WebGL). No
    // multisampling where WebGL renders in software (ui/software-render.ts).
    render: { maxTextures: 1, antialiasGL: rendering?.multisampling ?? true },
    audio: { noAudio: true }, // Phaser's audio stays off: optional sounds are synthesised by ui/sound.ts once switched on
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, ...canvasSize(currentScale()) },
    // The first scene listed starts first: the Title, or Boot when a replay link asks for another screen. The
    // other screens join when the app loads (app.ts).
    scene: hasReplayLink(window.location.hash) || classLinkOf(window.location.search, window.location.hash) ? [new BootScene(shell), new TitleScene(shell)] : [new TitleScene(shell)],
    callbacks: {
      postBoot: (booted) => {
        booted.canvas.setAttribute('aria-hidden', 'true'); // #sr-mirror speaks for it
        rememberRenderer(booted, storage);
      },
    },
  });
  renderOnDemand(game);
  trackWindow(game);
  installMirrorKeys();
}

void start();
