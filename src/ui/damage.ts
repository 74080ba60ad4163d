// Where a screen changes from one frame to the next, when the screen can say. Without a GPU (software WebGL, as
// on many school laptops) every frame Phaser draws is filled in software, pixel by pixel, and then read back by
// the browser before it is shown; a week result's reveal redrew the whole screen to fade in one line. A scene that
// animates a few small parts follows their tweens here, and each frame of them redraws only the rectangles they
// changed over the frame before (ui/render-on-demand.ts, ui/partial-render.ts). What the scene cannot account for
// (a tween it did not follow, a camera effect, the player acting) draws the whole screen, as before.
import Phaser from 'phaser';
import type { Rect } from './bake';

/** What a scene has changed since the last frame drawn, as far as it knows. */
interface Damage {
  /** Changed rectangles in the 1280×720 design space, not yet drawn. */
  readonly rects: Rect[];
  /** Tweens whose every step marks what it changes. */
  readonly followed: WeakSet<Phaser.Tweens.BaseTween>;
  /** Whether a whole frame has been drawn since the scene began following (what partial frames draw over). */
  armed: boolean;
}

const damages = new WeakMap<Phaser.Scene, Damage>();

function damageOf(scene: Phaser.Scene): Damage {
  let damage = damages.get(scene);
  if (!damage) {
    damage = { rects: [], followed: new WeakSet(), armed: false };
    damages.set(scene, damage);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => damages.delete(scene));
  }
  return damage;
}

/** Follows `tween`: each of its steps changes only `area` (design pixels), so its frames redraw only there. */
export function follow<T extends Phaser.Tweens.BaseTween>(scene: Phaser.Scene, tween: T, area: Rect): T {
  const damage = damageOf(scene);
  damage.followed.add(tween);
  const mark = () => damage.rects.push(area);
  tween.on(Phaser.Tweens.Events.TWEEN_UPDATE, mark);
  tween.on(Phaser.Tweens.Events.TWEEN_COMPLETE, mark);
  tween.on(Phaser.Tweens.Events.TWEEN_STOP, mark);
  return tween;
}

/**
 * The rectangles `scene` changed since the last frame drawn, or null when it cannot say: it follows nothing, no
 * whole frame has been drawn since it began, a tween it did not follow runs, or a camera effect does.
 */
export function changedAreas(scene: Phaser.Scene): readonly Rect[] | null {
  const damage = damages.get(scene);
  if (!damage?.armed) return null;
  for (const tween of scene.tweens.tweens) if (!damage.followed.has(tween)) return null;
  for (const camera of scene.cameras.cameras) {
    if (camera.fadeEffect.isRunning || camera.flashEffect.isRunning || camera.shakeEffect.isRunning || camera.panEffect.isRunning || camera.zoomEffect.isRunning) return null;
  }
  return damage.rects;
}

/** After a frame is drawn: a whole frame arms the scene's partial frames; either way its changes are on screen. */
export function drawn(scene: Phaser.Scene, whole: boolean): void {
  const damage = damages.get(scene);
  if (!damage) return;
  damage.rects.length = 0;
  if (whole) damage.armed = true;
}
