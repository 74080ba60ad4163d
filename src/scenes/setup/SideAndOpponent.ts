// Setup's right column, top: the player's side, then the opponent (each of the scenario's computer personas, or
// a second player on this screen) with a line about the one chosen. Redrawn when the scenario or side changes.
import type Phaser from 'phaser';
import { COLOURS, TEXT } from '../../layout';
import { otherSide, type Scenario } from '../../sim/index';
import { clampLines } from '../../ui/fit-text';
import { RadioCards } from '../../ui/RadioCards';
import { mirrorText } from '../../ui/sr-mirror';
import { HOT_SEAT_ABOUT, HOT_SEAT_LABEL, opponentAbout, opponentChoices, sideChoices } from '../../views/setup-choices';
import { RIGHT, ROW, sectionLabel, slot, type SetupParts } from './parts';

export class SideAndOpponent {
  private sideParts: Phaser.GameObjects.GameObject[] = [];
  private personaParts: Phaser.GameObjects.GameObject[] = [];
  private sideCards: RadioCards | null = null;
  private personaCards: RadioCards | null = null;
  private readonly slots = { side: slot(), persona: slot() };
  private readonly personaAbout: { text: Phaser.GameObjects.Text | null; mirror: HTMLParagraphElement } = { text: null, mirror: mirrorText('') };

  /** `scenario` gives the scenario chosen now (its sides' names and personas). */
  constructor(private readonly parts: SetupParts, private readonly scenario: () => Scenario) {}

  /** Draws (or redraws) the side cards, then the opponent's. */
  draw(): void {
    const { scene, choice } = this.parts;
    for (const o of this.sideParts.splice(0)) o.destroy();
    this.sideCards?.destroy();
    const sides = sideChoices(this.scenario());
    this.sideParts.push(sectionLabel(scene, RIGHT.x, ROW.top, 'YOUR SIDE'));
    const half = (RIGHT.w - 12) / 2;
    this.sideCards = new RadioCards(scene, {
      label: 'Your side',
      cards: sides.map((s, i) => ({ x: RIGHT.x + half / 2 + i * (half + 12), y: ROW.top + ROW.below + 33, width: half, height: 66, label: s.label, detail: s.role, description: s.name })),
      chosen: Math.max(0, sides.findIndex((s) => s.id === choice.side)),
      onChange: (i) => {
        choice.side = sides[i]!.id;
        choice.persona = -1;
        this.parts.remember();
        this.drawPersonas();
      },
      mirror: this.slots.side,
    });
    this.drawPersonas();
  }

  private drawPersonas(): void {
    const { scene, choice } = this.parts;
    for (const o of this.personaParts.splice(0)) o.destroy();
    this.personaCards?.destroy();
    const { choices, defaultIndex } = opponentChoices(this.scenario(), choice.side);
    if (choice.persona < 0 || choice.persona > choices.length) choice.persona = defaultIndex; // the last: hot-seat
    this.personaParts.push(sectionLabel(scene, RIGHT.x, ROW.opponent, 'OPPONENT: THE COMPUTER, OR A SECOND PLAYER'));
    // Three or fewer on a row; four as two pairs; more (a scenario may offer twelve) three or four a row.
    const n = choices.length + 1;
    const perRow = n <= 3 ? n : n === 4 ? 2 : n <= 6 ? 3 : 4;
    const rows = Math.ceil(n / perRow);
    const w = (RIGHT.w - (perRow - 1) * 10) / perRow;
    const h = rows > 2 ? 30 : 40;
    this.personaCards = new RadioCards(scene, {
      label: 'Opponent',
      cards: [...choices, { label: HOT_SEAT_LABEL }].map((c, i) => ({ x: RIGHT.x + w / 2 + (i % perRow) * (w + 10), y: ROW.opponent + ROW.below + h / 2 + Math.floor(i / perRow) * (h + 6), width: w, height: h, label: c.label })),
      chosen: choice.persona,
      accent: COLOURS[otherSide(choice.side)],
      onChange: (i) => {
        choice.persona = i;
        this.parts.remember();
        this.showPersona();
      },
      mirror: this.slots.persona,
    });
    const aboutY = ROW.opponent + ROW.below + rows * (h + 6) + 2;
    this.personaAbout.text = scene.add.text(RIGHT.x, aboutY, '', { ...TEXT.small, wordWrap: { width: RIGHT.w }, maxLines: Math.max(1, Math.floor((ROW.mode - 14 - aboutY) / 23)) });
    this.personaParts.push(this.personaAbout.text);
    this.showPersona();
  }

  private showPersona(): void {
    const { choice } = this.parts;
    const { choices } = opponentChoices(this.scenario(), choice.side);
    const chosen = choices[choice.persona];
    const text = chosen ? opponentAbout(this.scenario(), choice.side, chosen) : HOT_SEAT_ABOUT;
    if (this.personaAbout.text) clampLines(this.personaAbout.text, text); // read whole in the mirror
    this.personaAbout.mirror.textContent = text;
  }
}
