// The title screen: name, subtitle and the main menu. A view only: no game rules here.
import Phaser from 'phaser';
import type { AppContext } from '../app-context';
import { COLOURS, DESIGN, TEXT, TITLE, css } from '../layout';
import { Button } from '../ui/Button';
import { reducedMotion } from '../ui/motion';
import { announce, clearMirror, mirrorGroup, mirrorScreen, mirrorText } from '../ui/sr-mirror';
import { fitScene } from '../ui/viewport';
import { SCENE } from './keys';

const SUBTITLE = "A negotiation game about the 2025 resident doctors' pay dispute";
const NOTES = {
  newGame: 'Choosing a scenario, a side and an opponent arrives with the game screens.',
  howToPlay:
    'Each week both sides choose their moves at once (offers, strikes, statements), then the week plays out ' +
    'and the public, the waiting list and the costs respond. A full guide comes with the game screens.',
} as const;

type Fadable = Phaser.GameObjects.GameObject & { setAlpha(value: number): unknown };

export class TitleScene extends Phaser.Scene {
  /** True once the menu is on screen and a frame has been drawn (read by the test hook). */
  drawn = false;
  private note!: Phaser.GameObjects.Text;
  private noteMirror!: HTMLParagraphElement;

  constructor(private readonly context: AppContext) {
    super({ key: SCENE.title });
  }

  create(): void {
    this.drawn = false;
    fitScene(this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, clearMirror);
    const cx = DESIGN.width / 2;

    mirrorScreen('Standoff', [SUBTITLE]);
    this.drawBackdrop();
    const intro: Fadable[] = [
      this.add.text(cx, TITLE.titleY, 'Standoff', TEXT.title).setOrigin(0.5),
      this.add.text(cx, TITLE.subtitleY, SUBTITLE, TEXT.subtitle).setOrigin(0.5),
    ];

    const menu = mirrorGroup('Main menu');
    const canContinue = this.context.hasSavedGame();
    const items = [
      { label: 'New game', onActivate: () => this.showNote(NOTES.newGame) },
      {
        label: 'Continue',
        enabled: canContinue,
        detail: canContinue ? '' : 'No saved game yet',
        onActivate: () => this.showNote('Continue arrives with saved games.'),
      },
      { label: 'How to play', onActivate: () => this.showNote(NOTES.howToPlay) },
    ];
    items.forEach((item, i) => {
      intro.push(new Button(this, { ...item, x: cx, y: TITLE.menuTop + i * TITLE.menuGap, mirror: menu }));
    });

    this.note = this.add
      .text(cx, TITLE.noteTop, '', { ...TEXT.body, align: 'center', wordWrap: { width: TITLE.noteWidth } })
      .setOrigin(0.5, 0);
    this.noteMirror = mirrorText('');
    this.noteMirror.id = 'title-note';
    this.add
      .text(cx, TITLE.footerY, 'Tab or arrow keys to move  ·  Enter to choose', TEXT.small)
      .setOrigin(0.5, 1);

    this.reveal(intro, () => {
      this.game.events.once(Phaser.Core.Events.POST_RENDER, () => (this.drawn = true));
    });
  }

  /** The two sides, facing each other across the table: each has a colour, a side and a label. */
  private drawBackdrop(): void {
    const { barY: y, barInset: inset, barGap: gap } = TITLE;
    const cx = DESIGN.width / 2;
    const length = cx - gap - inset;
    const g = this.add.graphics();
    g.fillStyle(COLOURS.backgroundGlow, 1).fillRect(0, y - 1, DESIGN.width, 2);
    g.fillStyle(COLOURS.bma, 1).fillRoundedRect(inset, y - 4, length, 8, 4);
    g.fillTriangle(cx - gap, y - 11, cx - gap + 16, y, cx - gap, y + 11);
    g.fillStyle(COLOURS.gov, 1).fillRoundedRect(cx + gap, y - 4, length, 8, 4);
    g.fillTriangle(cx + gap, y - 11, cx + gap - 16, y, cx + gap, y + 11);
    const label = (x: number, text: string, colour: number) =>
      this.add.text(x, y - 16, text, { ...TEXT.side, color: css(colour) });
    label(inset, 'Resident doctors (BMA)', COLOURS.bma).setOrigin(0, 1);
    label(DESIGN.width - inset, 'Government', COLOURS.gov).setOrigin(1, 1);
  }

  private showNote(text: string): void {
    this.note.setText(text);
    this.noteMirror.textContent = text;
    announce(text);
    if (reducedMotion()) return;
    this.tweens.killTweensOf(this.note);
    this.note.setAlpha(0);
    this.tweens.add({ targets: this.note, alpha: 1, duration: TITLE.fadeMs });
  }

  private reveal(objects: Fadable[], done: () => void): void {
    if (reducedMotion()) return done();
    objects.forEach((o) => o.setAlpha(0));
    this.tweens.add({ targets: objects, alpha: 1, duration: TITLE.fadeMs, onComplete: done });
  }
}
