// What every focusable canvas widget shares: a real DOM twin in #sr-mirror that holds the keyboard focus
// (so Tab, Enter/Space and screen readers work as on any page), a focus ring drawn on the canvas while the
// twin has keyboard focus, and hover/press states for the mouse. Widgets draw themselves in redraw().

import Phaser from 'phaser';
import { BUTTON, COLOURS } from '../layout';
import { requestRender } from './render-on-demand';
import { playSound } from './sound';

export interface ControlState {
  hovered: boolean;
  pressed: boolean;
  focused: boolean;
}

export abstract class Control extends Phaser.GameObjects.Container {
  readonly twin: HTMLElement;
  protected readonly look: ControlState = { hovered: false, pressed: false, focused: false };
  protected readonly ring: Phaser.GameObjects.Rectangle;
  /** The area that takes clicks; widgets may add their own inner hit areas. */
  protected readonly hit: Phaser.GameObjects.Rectangle;

  /**
   * @param x, y  the widget's centre
   * @param twin  its DOM twin, appended to `mirror`; removed when the widget is destroyed
   */
  constructor(scene: Phaser.Scene, x: number, y: number, readonly w: number, h: number, twin: HTMLElement, mirror: HTMLElement, radius: number = BUTTON.radius) {
    super(scene, x, y);
    this.heightNow = h;
    this.twin = twin;
    const pad = 2 * (BUTTON.focusGap + BUTTON.focusWidth / 2);
    this.ring = scene.add
      .rectangle(0, 0, w + pad, h + pad)
      .setStrokeStyle(BUTTON.focusWidth, COLOURS.focus)
      .setRounded(radius + BUTTON.focusGap)
      .setVisible(false);
    // No fill: an invisible fill would still be drawn every frame; the hit area is the rectangle either way.
    this.hit = scene.add.rectangle(0, 0, w, h).setInteractive({ useHandCursor: true });
    this.add([this.ring, this.hit]);
    this.setSize(w, h);

    this.hit.on('pointerover', () => this.setLook({ hovered: true }));
    this.hit.on('pointerout', () => this.setLook({ hovered: false, pressed: false }));
    this.hit.on('pointerdown', () => this.setLook({ pressed: true }));
    this.hit.on('pointerup', (pointer: Phaser.Input.Pointer) => {
      if (!this.look.pressed) return;
      this.setLook({ pressed: false });
      this.twin.focus({ preventScroll: true }); // focus follows the click, without a ring (not :focus-visible)
      this.onClick(pointer);
    });
    // :focus-visible is the browser's own "came from the keyboard" test: no ring after a click.
    twin.addEventListener('focus', () => this.setLook({ focused: twin.matches(':focus-visible') }));
    twin.addEventListener('blur', () => this.setLook({ focused: false }));
    mirror.append(twin);
    this.once(Phaser.GameObjects.Events.DESTROY, () => twin.remove());
    scene.add.existing(this);
  }

  private heightNow: number;

  get h(): number {
    return this.heightNow;
  }

  /** A new height in place, the centre kept: cheaper than a new widget, whose texts would all be drawn again. */
  setHeight(h: number): this {
    if (h === this.heightNow) return this;
    this.heightNow = h;
    const pad = 2 * (BUTTON.focusGap + BUTTON.focusWidth / 2);
    this.ring.setSize(this.w + pad, h + pad);
    this.hit.setSize(this.w, h);
    this.setSize(this.w, h);
    this.resized();
    return this;
  }

  /** After setHeight: widgets resize their own parts. */
  protected resized(): void {}

  /** A click on the canvas, in the widget's own coordinates (relative to its centre). */
  protected abstract onClick(pointer: Phaser.Input.Pointer): void;
  protected abstract redraw(): void;

  /** Set as destruction starts: removing a focused twin fires a blur after the parts are gone. */
  private dead = false;

  override destroy(fromScene?: boolean): void {
    this.dead = true;
    super.destroy(fromScene);
  }

  protected setLook(change: Partial<ControlState>): void {
    if (this.dead || !this.scene) return;
    Object.assign(this.look, change);
    this.ring.setVisible(this.look.focused);
    this.redraw();
    requestRender(); // hover comes from pointer moves, which do not wake the renderer by themselves
  }

  /** Click point relative to the widget's centre, in design pixels. */
  protected local(pointer: Phaser.Input.Pointer): { x: number; y: number } {
    const world = this.scene.cameras.main.getWorldPoint(pointer.x, pointer.y);
    const m = this.getWorldTransformMatrix();
    return { x: world.x - m.tx, y: world.y - m.ty };
  }

  protected click(): void {
    playSound('click');
  }
}
