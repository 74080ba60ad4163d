// Crisp rendering at any window size and pixel density. Phaser 4 has no game-wide `resolution`
// setting, so the canvas is sized in device pixels (Scale.FIT keeps it letterboxed at 16:9), each
// scene's camera zooms the 1280×720 design space onto it, and Text is rasterised at that zoom.

import Phaser from 'phaser';
import { DESIGN } from '../layout';

const MAX_SCALE = 3; // caps the canvas at 3840×2160 device pixels

/** Device pixels per design pixel for the current window. */
export function currentScale(): number {
  const fit = Math.min(window.innerWidth / DESIGN.width, window.innerHeight / DESIGN.height);
  const scale = fit * (window.devicePixelRatio || 1);
  return Math.min(MAX_SCALE, Math.max(0.25, scale));
}

export const canvasSize = (scale: number) => ({
  width: Math.round(DESIGN.width * scale),
  height: Math.round(DESIGN.height * scale),
});

/** Follows window resizes and zoom (devicePixelRatio changes), once per game. */
export function trackWindow(game: Phaser.Game): void {
  let pending = false;
  window.addEventListener('resize', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const { width, height } = canvasSize(currentScale());
      if (width !== game.scale.width || height !== game.scale.height) game.scale.setGameSize(width, height);
    });
  });
}

/** Call first thing in a scene's create(): zooms its camera and keeps its text sharp. */
export function fitScene(scene: Phaser.Scene): void {
  const game = scene.game;
  const apply = () => {
    const scale = game.scale.width / DESIGN.width;
    scene.cameras.main.setZoom(scale).centerOn(DESIGN.width / 2, DESIGN.height / 2);
    forEachText(scene.children.list, (text) => sharpen(text, scale));
  };
  const added = (object: Phaser.GameObjects.GameObject) => {
    if (object instanceof Phaser.GameObjects.Text) sharpen(object, game.scale.width / DESIGN.width);
  };
  apply();
  game.scale.on(Phaser.Scale.Events.RESIZE, apply);
  scene.events.on(Phaser.Scenes.Events.ADDED_TO_SCENE, added);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    game.scale.off(Phaser.Scale.Events.RESIZE, apply);
    scene.events.off(Phaser.Scenes.Events.ADDED_TO_SCENE, added);
  });
}

/** Every setResolution redraws and re-uploads the text, so only a change is applied. */
function sharpen(text: Phaser.GameObjects.Text, scale: number): void {
  if (text.style.resolution !== scale) text.setResolution(scale);
}

function forEachText(list: Phaser.GameObjects.GameObject[], fn: (text: Phaser.GameObjects.Text) => void): void {
  for (const object of list) {
    if (object instanceof Phaser.GameObjects.Text) fn(object);
    else if (object instanceof Phaser.GameObjects.Container) forEachText(object.list, fn);
  }
}
