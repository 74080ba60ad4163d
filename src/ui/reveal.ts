// A screen's parts fading in one after another, cheaply where WebGL draws in software: the week result's reveal.
import Phaser from 'phaser';
import { COLOURS } from '../layout';
import { bake, boundsOf, type Baked, type Rect } from './bake';
import { follow } from './damage';

/** The time between one part's fade and the next, ms. */
const STEP_MS = 420;

/** What a player does that may change a control's look: the baked images give way to the live objects. */
const ACTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'];

export type Objects = Phaser.GameObjects.GameObject[];
/** A part revealed in one step: its objects, and the rectangles of any graphics among them. */
export interface RevealGroup {
  readonly objects: Objects;
  readonly graphics: readonly Rect[];
}

/**
 * Fades a screen's parts in, one after another. While they animate every frame is drawn, so each part fading
 * in, and the parts that stay still where their image covers little more than they do (`still`: the heading,
 * the buttons as they look now), are drawn as one baked image each (ui/bake.ts). The figures stay live: spread
 * over a tall column, one image of them costs more to fill in software WebGL than their dozen draw calls (about
 * 3 ms a frame under SwiftShader). The live objects are drawn again when the last part is in, when the player
 * acts (a button's focus or hover look may change) or when the window changes size (which the bakes'
 * resolution would not follow).
 */
export function revealInSteps(scene: Phaser.Scene, groups: readonly RevealGroup[], still: readonly Objects[]): void {
  const bakes: Baked[] = [];
  const live = () => bakes.splice(0).forEach((b) => b.undo());
  for (const objects of still) {
    const area = boundsOf(objects);
    if (area) bakes.push(bake(scene, objects, area, COLOURS.background));
  }
  groups.forEach((group, i) => {
    const area = boundsOf(group.objects, group.graphics);
    const baked = area ? bake(scene, group.objects, area, COLOURS.background) : null;
    if (baked) bakes.push(baked);
    // The objects fade with their image, so what the test hook reads matches what is seen.
    const targets = baked ? [baked.image, ...group.objects] : group.objects;
    targets.forEach((o) => (o as unknown as Phaser.GameObjects.Components.Alpha).setAlpha(0));
    // Started by a timer, not a tween's own delay: a waiting tween counts as animation, and every frame of the
    // wait would be drawn (ui/render-on-demand.ts) though nothing on screen moves. Its frames redraw only the
    // part's image, which covers its objects too (ui/damage.ts).
    const shown = baked ? { x: baked.image.x, y: baked.image.y, w: baked.image.displayWidth, h: baked.image.displayHeight } : area;
    scene.time.delayedCall(120 + i * STEP_MS, () => {
      const tween = scene.tweens.add({ targets, alpha: 1, duration: 260, onComplete: i === groups.length - 1 ? live : undefined });
      if (shown) follow(scene, tween, shown);
    });
  });
  scene.scale.on(Phaser.Scale.Events.RESIZE, live);
  for (const type of ACTS) window.addEventListener(type, live, { capture: true, passive: true });
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    scene.scale.off(Phaser.Scale.Events.RESIZE, live);
    for (const type of ACTS) window.removeEventListener(type, live, { capture: true });
    live();
  });
}
