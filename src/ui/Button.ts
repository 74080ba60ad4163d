// A button drawn on the canvas, with a real <button> twin in #sr-mirror (see control.ts). Arrow keys move
// between the buttons of the same mirror group. A disabled button stays focusable so its reason, shown as
// its detail line, can be read.

import Phaser from 'phaser';
import { BUTTON, COLOURS, TEXT } from '../layout';
import { Control } from './control';
import { fitLine } from './fit-text';
import { recolour } from './recolour';

export type ButtonVariant = 'menu' | 'primary' | 'row';

export interface ButtonOptions {
  /** Centre of the button. */
  x: number;
  y: number;
  label: string;
  /** A second, smaller line: e.g. why the button is unavailable. Read out as its description. */
  detail?: string;
  enabled?: boolean;
  width?: number;
  height?: number;
  /** menu: centred, large; primary: filled with the accent; row: left-aligned with a key badge. */
  variant?: ButtonVariant;
  /** A keyboard shortcut shown as a badge (the scene handles the key itself). */
  keyHint?: string;
  /** Smaller type and padding, for buttons side by side. */
  compact?: boolean;
  /** The accessible name, when the canvas label is a short form of it. */
  name?: string;
  onActivate: () => void;
  /** Called instead when the disabled button is chosen: e.g. to say in full why it is unavailable. */
  onBlocked?: () => void;
  /** Where the DOM twin goes: a group from mirrorGroup(), so arrow keys stay inside it. */
  mirror: HTMLElement;
}

let nextId = 0;
/** The smallest type a button's label or detail line shrinks to before it is cut with an ellipsis. */
const MIN_PX = 15;
/** Room between the label and the key badge. */
const BADGE_GAP = 8;
const px = (text: Phaser.GameObjects.Text): number => parseInt(String(text.style.fontSize), 10);
const inkH = (text: Phaser.GameObjects.Text): number => text.height - (text.padding.top ?? 0) - (text.padding.bottom ?? 0);
const ARROWS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

export class Button extends Control {
  declare readonly twin: HTMLButtonElement;
  private readonly bg: Phaser.GameObjects.Rectangle;
  private readonly label: Phaser.GameObjects.Text;
  // The detail line and key badge are made on first use: most buttons have neither, and every Text costs a
  // canvas, a font measurement and a texture upload.
  private detail: Phaser.GameObjects.Text | null = null;
  private badge: Phaser.GameObjects.Text | null = null;
  private readonly detailNode: HTMLSpanElement;
  private readonly variant: ButtonVariant;
  /** The label's and detail's type sizes before fitting, and their full texts (the twin always has them whole). */
  private readonly labelPx: number;
  private detailPx = 0;
  private labelText: string;
  private detailText = '';
  /** What the last layout fitted, so an unchanged button is not measured again. */
  private laidOut = '';
  private enabled: boolean;
  private marked = false;

  constructor(scene: Phaser.Scene, private readonly options: ButtonOptions) {
    const width = options.width ?? BUTTON.width;
    const height = options.height ?? BUTTON.height;
    const twin = document.createElement('button');
    twin.type = 'button';
    super(scene, options.x, options.y, width, height, twin, options.mirror, options.variant === 'row' ? 8 : BUTTON.radius);
    this.variant = options.variant ?? 'menu';
    this.enabled = options.enabled ?? true;
    const row = this.variant === 'row';

    this.bg = scene.add.rectangle(0, 0, width, height, COLOURS.panel).setRounded(row ? 8 : BUTTON.radius);
    const base = row ? TEXT.action : this.variant === 'primary' ? { ...TEXT.button, fontSize: TEXT.action.fontSize } : TEXT.button;
    const labelStyle = options.compact ? { ...base, fontSize: TEXT.label.fontSize } : base;
    const left = -width / 2 + (options.compact ? 10 : 16);
    this.label = scene.add.text(row ? left : 0, 0, options.label, labelStyle).setOrigin(row ? 0 : 0.5, 0.5);
    this.labelPx = px(this.label);
    this.labelText = options.label;
    this.addAt([this.bg, this.label], 1);
    this.setKeyHint(options.keyHint ?? '');

    twin.textContent = options.name ?? options.label;
    this.detailNode = document.createElement('span');
    this.detailNode.id = `sr-detail-${nextId++}`;
    twin.after(this.detailNode);
    twin.addEventListener('click', () => this.activate());
    twin.addEventListener('keydown', (event) => this.onKey(event));
    this.once(Phaser.GameObjects.Events.DESTROY, () => this.detailNode.remove());
    this.setDetail(options.detail ?? '');
  }

  setEnabled(enabled: boolean, detail = ''): this {
    this.enabled = enabled;
    this.setDetail(detail);
    return this;
  }

  isEnabled(): boolean {
    return this.enabled;
  }

  setLabel(label: string, name = label): this {
    this.labelText = label;
    this.twin.textContent = name;
    this.layout();
    return this;
  }

  /** The shortcut badge ("E", "Esc"), also given to assistive technology. */
  setKeyHint(key: string): this {
    if (key && !this.badge) {
      this.badge = this.scene.add.text(this.w / 2 - (this.options.compact ? 8 : 14), 0, key, TEXT.key).setOrigin(1, 0.5);
      this.add(this.badge);
      this.redraw();
    } else this.badge?.setText(key);
    this.layout();
    if (key) this.twin.setAttribute('aria-keyshortcuts', key === 'Esc' ? 'Escape' : key);
    else this.twin.removeAttribute('aria-keyshortcuts');
    return this;
  }

