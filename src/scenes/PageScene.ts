// A screen drawn in the DOM rather than on the canvas (the debrief, the classroom, the class report, printable
// briefs, the Workbench): real text, tables and form controls, read by screen readers as they are. Which page
// each scene shows, and how its code loads on first visit, is in navigation/pages.ts.
import Phaser from 'phaser';
import type { AppContext } from '../app-context';
import { clearMirror } from '../ui/sr-mirror';
import { closeStage, openStage } from './page-stage';
import type { PageContext, PageModule } from '../navigation/page-context';
import { PAGES, type PageKey } from '../navigation/pages';
import { SCENE } from '../navigation/scene-keys';
import { AppScreen } from './Screen';

export class PageScene extends AppScreen {
  private startData: Readonly<Record<string, unknown>> = {};
  private visit = 0;

  private readonly loadPage: () => Promise<PageModule>;

  constructor(key: PageKey, context: AppContext) {
    super(key, context);
    this.loadPage = PAGES[key];
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
