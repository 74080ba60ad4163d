// Phaser redraws the whole canvas every frame, though a turn-based screen changes only when the player acts, the
// store changes or something animates. Without a GPU (software WebGL, as on many school laptops) a redraw of the
// Table costs about 50 ms, so an idle screen kept the processor busy and left no headroom for the frames that
// matter. This keeps Phaser's update running every frame (input, tweens, scene changes) but draws only when
// something may have changed: an input event, a store change, a new screen, a resize, a control's hover or
// focus look, a running tween or camera effect, or a call to requestRender(); and at least every
// IDLE_REFRESH_MS, in case a change went unannounced. Where the drawing buffer keeps the last frame (software
// WebGL), a frame whose only changes a scene has accounted for redraws just those parts (ui/damage.ts).
import Phaser from 'phaser';
import type { Rect } from './bake';
import { changedAreas, drawn } from './damage';
import { renderParts } from './partial-render';

const IDLE_REFRESH_MS = 500;
/** Frames drawn after each wake-up: a change made in reply to an event can land a frame later. */
const TAIL_FRAMES = 2;
// Not pointermove: moving the pointer changes the canvas only when it crosses a control, and Control asks for
// a redraw itself then (hover and press looks), so sweeping the mouse over a screen costs nothing. Not keyup:
// every key is handled on its way down.
const WAKE_EVENTS = ['pointerdown', 'pointerup', 'pointercancel', 'wheel', 'keydown', 'click', 'focusin', 'focusout', 'input', 'change'];

let framesWanted = TAIL_FRAMES;

/** Asks for the next frames to be drawn (a change the loop cannot see, such as a promise settling). */
export function requestRender(): void {
  framesWanted = TAIL_FRAMES;
}

/** Whether a running scene is animating: tweens, or a camera effect. */
function animating(game: Phaser.Game): boolean {
  for (const scene of game.scene.getScenes(true)) {
    if (scene.tweens.tweens.length > 0) return true; // the live list, not getTweens(), which copies it each frame
    for (const camera of scene.cameras.cameras) {
      if (camera.fadeEffect.isRunning || camera.flashEffect.isRunning || camera.shakeEffect.isRunning || camera.panEffect.isRunning || camera.zoomEffect.isRunning) return true;
    }
  }
  return false;
}

/** Whether the WebGL drawing buffer keeps each frame until the next is drawn (what a partial frame draws over). */
function keepsFrames(game: Phaser.Game): boolean {
  const gl = (game.renderer as { gl?: WebGLRenderingContext }).gl;
  return gl?.getContextAttributes()?.preserveDrawingBuffer === true;
}

/** The scenes a whole frame draws (SceneManager#render's test, Phaser 4.2.1). */
const drawnScenes = (game: Phaser.Game): Phaser.Scene[] =>
  (game.scene.scenes as Phaser.Scene[]).filter(({ sys }) => sys.settings.visible && sys.settings.status >= Phaser.Scenes.LOADING && sys.settings.status < Phaser.Scenes.SLEEPING);

/** The one scene on screen and the parts of it that changed, when it can say (ui/damage.ts); else null. */
function changedParts(game: Phaser.Game): { readonly scene: Phaser.Scene; readonly rects: readonly Rect[] } | null {
  const scenes = drawnScenes(game);
  const rects = scenes.length === 1 ? changedAreas(scenes[0]!) : null;
  return rects ? { scene: scenes[0]!, rects } : null;
}

/** Installs drawing on demand; call once, straight after creating the game (before it boots). */
export function renderOnDemand(game: Phaser.Game): void {
  for (const type of WAKE_EVENTS) window.addEventListener(type, requestRender, { capture: true, passive: true });
  game.scale.on(Phaser.Scale.Events.RESIZE, requestRender);
  const original = game.step.bind(game);
  const flags = game as unknown as { pendingDestroy: boolean; isPaused: boolean };
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let preserved = false;
  game.events.once(Phaser.Core.Events.READY, () => (preserved = keepsFrames(game)));

  // Phaser's Game#step (4.2.1) with the drawing half made conditional; the loop reads `step` when it starts.
  game.step = (time: number, delta: number): void => {
    if (flags.pendingDestroy || flags.isPaused) return original(time, delta);
    const events = game.events;
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    game.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);

    const due = framesWanted > 0 || time - lastDrawn >= IDLE_REFRESH_MS;
    const parts = !due && preserved ? changedParts(game) : null;
    if (parts ? parts.rects.length === 0 : !due && !animating(game)) {
      // SceneManager#render ends the step's "processing" phase; without it scene additions would wait forever.
      (game.scene as unknown as { isProcessing: boolean }).isProcessing = false;
      return;
    }
    framesWanted = Math.max(0, framesWanted - 1);
    lastDrawn = time;
    const renderer = game.renderer;
    if (parts) {
      // Over the last frame, kept by the drawing buffer: no clear, only the changed parts. A change the scene
      // did not account for shows at the latest with the idle refresh after the animation.
      const webgl = renderer as Phaser.Renderer.WebGL.WebGLRenderer;
      const config = webgl.config as { clearBeforeRender: boolean };
      const clear = config.clearBeforeRender;
      config.clearBeforeRender = false;
      webgl.preRender();
      events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
      renderParts(webgl, parts.scene, parts.rects);
      (game.scene as unknown as { isProcessing: boolean }).isProcessing = false;
      webgl.postRender();
      config.clearBeforeRender = clear;
      drawn(parts.scene, false);
      events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
      return;
    }
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    game.scene.render(renderer);
    renderer.postRender();
    for (const scene of drawnScenes(game)) drawn(scene, true);
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  };
}
