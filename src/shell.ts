// What the page has before the rest of the app arrives. main.ts starts Phaser with the Title alone and loads the
// store, the core and the other screens (app.ts) after the Title's first frame; the Title and Boot reach the app
// through this shell, and describe a saved game from a small summary until it has loaded.
import type { AppContext } from './app-context';
import type { SceneKey } from './navigation/scene-keys';
import type { FirstScreen } from './replay-link';
import type { TitleModel } from './views/title';

export interface LoadedApp {
  readonly context: AppContext;
  /** The saved game as the Title describes it, now. */
  titleModel(): TitleModel;
  /** Something the player must be told on the Title (a save set aside); null when all is well. */
  notice(): string | null;
  /** Resumes the saved game; the screen to go to, or null when there is none. */
  continueSaved(): SceneKey | null;
  /** Reads a `#r=` replay link, if any: the screen to open first, or null for the Title. */
  openLink(): Promise<FirstScreen | null>;
}

export interface AppShell {
  /** The app once loaded (store, catalogue, every screen registered with Phaser); null before. */
  readonly app: LoadedApp | null;
  /** The saved game as last described, read from storage without the core (null when there is none). */
  readonly titlePeek: TitleModel | null;
  /** Loads the app (once); later calls return the same promise. */
  load(): Promise<LoadedApp>;
}
