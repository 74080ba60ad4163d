// A menu button drawn on the canvas, with a real <button> twin in #sr-mirror. The twin holds the
// keyboard focus, so Tab/Shift-Tab, Enter/Space and screen readers work as on any web page; the
// canvas button mirrors its focus with a ring. Arrow keys move between buttons of the same group.

import Phaser from 'phaser';
import { BUTTON, COLOURS, TEXT, css } from '../layout';

export interface ButtonOptions {
  x: number;
  y: number;
  label: string;
  /** A second, smaller line: e.g. why the button is unavailable. Read out as its description. */
  detail?: string;
  enabled?: boolean;
  width?: number;
  onActivate: () => void;
  /** Where the DOM twin goes: a group from mirrorGroup(), so arrow keys stay inside it. */
  mirror: HTMLElement;
}

let nextId = 0;
const ARROWS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

export class Button extends Phaser.GameObjects.Container {
  readonly twin: HTMLButtonElement;
  private readonly bg: Phaser.GameObjects.Rectangle;
  private readonly ring: Phaser.GameObjects.Rectangle;
  private readonly label: Phaser.GameObjects.Text;
  private readonly detail: Phaser.GameObjects.Text;
  private readonly detailNode: HTMLSpanElement;
  private enabled: boolean;
  private hovered = false;
  private pressed = false;
  private focused = false;

  constructor(scene: Phaser.Scene, private readonly options: ButtonOptions) {
    super(scene, options.x, options.y);
    const width = options.width ?? BUTTON.width;
    const ringPad = 2 * (BUTTON.focusGap + BUTTON.focusWidth / 2);
    this.enabled = options.enabled ?? true;

    this.ring = scene.add
      .rectangle(0, 0, width + ringPad, BUTTON.height + ringPad)
      .setStrokeStyle(BUTTON.focusWidth, COLOURS.focus)
      .setRounded(BUTTON.radius + BUTTON.focusGap)
      .setVisible(false);
    this.bg = scene.add.rectangle(0, 0, width, BUTTON.height, COLOURS.panel).setRounded(BUTTON.radius);
    this.label = scene.add.text(0, 0, options.label, TEXT.button).setOrigin(0.5);
    this.detail = scene.add.text(0, 15, '', TEXT.buttonDetail).setOrigin(0.5);
    this.add([this.ring, this.bg, this.label, this.detail]);
    this.setSize(width, BUTTON.height);

    this.bg.setInteractive({ useHandCursor: true });
    this.bg.on('pointerover', () => this.setLook({ hovered: true }));
    this.bg.on('pointerout', () => this.setLook({ hovered: false, pressed: false }));
    this.bg.on('pointerdown', () => this.setLook({ pressed: true }));
    this.bg.on('pointerup', () => {
      if (!this.pressed) return;
      this.setLook({ pressed: false });
      this.twin.focus({ preventScroll: true }); // focus follows the click, without a ring
      this.activate();
    });

    this.twin = document.createElement('button');
    this.twin.type = 'button';
    this.twin.textContent = options.label;
    this.detailNode = document.createElement('span');
    this.detailNode.id = `sr-detail-${nextId++}`;
    this.twin.addEventListener('click', () => this.activate());
    // :focus-visible is the browser's own "came from the keyboard" test: no ring after a click.
    this.twin.addEventListener('focus', () => this.setLook({ focused: this.twin.matches(':focus-visible') }));
    this.twin.addEventListener('blur', () => this.setLook({ focused: false }));
    this.twin.addEventListener('keydown', (event) => this.onKey(event));
    options.mirror.append(this.twin, this.detailNode);

    this.setDetail(options.detail ?? '');
    this.once(Phaser.GameObjects.Events.DESTROY, () => {
      this.twin.remove();
      this.detailNode.remove();
    });
    scene.add.existing(this);
  }

  setEnabled(enabled: boolean, detail = ''): this {
    this.enabled = enabled;
    this.setDetail(detail);
    return this;
  }

  isEnabled(): boolean {
    return this.enabled;
  }

  /** Runs the handler unless disabled (a disabled twin stays focusable so its reason can be read). */
  activate(): void {
    if (this.enabled) this.options.onActivate();
  }

  private setDetail(detail: string): void {
    this.detail.setText(detail).setVisible(detail !== '');
    this.label.setY(detail ? -11 : 0);
    this.detailNode.textContent = detail;
    this.detailNode.hidden = detail === '';
    if (detail) this.twin.setAttribute('aria-describedby', this.detailNode.id);
    else this.twin.removeAttribute('aria-describedby');
    if (this.enabled) this.twin.removeAttribute('aria-disabled');
    else this.twin.setAttribute('aria-disabled', 'true');
    if (this.bg.input) this.bg.input.cursor = this.enabled ? 'pointer' : 'default';
    this.redraw();
  }

  private setLook(change: { hovered?: boolean; pressed?: boolean; focused?: boolean }): void {
    Object.assign(this, change);
    this.redraw();
  }

  private redraw(): void {
    const live = this.enabled;
    const lit = live && (this.hovered || this.focused);
    this.bg
      .setFillStyle(lit ? COLOURS.panelHover : COLOURS.panel, live ? 1 : 0.45)
      .setStrokeStyle(BUTTON.borderWidth, lit ? COLOURS.borderHover : COLOURS.border, live ? 1 : 0.6);
    this.label.setColor(css(live ? COLOURS.text : COLOURS.textDisabled));
    this.ring.setVisible(this.focused);
    this.setY(this.options.y + (this.pressed && live ? 2 : 0));
  }

  private onKey(event: KeyboardEvent): void {
    const step = ARROWS[event.key];
    const buttons = [...(this.twin.parentElement?.querySelectorAll('button') ?? [])];
    const here = buttons.indexOf(this.twin);
    let target: HTMLButtonElement | undefined;
    if (step !== undefined) target = buttons[(here + step + buttons.length) % buttons.length];
    else if (event.key === 'Home') target = buttons[0];
    else if (event.key === 'End') target = buttons[buttons.length - 1];
    if (!target) return;
    event.preventDefault();
    target.focus();
  }
}
