// What Setup's parts share: the choices made so far, the two columns they are laid out in, and section labels.
import type Phaser from 'phaser';
import { TEXT } from '../../layout';
import type { SideId } from '../../sim/index';
import type { Mode } from '../../store/persistence';
import { mirrorRoot } from '../../ui/sr-mirror';

export interface Choice {
  scenarioId: string;
  side: SideId;
  /** Index among the opponent's personas; −1 for the scenario's default. */
  persona: number;
  mode: number;
  seed: string;
}

export const MODES: readonly { id: Mode; label: string; about: string }[] = [
  { id: 'normal', label: 'Normal', about: 'Every decision stands, as in a real dispute.' },
  { id: 'practice', label: 'Practice', about: 'You may undo the last week and try another move.' },
];

/** Two columns: the scenarios on the left, the other choices on the right; y values are section labels. */
export const LEFT = { x: 48, w: 560, cardH: 66, gap: 10, open: 588 } as const;
export const RIGHT = { x: 672, w: 560 } as const;
export const ROW = { top: 92, opponent: 206, mode: 392, seed: 510, below: 24 } as const;

/** What each part of Setup works with: the scene, the choices (which it changes), and how to keep them. */
export interface SetupParts {
  readonly scene: Phaser.Scene;
  readonly choice: Choice;
  /** Keeps the choices while the screen is rebuilt and until a game starts. */
  remember(): void;
}

export const sectionLabel = (scene: Phaser.Scene, x: number, y: number, text: string) =>
  scene.add.text(x, y, text, { ...TEXT.label, letterSpacing: 1 } as Phaser.Types.GameObjects.Text.TextStyle).setOrigin(0, 0.5);

/** A plain container in the mirror, so a rebuilt part keeps its place in reading and Tab order. */
export const slot = (): HTMLElement => {
  const div = document.createElement('div');
  mirrorRoot().append(div);
  return div;
};
