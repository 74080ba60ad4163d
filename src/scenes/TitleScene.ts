// The title screen: name, subtitle and the main menu. It offers "Continue" when a saved game replays, and
// shows why when a save had to be set aside. It is the first screen, drawn before the rest of the app has
// loaded (see shell.ts): until then it describes the save from its summary, and a choice waits for the app.
import Phaser from 'phaser';
import { COLOURS, DESIGN, TEXT, TITLE, css } from '../layout';
import type { AppShell, LoadedApp } from '../shell';
import { NO_SAVED_GAME } from '../views/title';
import { Button } from '../ui/Button';
import { reducedMotion } from '../ui/motion';
import { requestRender } from '../ui/render-on-demand';
import { announce, mirrorGroup, mirrorText } from '../ui/sr-mirror';
import { SCENE, type SceneKey } from '../navigation/scene-keys';
import { Screen } from './Screen';

const SUBTITLE = 'A negotiation game about industrial disputes';

export class TitleScene extends Screen {
  private note: Phaser.GameObjects.Text | null = null;
  private noteMirror!: HTMLParagraphElement;
  private continueButton!: Button;
  /** Bumped on each visit, so a load finishing after the player has left changes nothing. */
  private visit = 0;

  constructor(private readonly shell: AppShell) {
    super(SCENE.title);
  }

  create(): void {
    this.begin('Standoff', [SUBTITLE]);
    const cx = DESIGN.width / 2;
    this.drawBackdrop();
    // Everything is drawn at once, with no intro fade: the menu works from the first frame, so it shows then.
    this.add.text(cx, TITLE.titleY, 'Standoff', TEXT.title).setOrigin(0.5);
    this.add.text(cx, TITLE.subtitleY, SUBTITLE, TEXT.subtitle).setOrigin(0.5);

    const app = this.shell.app;
    const model = app ? app.titleModel() : (this.shell.titlePeek ?? NO_SAVED_GAME);
    const menu = mirrorGroup('Main menu');
    const items = [
      { label: 'New game', onActivate: () => this.open(SCENE.setup) },
      { label: 'Continue', enabled: model.canContinue, detail: model.continueDetail, onActivate: () => this.continueGame() },
      { label: 'How to play', detail: 'The Table\u2019s parts, a one-minute read', onActivate: () => this.open(SCENE.howToPlay, { back: SCENE.title }) },
      { label: 'Classroom', detail: 'Join a class, replays, class report', onActivate: () => this.open(SCENE.classroom) },
      { label: 'Settings', onActivate: () => this.open(SCENE.settings, { back: SCENE.title }) },
    ];
    // Five or more items close up a little, so the menu still ends above the note.
    const gap = Math.min(TITLE.menuGap, (TITLE.noteTop - TITLE.menuTop - TITLE.menuButtonH / 2 - 10) / Math.max(1, items.length - 1));
    const buttons = items.map((item, i) => new Button(this, { ...item, x: cx, y: TITLE.menuTop + i * gap, height: Math.min(TITLE.menuButtonH, gap - 6), mirror: menu }));
    this.continueButton = buttons[1]!;
    // For authors, in the corner (after the menu for the keyboard): write, check, balance and playtest a scenario.
    const authors = mirrorGroup('For authors');
    new Button(this, { label: 'Scenario workbench', detail: 'For authors', variant: 'row', x: DESIGN.width - 24 - 130, y: TITLE.footerY - 30, width: 260, height: 52, mirror: authors, onActivate: () => this.open(SCENE.workbench) });

    this.note = null; // made on first use: most visits show no note
    this.noteMirror = mirrorText('');
    this.noteMirror.id = 'title-note';
    this.add.text(cx, TITLE.footerY, 'Tab or arrow keys to move  ·  Enter to choose', TEXT.small).setOrigin(0.5, 1);
    this.settle();

    const visit = ++this.visit;
    if (app) this.showNotice(app);
    // The rest of the app loads once this frame is on screen, so it never delays it.
    else this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.withApp((loaded) => this.arrived(loaded), visit));
  }

  /** Runs `then` with the app once it has loaded, if the player is still on this visit of the Title. */
  private withApp(then: (app: LoadedApp) => void, visit = this.visit): void {
    this.shell.load().then(
      (app) => {
        if (visit === this.visit && this.scene.isActive()) then(app);
      },
      (error: unknown) => {
        console.error(error);
        if (visit !== this.visit || !this.scene.isActive()) return;
        const why = error instanceof Error ? error.message : String(error);
        this.showNote(`Part of Standoff could not be loaded (${why}). Check the connection and choose again, or reload the page.`, COLOURS.planned);
      },
    );
  }

  /** The app has loaded while the Title shows: the replayed save has the last word on "Continue". */
  private arrived(app: LoadedApp): void {
    const model = app.titleModel();
    this.continueButton.setEnabled(model.canContinue, model.continueDetail);
    requestRender(); // a change made when a promise settled, not on an event the loop sees
    this.showNotice(app);
  }

  private showNotice(app: LoadedApp): void {
    const notice = app.notice();
    if (notice) this.showNote(notice, COLOURS.planned);
  }

  /** Goes to a screen once the app (which holds every screen but this one) has loaded. */
  private open(key: SceneKey, data?: object): void {
    this.withApp(() => this.go(key, data));
  }

  private continueGame(): void {
    this.withApp((app) => {
      const next = app.continueSaved();
      if (next) this.go(next);
      else this.arrived(app); // the save could not be opened after all: say why
    });
  }

  /** The two sides, facing each other across the table: each has a colour, a side and a label. */
  private drawBackdrop(): void {
    const { barY: y, barInset: inset, barGap: gap } = TITLE;
    const cx = DESIGN.width / 2;
    const length = cx - gap - inset;
    const g = this.add.graphics();
    g.fillStyle(COLOURS.backgroundGlow, 1).fillRect(0, y - 1, DESIGN.width, 2);
    g.fillStyle(COLOURS.union, 1).fillRoundedRect(inset, y - 4, length, 8, 4);
    g.fillTriangle(cx - gap, y - 11, cx - gap + 16, y, cx - gap, y + 11);
    g.fillStyle(COLOURS.employer, 1).fillRoundedRect(cx + gap, y - 4, length, 8, 4);
    g.fillTriangle(cx + gap, y - 11, cx + gap - 16, y, cx + gap, y + 11);
    const label = (x: number, text: string, colour: number) => this.add.text(x, y - 16, text, { ...TEXT.side, color: css(colour) });
    label(inset, 'Union', COLOURS.union).setOrigin(0, 1);
    label(DESIGN.width - inset, 'Employer', COLOURS.employer).setOrigin(1, 1);
  }

  private showNote(text: string, colour: number = COLOURS.text): void {
    const note = (this.note ??= this.add
      .text(DESIGN.width / 2, TITLE.noteTop, '', { ...TEXT.body, align: 'center', wordWrap: { width: TITLE.noteWidth } })
      .setOrigin(0.5, 0));
    note.setColor(css(colour)).setText(text);
    this.noteMirror.textContent = text;
    announce(text);
    if (reducedMotion()) return;
    this.tweens.killTweensOf(note);
    note.setAlpha(0);
    this.tweens.add({ targets: note, alpha: 1, duration: TITLE.fadeMs });
  }
}
