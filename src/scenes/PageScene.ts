// A screen drawn in the DOM rather than on the canvas (the debrief, the classroom, the class report, printable
// briefs): real text, tables and form controls, read by screen readers as they are. The page's code is loaded
// on first visit with a dynamic import(), so it stays out of the initial download and the Title's first frame.
import Phaser from 'phaser';
import type { AppContext } from '../app-context';
import { closeStage, openStage } from './page-stage';
import { clearMirror } from '../ui/sr-mirror';
import { SCENE, type SceneKey } from '../navigation/scene-keys';
import { AppScreen } from './Screen';

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

export class PageScene extends AppScreen {
  private startData: Readonly<Record<string, unknown>> = {};
  private visit = 0;

  constructor(key: SceneKey, context: AppContext, private readonly loadPage: () => Promise<PageModule>) {
    super(key, context);
  }

  init(data: Record<string, unknown> | undefined): void {
    this.startData = data ?? {};
  }

  create(): void {
    this.drawn = false;
    clearMirror();
    const visit = ++this.visit;
    const stage = openStage(`page-${this.scene.key.toLowerCase()}`);
    let cleanup: (() => void) | void;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.visit += 1;
      cleanup?.();
      closeStage();
    });
    const context: PageContext = { app: this.context, data: this.startData, go: (key, data) => this.go(key, data) };
    this.loadPage()
      .then((page) => {
        if (visit !== this.visit) return; // left before the code arrived
        cleanup = page.mount(stage, context);
        this.game.events.once(Phaser.Core.Events.POST_RENDER, () => (this.drawn = true));
      })
      .catch((error: unknown) => {
        stage.textContent = `This page could not be opened: ${error instanceof Error ? error.message : String(error)}. Press Escape for the title screen.`;
        const onKey = (event: KeyboardEvent) => {
          if (event.key === 'Escape') this.go(SCENE.title);
        };
        document.addEventListener('keydown', onKey);
        cleanup = () => document.removeEventListener('keydown', onKey);
        console.error(error);
      });
  }
}
