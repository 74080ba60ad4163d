// window.__STANDOFF__: how browser tests reach the game. app.ts installs it only in test builds
// (`vite build --mode test`), so normal builds drop this module entirely.
import Phaser from 'phaser';
import { stateHash } from './sim/index';
import type { GameStore } from './store/game-store';
import { Control } from './ui/control';
import { Screen } from './scenes/Screen';
import { Stepper } from './ui/Stepper';

export interface ControlInfo {
  /** The control's accessible name (its twin's text or aria-label). */
  readonly name: string;
  /** Its centre and size in the 1280×720 design space. */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** A stepper's own label as drawn on the canvas, its levels and the index it holds (steppers only). */
  readonly stepper?: { readonly shown: string; readonly levels: readonly string[]; readonly index: number };
}

export interface StandoffTestHook {
  game: Phaser.Game;
  store: GameStore;
  /** The screen on top has been built and drawn. */
  ready(): boolean;
  /** Key of the active scene drawn on top ('' while booting). */
  scene(): string;
  /** The focusable controls on the top screen, where a mouse would click them. */
  controls(): ControlInfo[];
  /** Every piece of text drawn on the canvas by the top screen (what a player could read there). */
  texts(): string[];
  /** The core's state hash of the game in play, and of the game opened to study (null when none). */
  hashes(): { session: string | null; study: string | null };
}

declare global {
  interface Window {
    __STANDOFF__?: StandoffTestHook;
  }
}

function collect(list: Phaser.GameObjects.GameObject[], out: ControlInfo[]): void {
  for (const object of list) {
    if (object instanceof Control && object.visible) {
      const m = object.getWorldTransformMatrix();
      const name = (object.twin.getAttribute('aria-label') ?? object.twin.textContent ?? '').trim();
      const stepper = object instanceof Stepper ? object.shown() : undefined;
      out.push({ name, x: m.tx, y: m.ty, w: object.w, h: object.h, ...(stepper ? { stepper } : {}) });
    }
    if (object instanceof Phaser.GameObjects.Container) collect(object.list, out);
  }
}

export function installTestHook(game: Phaser.Game, store: GameStore): void {
  const top = (): Phaser.Scene | undefined => game.scene.getScenes(true, true)[0];
  window.__STANDOFF__ = {
    game,
    store,
    ready: () => {
      const scene = top();
      return scene instanceof Screen && scene.drawn;
    },
    scene: () => top()?.scene.key ?? '',
    controls: () => {
      const out: ControlInfo[] = [];
      const scene = top();
      if (scene) collect(scene.children.list, out);
      return out;
    },
    texts: () => {
      const out: string[] = [];
      const walk = (list: Phaser.GameObjects.GameObject[]) => {
        for (const object of list) {
          if (object instanceof Phaser.GameObjects.Text && object.visible && object.text) out.push(object.text);
          if (object instanceof Phaser.GameObjects.Container) walk(object.list);
        }
      };
      const scene = top();
      if (scene) walk(scene.children.list);
      return out;
    },
    hashes: () => {
      const { session, study } = store.getState();
      return { session: session ? stateHash(session.state) : null, study: study ? stateHash(study.state) : null };
    },
  };
}