  /** Marks a row as done (a queued move): a tick and a raised look, not colour alone. */
  setMarked(marked: boolean): this {
    this.marked = marked;
    this.redraw();
    return this;
  }

  /** Runs the handler, or `onBlocked` when disabled. */
  activate(): void {
    if (!this.enabled) {
      this.options.onBlocked?.();
      return;
    }
    this.click();
    this.options.onActivate();
  }

  protected onClick(): void {
    this.activate();
  }

  private setDetail(detail: string): void {
    const row = this.variant === 'row';
    if (detail && !this.detail) {
      const style = { ...TEXT.buttonDetail, fontSize: TEXT.small.fontSize };
      this.detail = this.scene.add.text(row ? this.label.x : 0, 0, detail, style).setOrigin(row ? 0 : 0.5, 0.5);
      this.detailPx = px(this.detail);
      this.add(this.detail);
    }
    this.detailText = detail;
    this.detail?.setVisible(detail !== '');
    this.layout();
    this.detailNode.textContent = detail;
    this.detailNode.hidden = detail === '';
    if (detail) this.twin.setAttribute('aria-describedby', this.detailNode.id);
    else this.twin.removeAttribute('aria-describedby');
    if (this.enabled) this.twin.removeAttribute('aria-disabled');
    else this.twin.setAttribute('aria-disabled', 'true');
    if (this.hit.input) this.hit.input.cursor = this.enabled ? 'pointer' : 'default';
    this.redraw();
  }

  protected override resized(): void {
    this.bg.setSize(this.w, this.h);
    this.laidOut = ''; // the height changed: fit the label and detail again
    this.layout();
  }

  /**
   * Fits the label, badge and detail line together: the label keeps clear of the badge, the two lines stack
   * inside the button's height; each shrinks to MIN_PX and is then cut with an ellipsis (the twin reads it whole).
   */
  private layout(): void {
    if (!this.label || this.labelText === undefined) return; // called by setKeyHint in the constructor, before the text is set
    const key = `${this.labelText}|${this.detailText}|${this.badge?.text ?? ''}`;
    if (key === this.laidOut) return;
    this.laidOut = key;
    const row = this.variant === 'row';
    const pad = this.options.compact ? 10 : 16;
    const badge = this.badge?.text ? this.badge : null;
    // The badge's left edge: the label must end before it (a centred label on both sides of the centre).
    const badgeLeft = badge ? badge.x - (badge.width - (badge.padding.left ?? 0)) : this.w / 2 - pad;
    const right = badge ? badgeLeft - BADGE_GAP : this.w / 2 - pad;
    const width = row ? right - this.label.x : 2 * Math.min(right, this.w / 2 - pad);
    this.label.setFontSize(this.labelPx).setText(this.labelText);
    const detail = this.detailText && this.detail ? this.detail : null;
    if (detail) detail.setFontSize(this.detailPx).setText(this.detailText);
    // Two lines: shrink the larger until both fit the height.
    const room = this.h - 4;
    while (detail && inkH(this.label) + inkH(detail) > room) {
      const target = px(this.label) > px(detail) && px(this.label) > MIN_PX ? this.label : detail;
      if (px(target) <= MIN_PX) break;
      target.setFontSize(px(target) - 1);
    }
    fitLine(this.label, width, MIN_PX);
    if (detail) fitLine(detail, row ? width : this.w - 2 * pad, MIN_PX);
    if (!detail) {
      this.label.setY(0);
      return;
    }
    const total = inkH(this.label) + inkH(detail);
    this.label.setY(-total / 2 + inkH(this.label) / 2);
    detail.setY(total / 2 - inkH(detail) / 2);
  }

  protected redraw(): void {
    if (!this.bg) return; // called by the base before the parts exist
    const live = this.enabled;
    const lit = live && (this.look.hovered || this.look.focused);
    const primary = this.variant === 'primary' && live;
    const fill = primary ? (lit ? 0xf2b632 : COLOURS.accent) : this.marked ? COLOURS.panelRaised : lit ? COLOURS.panelHover : COLOURS.panel;
    const border = primary ? COLOURS.accent : this.marked ? COLOURS.good : lit ? COLOURS.borderHover : COLOURS.border;
    this.bg.setFillStyle(fill, live ? 1 : 0.45).setStrokeStyle(BUTTON.borderWidth, border, live ? 1 : 0.5);
    recolour(this.label, primary ? COLOURS.background : live ? COLOURS.text : COLOURS.textDisabled);
    if (this.detail) recolour(this.detail, primary ? COLOURS.background : COLOURS.textMuted);
    if (this.badge) recolour(this.badge, primary ? COLOURS.background : live ? COLOURS.textMuted : COLOURS.textDisabled);
    this.setY(this.options.y + (this.look.pressed && live ? 2 : 0));
  }

  private onKey(event: KeyboardEvent): void {
    const step = ARROWS[event.key];
    const buttons = [...(this.twin.parentElement?.querySelectorAll(':scope > button') ?? [])] as HTMLButtonElement[];
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
