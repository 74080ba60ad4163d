// Draws only parts of a scene over the last frame, which the drawing buffer keeps (it is made to preserve it where
// WebGL renders in software: ui/software-render.ts). Each part is drawn by a camera whose viewport is just that
// rectangle (Phaser clips a camera's drawing to its viewport), mapping the design space exactly as the scene's
// main camera does: its background fills the rectangle with the clear colour, then the objects the main camera
// draws that overlap it are drawn again in their order. So the pixels are the same as a whole frame's.
import Phaser from 'phaser';
import type { Rect } from './bake';

type Renderer = Phaser.Renderer.WebGL.WebGLRenderer;

/** Each scene's camera for parts: kept out of its camera manager, so whole frames never draw it. */
const patches = new WeakMap<Phaser.Scene, Phaser.Cameras.Scene2D.Camera>();

function patchOf(scene: Phaser.Scene): Phaser.Cameras.Scene2D.Camera {
  let patch = patches.get(scene);
  if (!patch) {
    const made = new Phaser.Cameras.Scene2D.Camera(0, 0, 1, 1).setScene(scene, false).setOrigin(0, 0);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      patches.delete(scene);
      made.destroy();
    });
    patches.set(scene, made);
    patch = made;
  }
  return patch;
}

/** Device-pixel rectangles around `rects` (whole pixels, inside the canvas), those that overlap merged. */
function devicePixels(rects: readonly Rect[], zoom: number, width: number, height: number): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) {
    const x = Math.max(0, Math.floor(r.x * zoom));
    const y = Math.max(0, Math.floor(r.y * zoom));
    const right = Math.min(width, Math.ceil((r.x + r.w) * zoom));
    const bottom = Math.min(height, Math.ceil((r.y + r.h) * zoom));
    if (right > x && bottom > y) out.push({ x, y, w: right - x, h: bottom - y });
  }
  // Merge until no two overlap: a pixel drawn twice would blend its translucent objects twice.
  for (let i = 0; i < out.length; i += 1) {
    for (let j = i + 1; j < out.length; j += 1) {
      const a = out[i]!;
      const b = out[j]!;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) {
        const x = Math.min(a.x, b.x);
        const y = Math.min(a.y, b.y);
        out[i] = { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
        out.splice(j, 1);
        j = i; // the grown rectangle may now overlap one already passed
      }
    }
  }
  return out;
}

/** Whether `object` may draw inside `area` (design pixels); objects without bounds (graphics) always may. */
function overlaps(object: Phaser.GameObjects.GameObject, area: Rect): boolean {
  const bounds = (object as unknown as { getBounds?: () => Phaser.Geom.Rectangle }).getBounds?.();
  if (!bounds) return true;
  return bounds.x < area.x + area.w && area.x < bounds.right && bounds.y < area.y + area.h && area.y < bounds.bottom;
}

/** Draws `rects` (design pixels) of `scene` over the frame in the drawing buffer, as a whole frame would. */
export function renderParts(renderer: Renderer, scene: Phaser.Scene, rects: readonly Rect[]): void {
  const main = scene.cameras.main;
  const zoom = main.zoom;
  const patch = patchOf(scene);
  patch.setZoom(zoom).setRoundPixels(main.roundPixels).setBackgroundColor(scene.game.config.backgroundColor.color);
  const displayList = scene.sys.displayList;
  displayList.depthSort();
  const children = displayList.getChildren().filter((child) => child.willRender(main));
  for (const part of devicePixels(rects, zoom, renderer.width, renderer.height)) {
    // Scrolled so that design pixel p lands on device pixel p × zoom, as through the main camera.
    patch.setViewport(part.x, part.y, part.w, part.h).setScroll(part.x / zoom, part.y / zoom);
    patch.preRender();
    const area = { x: part.x / zoom, y: part.y / zoom, w: part.w / zoom, h: part.h / zoom };
    renderer.render(scene, children.filter((child) => overlaps(child, area)), patch);
  }
}
