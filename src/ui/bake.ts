// Many objects drawn as one while a screen animates. Every frame of an animation redraws the whole screen, and each
// text costs a draw call of its own (one texture per batch: see main.ts); under software WebGL, as on a school
// laptop, those calls are a good part of the week result's script time a frame. `bake` draws a set of objects once
// into a texture at the camera's zoom (device pixels, so text stays as crisp as when drawn live), over the screen's
// opaque background, and shows that one image in their place. Baked on an opaque background, an image faded by
// alpha blends exactly as its objects would. The objects stay in the scene with their text, bounds and alpha
// (what the test hook reads); only the camera skips them, until `undo` shows them again and frees the texture.
// Software WebGL pays for every pixel an image covers, so bake only objects whose rectangle they mostly fill.
import Phaser from 'phaser';

/** A rectangle in the 1280×720 design space. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Baked {
  /** The one image drawn in the objects' place. */
  readonly image: Phaser.GameObjects.Image;
  /** Draws the live objects again and frees the texture (idempotent). */
  undo(): void;
}

/** Room around the objects' bounds for strokes and anti-aliased edges, design pixels. */
const MARGIN = 2;
let serial = 0;

/** The design-space rectangle around objects that report bounds (texts, images), and `extra` (graphics). */
export function boundsOf(objects: readonly Phaser.GameObjects.GameObject[], extra: readonly Rect[] = []): Rect | null {
  const rects: Rect[] = [...extra];
  for (const o of objects) {
    const b = (o as unknown as { getBounds?: () => Phaser.Geom.Rectangle }).getBounds?.();
    if (b) rects.push({ x: b.x, y: b.y, w: b.width, h: b.height });
  }
  if (!rects.length) return null;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return { x, y, w: Math.max(...rects.map((r) => r.x + r.w)) - x, h: Math.max(...rects.map((r) => r.y + r.h)) - y };
}

/** Draws `objects` (at alpha 1) once into one image over `area`, filled with `background` first. */
export function bake(scene: Phaser.Scene, objects: readonly Phaser.GameObjects.GameObject[], area: Rect, background: number): Baked {
  const camera = scene.cameras.main;
  const zoom = camera.zoom;
  // Whole device pixels, so the image lands texel on pixel; even sizes, as a DynamicTexture would round them.
  const left = Math.floor((area.x - MARGIN) * zoom);
  const top = Math.floor((area.y - MARGIN) * zoom);
  const even = (n: number) => n + (n % 2);
  const width = even(Math.ceil((area.x + area.w + MARGIN) * zoom) - left);
  const height = even(Math.ceil((area.y + area.h + MARGIN) * zoom) - top);
  const key = `__baked-${(serial += 1)}`;
  const texture = scene.textures.addDynamicTexture(key, width, height)!;
  // Drawn texel for pixel, so nearest sampling gives the same pixels as smoothing, for less work where WebGL
  // runs in software (about 2.5 ms less a frame for the week result under SwiftShader).
  texture.setFilter(Phaser.Textures.FilterMode.NEAREST);
  texture.camera.setOrigin(0, 0).setZoom(zoom).setScroll(left / zoom, top / zoom);
  texture.fill(background, 1).draw([...objects]).render();
  const image = scene.add.image(left / zoom, top / zoom, key).setOrigin(0, 0).setScale(1 / zoom);
  camera.ignore([...objects]);
  let done = false;
  return {
    image,
    undo: () => {
      if (done) return;
      done = true;
      for (const o of objects) o.cameraFilter &= ~camera.id;
      image.destroy();
      scene.textures.remove(key);
    },
  };
}
