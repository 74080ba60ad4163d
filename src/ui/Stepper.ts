// A stepper: ◀ value ▶ over a list of levels (an issue's grid, a date range, a tone). Its twin is a native
// <input type="range">, so arrow keys, Home/End and Page Up/Down step it and screen readers announce it as a
// slider with a spoken value; on the canvas the arrows can be clicked.

import Phaser from 'phaser';
import { COLOURS, TEXT } from '../layout';
import { Control } from './control';
import { recolour } from './recolour';
import { requestRender } from './render-on-demand';

export interface StepperOptions {
  /** Centre of the control. */
  x: number;
  y: number;
  width: number;
  height?: number;
  /** The accessible name ("Pay uplift, your next offer"). */
  name: string;
  levels: readonly string[];
  index: number;
  /** Lowest and highest index the player may choose (defaults: the whole list). */
  min?: number;
  max?: number;
  /** What a screen reader says for a level, when more than its text (e.g. its value to you). */
  spoken?: (index: number) => string;
  onChange: (index: number) => void;
  mirror: HTMLElement;
  /** A fixed 16px value, for a narrow stepper whose levels are words (larger text would not fit). */
  compact?: boolean;
}

const ARROW_W = 30;

export class Stepper extends Control {
  declare readonly twin: HTMLInputElement;
  private readonly box: Phaser.GameObjects.Rectangle;
  private readonly value: Phaser.GameObjects.Text;
  private readonly left: Phaser.GameObjects.Text;
  private readonly right: Phaser.GameObjects.Text;
  private index: number;
  private min: number;
  private max: number;
  private levels: readonly string[];
  private enabled = true;

  constructor(scene: Phaser.Scene, private readonly options: StepperOptions) {
    const height = options.height ?? 36;
    const twin = document.createElement('input');
    twin.type = 'range';
    twin.step = '1';
    twin.setAttribute('aria-label', options.name);
    super(scene, options.x, options.y, options.width, height, twin, options.mirror, 8);
    this.levels = options.levels;
    this.index = options.index;
    this.min = options.min ?? 0;
    this.max = options.max ?? options.levels.length - 1;

    this.box = scene.add.rectangle(0, 0, options.width, height, COLOURS.panelRaised).setRounded(8);
    const half = options.width / 2;
    this.left = scene.add.text(-half + ARROW_W / 2, 0, '◀', { ...TEXT.small, fontSize: '16px' }).setOrigin(0.5);
    this.right = scene.add.text(half - ARROW_W / 2, 0, '▶', { ...TEXT.small, fontSize: '16px' }).setOrigin(0.5);
    this.value = scene.add.text(0, 0, '', options.compact ? { ...TEXT.figure, fontSize: '16px' } : TEXT.figure).setOrigin(0.5);
    this.addAt([this.box, this.left, this.right, this.value], 1);

    twin.addEventListener('input', () => this.choose(Number(twin.value)));
    this.update({ index: this.index });
  }

  /** Changes what the stepper shows (after the store changed); never calls onChange. */
  update(change: { index?: number; levels?: readonly string[]; min?: number; max?: number; enabled?: boolean }): void {
    if (change.levels) this.levels = change.levels;
    if (change.min !== undefined) this.min = change.min;
    if (change.max !== undefined) this.max = change.max;
    if (change.enabled !== undefined) this.enabled = change.enabled;
    this.index = Math.min(this.max, Math.max(this.min, change.index ?? this.index));
    this.twin.min = String(this.min);
    this.twin.max = String(this.max);
    this.twin.disabled = false; // stays focusable; a disabled stepper simply does not move
    if (this.enabled) this.twin.removeAttribute('aria-disabled');
    else this.twin.setAttribute('aria-disabled', 'true');
    this.show();
  }

  /** Draws the level it holds, on the canvas and in its twin: after every change, whoever made it. */
  private show(): void {
    this.value.setText(this.levels[this.index] ?? '');
    this.twin.value = String(this.index);
    this.twin.setAttribute('aria-valuetext', this.options.spoken?.(this.index) ?? this.levels[this.index] ?? '');
    this.redraw();
    requestRender();
  }

  /** What the stepper shows on the canvas now, with its levels and index (for the browser tests' hook). */
  shown(): { shown: string; levels: readonly string[]; index: number } {
    return { shown: this.value.text, levels: this.levels, index: this.index };
  }

  private choose(index: number): void {
    const next = Math.min(this.max, Math.max(this.min, index));
    if (!this.enabled || next === this.index) {
      this.twin.value = String(this.index);
      return;
    }
    this.index = next;
    // The stepper shows its own new level before telling its owner, so the label is right whatever the
    // owner redraws (it may redraw nothing, or rebuild the panel and this stepper with it).
    this.show();
    this.click();
    this.options.onChange(next);
  }

  protected onClick(pointer: Phaser.Input.Pointer): void {
    const { x } = this.local(pointer);
    const half = this.w / 2;
    if (x < -half + ARROW_W + 6) this.choose(this.index - 1);
    else if (x > half - ARROW_W - 6) this.choose(this.index + 1);
  }

  protected redraw(): void {
    if (!this.box) return;
    const lit = this.enabled && (this.look.hovered || this.look.focused);
    this.box.setStrokeStyle(2, lit ? COLOURS.borderHover : COLOURS.border, this.enabled ? 1 : 0.5);
    recolour(this.value, this.enabled ? COLOURS.text : COLOURS.textDisabled);
    const can = (ok: boolean) => (this.enabled && ok ? COLOURS.text : COLOURS.borderQuiet);
    recolour(this.left, can(this.index > this.min));
    recolour(this.right, can(this.index < this.max));
  }
}
