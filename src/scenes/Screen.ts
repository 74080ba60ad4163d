// What every screen does on arrival: fit the camera to the window, start its screen-reader mirror (cleared
// when it leaves), and report when its first complete frame is drawn (read by the test hook). AppScreen adds
// the store and catalogue: every screen but the Title, which shows before they load (see shell.ts).
import Phaser from 'phaser';
import type { AppContext } from '../app-context';
import { COLOURS, DESIGN } from '../layout';
import { requestRender } from '../ui/render-on-demand';
import { clearMirror, mirrorScreen } from '../ui/sr-mirror';
import { fitScene } from '../ui/viewport';
import type { SceneKey } from '../navigation/scene-keys';

export abstract class Screen extends Phaser.Scene {
  /** Whether a screen has been drawn yet: the first one marks the page's first frame. */
  private static shownOne = false;

  /** True once the screen is built and a frame has been drawn. */
  drawn = false;

  constructor(key: SceneKey) {
    super({ key });
  }

  /** Call first in create(): returns the mirror root with the screen's h1 and lines. */
  protected begin(heading: string, lines: readonly string[] = []): HTMLElement {
    this.drawn = false;
    requestRender();
    fitScene(this);
    // The renderer's clear colour, not a camera background: a camera fill costs a full-screen pass every frame
    // (it halved the frame rate under software WebGL). Set on each screen so it follows projector mode.
    this.game.config.backgroundColor.setFromRGB(Phaser.Display.Color.IntegerToRGB(COLOURS.background));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, clearMirror);
    const g = this.add.graphics();
    g.fillStyle(COLOURS.backgroundGlow, 0.6).fillRect(0, 0, DESIGN.width, 4);
    return mirrorScreen(heading, lines);
  }

  /** Call last in create(): the screen counts as drawn after the next frame. */
  protected settle(): void {
    // No camera fade-in on arrival: its full-screen blended fill cost two-vsync frames under software WebGL,
    // just as a screen starts. Screens that animate (the week's result) reveal their own parts.
    const first = !Screen.shownOne;
    Screen.shownOne = true;
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      this.drawn = true;
      // The load-time mark read by `npm run bench` (and visible in any browser's performance tools).
      if (first) performance.mark('standoff:first-frame');
    });
  }

  /** Moves to another screen. */
  protected go(key: SceneKey, data?: object): void {
    this.scene.start(key, data);
  }
}

export abstract class AppScreen extends Screen {
  constructor(key: SceneKey, protected readonly context: AppContext) {
    super(key);
  }

  protected get store() {
    return this.context.store;
  }
}
