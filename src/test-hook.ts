// window.__STANDOFF__: how browser tests reach the game. main.ts installs it only in test builds
// (`vite build --mode test`), so normal builds drop this module entirely.
import type Phaser from 'phaser';
import { SCENE } from './scenes/keys';
import type { TitleScene } from './scenes/TitleScene';

export interface StandoffTestHook {
  game: Phaser.Game;
  /** The Title scene is on top and has drawn its first complete frame. */
  ready(): boolean;
  /** Key of the active scene drawn on top ('' while booting). */
  scene(): string;
  // store: the lead adds the zustand store here, once main.ts creates it.
}

declare global {
  interface Window {
    __STANDOFF__?: StandoffTestHook;
  }
}

export function installTestHook(game: Phaser.Game): void {
  const top = (): Phaser.Scene | undefined => game.scene.getScenes(true, true)[0];
  window.__STANDOFF__ = {
    game,
    ready: () => top()?.scene.key === SCENE.title && (top() as TitleScene).drawn,
    scene: () => top()?.scene.key ?? '',
  };
}
