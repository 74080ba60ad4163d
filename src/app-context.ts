// What scenes need from the rest of the app. app.ts builds it; the scenes never reach for globals.
import type { Catalogue } from './store/catalogue';
import type { GameStore } from './store/game-store';

export interface AppContext {
  readonly store: GameStore;
  readonly catalogue: Catalogue;
  /** A fresh seed for Setup: chosen here, at the edge of the app, never in the core. */
  randomSeed(): string;
}
