// window.__STANDOFF__: how browser tests reach the game. app.ts installs it only in test builds
// (`vite build --mode test`), so normal builds drop this module entirely.
import Phaser from 'phaser';
import { stateHash } from './sim/index';
import type { GameStore } from './store/game-store';
import { Control } from './ui/control';
import { Screen } from './scenes/Screen';
import { Stepper } from './ui/Stepper';
import { boxesOf, silentlyCut, type Box } from './ui/fit-text';

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

/** A visible text as drawn, in the design space, with the box it must stay inside. */
export interface TextBox extends Box {
  readonly text: string;
  /** The box: its control, else the smallest recorded card holding the text's anchor, else the screen. */
  readonly box: Box;
  /** Where the box came from: 'control', 'card' or 'screen'. */
  readonly kind: string;
  /** The depth of its top-level object: texts are compared for overlap only with texts at the same depth. */
  readonly depth: number;
  /** Lines dropped by Phaser's maxLines with no ellipsis. */
  readonly cut: boolean;
  /** The accessible name of the control it is drawn in (null outside controls). */
  readonly control: string | null;
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
  /** Every visible text on the top screen with its box (only the topmost modal layer's, when one is open). */
  textBoxes(): TextBox[];
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

const SCREEN: Box = { x: 0, y: 0, w: 1280, h: 720 };
const contains = (b: Box, x: number, y: number) => x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;

/** The object at the top of the scene's display list that holds `object`. */
const rootOf = (object: Phaser.GameObjects.GameObject): Phaser.GameObjects.GameObject => {
  let here = object;
  while (here.parentContainer) here = here.parentContainer;
  return here;
};

function textBoxes(scene: Phaser.Scene): TextBox[] {
  const out: TextBox[] = [];
  const top = scene.children.list.filter((o) => (o as unknown as { visible?: boolean }).visible !== false);
  // Cards by size, smallest first, each with the top-level object it belongs to (a modal layer's card is its own).
  const cards = boxesOf(scene)
    .map((o) => ({ box: o.box, root: rootOf(o.owner) }))
    .sort((a, b) => a.box.w * a.box.h - b.box.w * b.box.h);
  // A modal layer (an info panel) hides everything under its scrim.
  const modal = top.filter((o) => (o as unknown as { depth: number }).depth >= 1000);
  const walk = (list: Phaser.GameObjects.GameObject[], root: Phaser.GameObjects.GameObject, control: Control | null) => {
    for (const object of list) {
      const shown = object as unknown as { visible: boolean; alpha?: number };
      if (!shown.visible || shown.alpha === 0) continue;
      if (object instanceof Phaser.GameObjects.Container) {
        walk(object.list, root, object instanceof Control ? object : control);
        continue;
      }
      if (!(object instanceof Phaser.GameObjects.Text) || !object.text.trim()) continue;
      const b = object.getBounds();
      const p = object.padding;
      const ink = { x: b.x + (p.left ?? 0), y: b.y + (p.top ?? 0), w: b.width - (p.left ?? 0) - (p.right ?? 0), h: b.height - (p.top ?? 0) - (p.bottom ?? 0) };
      const m = object.getWorldTransformMatrix();
      let box: Box = SCREEN;
      let kind = 'screen';
      if (control) {
        const c = control.getWorldTransformMatrix();
        [box, kind] = [{ x: c.tx - control.w / 2, y: c.ty - control.h / 2, w: control.w, h: control.h }, 'control'];
      } else {
        const layer = modal.length ? root : null; // under no modal, any card on the screen holds its texts
        const card = cards.find((c) => (layer === null || c.root === layer) && contains(c.box, m.tx, m.ty));
        if (card) [box, kind] = [card.box, 'card'];
      }
      const depth = (root as unknown as { depth: number }).depth;
      out.push({ text: object.text, ...ink, box, kind, depth, cut: silentlyCut(object), control: control ? control.twin.textContent ?? '' : null });
    }
  };
  for (const object of modal.length ? modal.slice(-1) : top) walk([object], object, null);
  return out;
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
    textBoxes: () => {
      const scene = top();
      return scene ? textBoxes(scene) : [];
    },
    hashes: () => {
      const { session, study } = store.getState();
      return { session: session ? stateHash(session.state) : null, study: study ? stateHash(study.state) : null };
    },
  };
}
