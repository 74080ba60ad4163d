// Composition root: load the font, build the context, start Phaser, expose the test hook.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './style.css';
import Phaser from 'phaser';
import { placeholderContext } from './app-context';
import { COLOURS, FONT_FACES_TO_LOAD, css } from './layout';
import { BootScene } from './scenes/BootScene';
import { TitleScene } from './scenes/TitleScene';
import { installTestHook } from './test-hook';
import { installMirrorKeys } from './ui/sr-mirror';
import { canvasSize, currentScale, trackWindow } from './ui/viewport';

/** `?renderer=canvas|webgl` forces a renderer (tests, troubleshooting); otherwise WebGL with Canvas fallback. */
function rendererType(): number {
  const wanted = new URLSearchParams(window.location.search).get('renderer');
  return wanted === 'canvas' ? Phaser.CANVAS : wanted === 'webgl' ? Phaser.WEBGL : Phaser.AUTO;
}

async function start(): Promise<void> {
  // Canvas text does not wait for web fonts: load them first or the first frame uses a fallback.
  await Promise.all(FONT_FACES_TO_LOAD.map((face) => document.fonts.load(face))).catch(() => undefined);

  const context = placeholderContext; // the lead replaces this with the store-backed context
  const game = new Phaser.Game({
    type: rendererType(),
    parent: 'game',
    backgroundColor: css(COLOURS.background),
    banner: false,
    audio: { noAudio: true }, // no sounds yet: no AudioContext (browsers warn about one made before a click)
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, ...canvasSize(currentScale()) },
    scene: [new BootScene(), new TitleScene(context)],
    callbacks: { postBoot: (booted) => booted.canvas.setAttribute('aria-hidden', 'true') }, // #sr-mirror speaks for it
  });
  trackWindow(game);
  installMirrorKeys();

  // Test builds only (.env.test); the constant folds to false otherwise and the hook is dropped.
  if (import.meta.env.VITE_TEST_HOOKS === 'true') installTestHook(game);
}

void start();
