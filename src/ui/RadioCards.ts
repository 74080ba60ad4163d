// A set of choices drawn as cards on the canvas, one of which is chosen. Their DOM twins are native radio
// buttons in a role="radiogroup" (so screen readers say "radio button, 2 of 4, checked", and arrow keys move
// the choice as on any page); each card can be clicked. The chosen card is marked by a filled dot and a
// brighter border, never by colour alone.
import Phaser from 'phaser';
import { COLOURS, TEXT, css } from '../layout';
import { Control } from './control';

export interface RadioCardSpec {
  /** Centre and size in the design space. */
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  /** A second, smaller line under the label (its description is read out too). */
  detail?: string;
  /** A short mark in the top-right corner ("START HERE"). */
  tag?: string;
  /** More for screen readers than the canvas shows (read as the radio's description). */
  description?: string;
}

let nextGroup = 0;
let nextDescription = 0;

class RadioCard extends Control {
  declare readonly twin: HTMLInputElement;
  private readonly box: Phaser.GameObjects.Graphics;
  private readonly mark: Phaser.GameObjects.Graphics;
  private readonly labelText: Phaser.GameObjects.Text;
  private readonly detailText: Phaser.GameObjects.Text | null;
  private readonly tagText: Phaser.GameObjects.Text | null;
  private readonly described: HTMLSpanElement | null;

  constructor(scene: Phaser.Scene, readonly spec: RadioCardSpec, name: string, mirror: HTMLElement, private readonly accent: number, private readonly pick: () => void) {
    const twin = document.createElement('input');
    twin.type = 'radio';
    twin.name = name;
    twin.setAttribute('aria-label', spec.label);
    super(scene, spec.x, spec.y, spec.width, spec.height, twin, mirror, 10);
    const compact = spec.height < 56; // a chip: one line, the dot closer in
    const left = -spec.width / 2 + (compact ? 36 : 44);
    const textW = spec.width - (compact ? 36 : 44) - 12 - (spec.tag ? 110 : 0);
    this.box = scene.add.graphics();
    this.mark = scene.add.graphics();
    const twoLines = Boolean(spec.detail);
    this.labelText = scene.add
      .text(left, twoLines ? -11 : 0, spec.label, TEXT.figure)
      .setOrigin(0, 0.5);
    if (this.labelText.width > textW) this.labelText.setFontSize(16); // a long title: a size smaller
    this.detailText = spec.detail
      ? scene.add.text(left, 13, spec.detail, { ...TEXT.small, fontSize: '16px', wordWrap: { width: spec.width - 58 }, maxLines: 1 }).setOrigin(0, 0.5)
      : null;
    this.tagText = spec.tag ? scene.add.text(spec.width / 2 - 12, -spec.height / 2 + 8, spec.tag, { ...TEXT.key, fontSize: '13px' }).setOrigin(1, 0) : null;
    this.addAt([this.box, this.mark, this.labelText, ...(this.detailText ? [this.detailText] : []), ...(this.tagText ? [this.tagText] : [])], 1);

    const description = [spec.detail, spec.description].filter(Boolean).join('. ');
    this.described = description ? Object.assign(document.createElement('span'), { id: `radio-about-${nextDescription++}`, textContent: description, hidden: true }) : null;
    if (this.described) {
      twin.after(this.described);
      twin.setAttribute('aria-describedby', this.described.id);
      this.once(Phaser.GameObjects.Events.DESTROY, () => this.described?.remove());
    }
    twin.addEventListener('change', () => {
      if (twin.checked) this.pick();
    });
    this.redraw();
  }

  get checked(): boolean {
    return this.twin.checked;
  }

  setChecked(on: boolean): void {
    this.twin.checked = on;
    this.redraw();
  }

  protected onClick(): void {
    if (this.twin.checked) return;
    this.twin.checked = true;
    this.click();
    this.pick();
  }

  protected redraw(): void {
    if (!this.mark) return;
    const on = this.twin.checked;
    const lit = this.look.hovered || this.look.focused;
    const { width: w, height: h } = this.spec;
    this.box
      .clear()
      .fillStyle(on ? COLOURS.panelRaised : lit ? COLOURS.panelHover : COLOURS.panel, 1)
      .fillRoundedRect(-w / 2, -h / 2, w, h, 10)
      .lineStyle(on ? 3 : 2, on ? this.accent : lit ? COLOURS.borderHover : COLOURS.borderQuiet, 1)
      .strokeRoundedRect(-w / 2, -h / 2, w, h, 10);
    const compact = h < 56;
    const cx = -w / 2 + (compact ? 18 : 22);
    this.mark.clear().lineStyle(2, on ? this.accent : COLOURS.border, 1).strokeCircle(cx, 0, compact ? 8 : 9);
    if (on) this.mark.fillStyle(this.accent, 1).fillCircle(cx, 0, compact ? 4 : 5);
    this.labelText.setColor(css(on || lit ? COLOURS.text : COLOURS.textMuted));
    this.tagText?.setColor(css(on ? this.accent : COLOURS.textMuted));
  }
}

export interface RadioCardsOptions {
  /** The group's accessible name ("Scenario"). */
  label: string;
  cards: readonly RadioCardSpec[];
  chosen: number;
  /** Border and dot of the chosen card (default: the focus-free accent, sky blue). */
  accent?: number;
  onChange: (index: number) => void;
  /** Where the radiogroup's twin goes in #sr-mirror. */
  mirror: HTMLElement;
}

/** A radio group of cards; `destroy()` removes the cards and their twins (the group element stays, empty). */
export class RadioCards {
  readonly group: HTMLElement;
  private cards: RadioCard[] = [];
  private chosen: number;

  constructor(scene: Phaser.Scene, private readonly options: RadioCardsOptions) {
    this.group = document.createElement('div');
    this.group.setAttribute('role', 'radiogroup');
    this.group.setAttribute('aria-label', options.label);
    options.mirror.append(this.group);
    this.chosen = options.chosen;
    const name = `radio-${nextGroup++}`;
    this.cards = options.cards.map((spec, i) => new RadioCard(scene, spec, name, this.group, options.accent ?? COLOURS.union, () => this.choose(i)));
    this.cards[this.chosen]?.setChecked(true);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.group.remove());
  }

  get index(): number {
    return this.chosen;
  }

  /** Focuses the chosen card's radio (after the group was rebuilt, say). */
  focus(): void {
    this.cards[this.chosen]?.twin.focus();
  }

  private choose(index: number): void {
    this.chosen = index;
    this.cards.forEach((card, i) => card.setChecked(i === index));
    this.options.onChange(index);
  }

  destroy(): void {
    for (const card of this.cards) card.destroy();
    this.cards = [];
    this.group.remove();
  }
}
