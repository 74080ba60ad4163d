// A one-line text field drawn on the canvas, with a real <input type="text"> twin that takes the typing
// (so IMEs, paste and screen readers work); the canvas shows its value and a caret while it has focus.
import Phaser from 'phaser';
import { COLOURS, TEXT, css } from '../layout';
import { Control } from './control';

export interface TextFieldOptions {
  x: number;
  y: number;
  width: number;
  height?: number;
  name: string;
  value: string;
  maxLength?: number;
  onChange: (value: string) => void;
  /** Enter in the field. */
  onSubmit?: () => void;
  mirror: HTMLElement;
}

export class TextField extends Control {
  declare readonly twin: HTMLInputElement;
  private readonly box: Phaser.GameObjects.Rectangle;
  private readonly text: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, private readonly o: TextFieldOptions) {
    const twin = document.createElement('input');
    twin.type = 'text';
    twin.value = o.value;
    twin.maxLength = o.maxLength ?? 24;
    twin.spellcheck = false;
    twin.autocomplete = 'off';
    twin.setAttribute('aria-label', o.name);
    super(scene, o.x, o.y, o.width, o.height ?? 44, twin, o.mirror, 8);
    this.box = scene.add.rectangle(0, 0, o.width, o.height ?? 44, COLOURS.background).setRounded(8);
    this.text = scene.add.text(-o.width / 2 + 14, 0, '', { ...TEXT.figure, fontStyle: 'normal' }).setOrigin(0, 0.5);
    this.addAt([this.box, this.text], 1);
    twin.addEventListener('input', () => {
      this.o.onChange(twin.value);
      this.redraw();
    });
    twin.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && this.o.onSubmit) {
        event.preventDefault();
        this.o.onSubmit();
      }
    });
    // a text field shows its ring whenever it has focus: the caret alone is easy to miss
    twin.addEventListener('focus', () => this.setLook({ focused: true }));
    this.redraw();
  }

  setValue(value: string): void {
    this.twin.value = value;
    this.redraw();
  }

  protected onClick(): void {
    this.twin.focus();
    this.setLook({ focused: true });
  }

  protected redraw(): void {
    if (!this.box) return;
    const active = this.look.focused || document.activeElement === this.twin;
    this.box.setStrokeStyle(2, active || this.look.hovered ? COLOURS.borderHover : COLOURS.border);
    this.text.setText(`${this.twin.value}${active ? '▏' : ''}`).setColor(css(COLOURS.text));
  }
}
