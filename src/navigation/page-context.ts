// What a DOM page (the debrief, the classroom, the class report, printable briefs, the Workbench) gets from the
// scene that shows it: the app, the data the screen was started with, and the way to another screen.
import type { AppContext } from '../app-context';
import type { SceneKey } from './scene-keys';

export interface PageContext {
  readonly app: AppContext;
  /** What the screen was started with (scene data). */
  readonly data: Readonly<Record<string, unknown>>;
  go(key: SceneKey, data?: object): void;
}

export interface PageModule {
  /** Builds the page into the stage; returns what to undo when the page closes. */
  mount(stage: HTMLElement, context: PageContext): (() => void) | void;
}
