// The title screen: name, subtitle and the main menu. It offers "Continue" when a saved game replays, and
// shows why when a save had to be set aside.
import Phaser from 'phaser';
import type { AppContext } from '../app-context';
import { COLOURS, DESIGN, TEXT, TITLE, css } from '../layout';
import { Button } from '../ui/Button';
import { reducedMotion } from '../ui/motion';
import { announce, mirrorGroup, mirrorText } from '../ui/sr-mirror';
import { isHotSeat } from '../store/hot-seat';
import { viewSide } from '../store/session';
import { SCENE } from './keys';
import { Screen } from './Screen';

const SUBTITLE = "A negotiation game about the 2025 resident doctors' pay dispute";
const HOW_TO_PLAY =
  'Each week both sides choose their moves at once (offers, strikes, statements), then the week plays out ' +
  'and the public, the waiting list and the costs respond. Every figure on the table says where it comes from.';

export class TitleScene extends Screen {
  private note!: Phaser.GameObjects.Text;
  private noteMirror!: HTMLParagraphElement;

  constructor(context: AppContext) {
    super(SCENE.title, context);
  }

  create(): void {
    this.begin('Standoff', [SUBTITLE]);
    const cx = DESIGN.width / 2;
    this.drawBackdrop();
    // Everything is drawn at once, with no intro fade: the menu works from the first frame, so it shows then.
    this.add.text(cx, TITLE.titleY, 'Standoff', TEXT.title).setOrigin(0.5);
    this.add.text(cx, TITLE.subtitleY, SUBTITLE, TEXT.subtitle).setOrigin(0.5);

    const { notice } = this.store.getState();
    const game = this.store.getState().saved?.session ?? this.store.getState().session;
    const continueDetail = game
      ? `${game.state.outcome ? 'Finished game' : `Week ${game.state.week + 1}`} as the ${game.scenario.sides[viewSide(game)].shortName}`
      : 'No saved game yet';
    const menu = mirrorGroup('Main menu');
    const items = [
      { label: 'New game', onActivate: () => this.go(SCENE.setup) },
      { label: 'Continue', enabled: game !== null, detail: continueDetail, onActivate: () => this.continueGame() },
      { label: 'How to play', onActivate: () => this.showNote(HOW_TO_PLAY) },
      { label: 'Classroom', detail: 'Replays, session files, class report', onActivate: () => this.go(SCENE.classroom) },
      { label: 'Settings', onActivate: () => this.go(SCENE.settings, { back: SCENE.title }) },
    ];
    // Five or more items close up a little, so the menu still ends above the note.
    const gap = Math.min(TITLE.menuGap, (TITLE.noteTop - TITLE.menuTop - TITLE.menuButtonH / 2 - 10) / Math.max(1, items.length - 1));
    items.forEach((item, i) => {
      new Button(this, { ...item, x: cx, y: TITLE.menuTop + i * gap, height: Math.min(TITLE.menuButtonH, gap - 6), mirror: menu });
    });
    // For authors, in the corner (after the menu for the keyboard): write, check, balance and playtest a scenario.
    const authors = mirrorGroup('For authors');
    new Button(this, { label: 'Scenario workbench', detail: 'For authors', variant: 'row', x: DESIGN.width - 24 - 130, y: TITLE.footerY - 30, width: 260, height: 52, mirror: authors, onActivate: () => this.go(SCENE.workbench) });

    this.note = this.add
      .text(cx, TITLE.noteTop, '', { ...TEXT.body, align: 'center', wordWrap: { width: TITLE.noteWidth } })
      .setOrigin(0.5, 0);
    this.noteMirror = mirrorText('');
    this.noteMirror.id = 'title-note';
    if (notice) {
      this.note.setColor(css(COLOURS.planned));
      this.showNote(notice);
    }
    this.add.text(cx, TITLE.footerY, 'Tab or arrow keys to move  ·  Enter to choose', TEXT.small).setOrigin(0.5, 1);
    this.settle();
  }

  private continueGame(): void {
    if (!this.store.getState().continueSaved()) return;
    const session = this.store.getState().session;
    this.go(session?.state.outcome ? SCENE.debrief : session && isHotSeat(session.setup) ? SCENE.pass : SCENE.table);
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
    const label = (x: number, text: string, colour: number) => this.add.text(x, y - 16, text, { ...TEXT.side, color: css(colour) });
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
}
