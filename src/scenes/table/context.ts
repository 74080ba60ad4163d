// What the Table's panels share: the scene, the store, the side on screen, the info panel, and how to act.
import type Phaser from 'phaser';
import type { ActionType, SideId } from '../../sim/index';
import type { GameStore } from '../../store/game-store';
import type { InfoPanel } from '../../ui/InfoPanel';

export interface TableContext {
  readonly scene: Phaser.Scene;
  readonly store: GameStore;
  readonly side: SideId;
  readonly info: InfoPanel;
  /** Takes (or, when already queued, withdraws) a move, with the plan's parameters. */
  act(type: ActionType): void;
  /** Shows a line in the status area and reads it out. */
  say(text: string, warn?: boolean): void;
}
